package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.storage.CaseloadRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless (Monocle) on an empty private folder and walks through it like a person. */
class AppFlowTest extends RealAppTest {
    @TempDir
    Path home;

    @BeforeEach
    void start() throws TimeoutException {
        startApp(home);
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    @Test
    void newCounsellorCreatesProfileLocksAndUnlocksWithPin() {
        assertThat(title()).isEqualTo("Jalons");
        tap("#create-profile");
        assertThat(title()).isEqualTo("Créer mon profil");
        tap("#display-name").write("Alex");
        revealAndTap("#role-counsellor");
        revealAndTap("#pin");
        write("123456");
        revealAndTap("#pin-confirmation");
        write("123456");
        revealAndTap("#create");
        waitFor("#caseload");
        assertThat(title()).isEqualTo("Mes accompagnements");
        assertThat(textOf(".empty-text")).isEqualTo("Personne n’est encore dans votre suivi.");

        tap("#lock");
        waitFor("#unlock-pin");
        assertThat(title()).isEqualTo("Déverrouiller");
        tap("#unlock-pin").write("999999");
        tap("#unlock");
        waitUntil(() -> textOf(".field-error").startsWith("Ce code n’est pas le bon."));
        assertThat(textOf(".field-error"))
                .isEqualTo("Ce code n’est pas le bon. Il vous reste 2 essais avant de devoir patienter.");

        tap("#unlock-pin").write("123456");
        tap("#unlock");
        waitFor("#caseload");
        assertThat(title()).isEqualTo("Mes accompagnements");
    }

    @Test
    void demoCounsellorSeesSamiaInTheCaseloadAndCanSearch() {
        tap("#discover-demo");
        assertThat(title()).isEqualTo("Démonstration");
        tap("#back");
        assertThat(title()).isEqualTo("Jalons");
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        ListView<CaseloadRow> list = lookup("#caseload").queryListView();
        waitUntil(() -> list.getItems().size() == 3);
        assertThat(lookup(".person-name").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("Samia B.");

        tap("#caseload-search").write("sam");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).extracting(CaseloadRow::displayName).containsExactly("Samia B.");
    }

    @Test
    void theLanguageSwitchRedrawsTheScreenAndIsRememberedOnThisDevice() throws Exception {
        tap("#language-en");
        waitUntil(() -> textOf(".screen-heading").equals("Welcome to Jalons"));
        assertThat(new LanguageSetting(home).load()).isEqualTo(Language.ENGLISH);
        tap("#create-profile");
        assertThat(title()).isEqualTo("Create my profile");
    }

    @Test
    void anErrorNobodyCaughtIsShownInPlainWordsInsteadOfCrashing() {
        Platform.runLater(() -> {
            throw new IllegalStateException("a bug in a screen (expected by this test)");
        });
        // An in-app dialog over the screen, in the same window; its only answer closes it.
        waitFor("#error-dialog");
        assertThat(lookup("#error-dialog").query().getScene().getWindow())
                .isSameAs(lookup("#screen-title").query().getScene().getWindow());
        assertThat(textOf("#error-dialog-title")).isEqualTo("Jalons a rencontré un problème inattendu.");
        assertThat(textOf("#error-dialog-body")).contains("est conservé");
        assertThat(lookup("#confirm-no").queryButton().getText()).isEqualTo("J’ai compris");
        tap("#confirm-no");
        waitUntil(() -> lookup("#error-dialog").tryQuery().isEmpty());
        tap("#discover-demo");
        assertThat(title()).isEqualTo("Démonstration");
    }
}
