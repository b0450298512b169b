package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jalons.platform.FakeShareService;
import org.jalons.session.AppServices;
import org.jalons.ui.kit.Switch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A counsellor makes a person's «récit de parcours» from their file, in the real app, headless: only with the
 * person's consent, and pseudonymised on request.
 */
class MonographAppTest extends RealAppTest {
    @TempDir
    Path home;

    final FakeShareService share = new FakeShareService();

    AppServices context;

    @BeforeEach
    void start() throws TimeoutException {
        startApp(home, c -> {
            context = c.withShare(share);
            return context;
        });
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    private void openExportOf(String name) {
        waitUntil(() -> lookup(".person-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(name)));
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(name))
                .findFirst()
                .orElseThrow());
        revealAndTap("#tab-journal");
        revealAndTap("#open-person-export");
        waitFor("#monograph-card");
    }

    @Test
    void withoutThePersonsConsentTheRecitIsNotOfferedAndTheCounsellorIsToldWhy() {
        openExportOf("Samia B.");
        assertThat(textOf("#monograph-no-consent")).startsWith("La personne n’a pas donné son accord");
        assertThat(lookup("#monograph-pdf").tryQuery()).isEmpty();
    }

    @Test
    void withItTheRecitIsMadeAndPseudonymisedOnRequest() throws Exception {
        openExportOf("Aminata D.");
        assertThat(lookup("#monograph-no-consent").tryQuery()).isEmpty();
        revealAndTap("#monograph-pdf");
        waitUntil(() -> share.shared.size() == 1);
        assertThat(share.shared.get(0).fileName())
                .startsWith("recit-de-parcours-")
                .endsWith(".pdf");
        String named = text(share.shared.get(0).content());
        assertThat(named).contains("Récit de parcours – Aminata D.").contains("Fait avec l’accord de la personne");

        Switch pseudonymise = lookup("#monograph-pseudonymise").queryAs(Switch.class);
        revealAndTap("#monograph-pseudonymise");
        waitUntil(pseudonymise::isSelected);
        revealAndTap("#monograph-pdf");
        waitUntil(() -> share.shared.size() == 2);
        assertThat(share.shared.get(1).fileName()).startsWith("recit-de-parcours-pseudonymise-");
        String pseudonymised = text(share.shared.get(1).content());
        assertThat(pseudonymised).doesNotContainIgnoringCase("aminata").contains("Version pseudonymisée");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
