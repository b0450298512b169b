package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.platform.FakeShareService;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.supervisor.SummaryJsonSamples;
import org.jalons.sync.TestPairing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor dashboard and the person's own export in the real app, headless, with files to a fake share. */
class DashboardAndExportAppTest extends RealAppTest {
    static final String PIN = "123456";

    @TempDir
    Path home;

    FakeShareService share = new FakeShareService();

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    Profiles profiles() {
        return new Profiles(home, Clock.systemUTC(), 1000);
    }

    @Test
    void aSupervisorSeesHiddenCellsAsLessThanKAndSavesTheReport() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String path = request.getPath() == null ? "" : request.getPath();
                    if (path.startsWith("/api/v1/summary/report.pdf")) {
                        return new MockResponse().setBody("%PDF-1.7 rapport");
                    }
                    if (path.startsWith("/api/v1/summary")) {
                        return new MockResponse().setBody(SummaryJsonSamples.quarter());
                    }
                    if (path.startsWith("/api/v1/sync/pull")) {
                        return new MockResponse()
                                .setBody("{\"records\":[],\"cursor\":0,\"hasMore\":false,\"scope\":[]}");
                    }
                    return new MockResponse().setBody("{\"results\":[]}");
                }
            });
            server.start();
            try (LocalStore store = profiles().create("Direction", Role.SUPERVISOR, PIN.toCharArray())) {
                TestPairing.pair(store, server.url("/").toString(), "SUPERVISOR");
            }
            startApp(home, c -> c.withShare(share));
            tap("#unlock-pin").write(PIN);
            tap("#unlock");
            tap("#open-dashboard");
            waitFor("#card-goals");
            assertThat(title()).isEqualTo("Chiffres de la structure");
            assertThat(textOf("#cell-goals-MOBILITE-opened")).isEqualTo("< 5");
            assertThat(textOf("#cell-goals-FRANCAIS-opened")).isEqualTo("9");
            assertThat(textOf("#dashboard-date")).startsWith("Chiffres reçus le");
            assertThat(lookup("#chart-goals").tryQuery()).isPresent();

            // the line saying up to which change the figures count pushes the cards down a phone's screen
            assertThat(textOf("#dashboard-counted-up-to")).endsWith("(changement n° 12345)");
            revealAndTap("#drill-goals-MOBILITE");
            waitUntil(() -> !textOf("#k-explanation").isEmpty());
            assertThat(textOf("#k-explanation")).contains("moins de 5 personnes");

            revealAndTap("#export-pdf");
            waitUntil(() -> !share.shared.isEmpty());
            assertThat(share.shared.get(0).fileName()).endsWith(".pdf");
            assertThat(new String(share.shared.get(0).content())).isEqualTo("%PDF-1.7 rapport");
        }
    }

    @Test
    void aPersonTakesTheirParcoursAwayAsPdfAndAsTheCompleteFile() throws Exception {
        try (LocalStore store = profiles().create("Samia", Role.BENEFICIARY, PIN.toCharArray())) {
            UUID me = store.profile().beneficiaryId();
            store.goals()
                    .save(new Goal(
                            UUID.randomUUID(),
                            me,
                            Term.of(GoalTheme.MOBILITE),
                            "Je me sens capable de passer le permis B",
                            ProposedBy.JOINT,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.of(2026, 4, 1),
                            null));
        }
        startApp(home, c -> c.withShare(share));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        tap("#open-export");
        tap("#export-pdf");
        waitUntil(() -> share.shared.size() == 1);
        // The confirmation is a snackbar at the bottom of the window, not a line under the buttons.
        waitFor("#snackbar");
        assertThat(textOf("#snackbar-text"))
                .isEqualTo("Fichier " + share.shared.get(0).fileName() + " prêt.");
        assertThat(lookup(".message-info").tryQuery()).isEmpty();
        tap("#export-json");
        waitUntil(() -> share.shared.size() == 2);

        try (PDDocument pdf = Loader.loadPDF(share.shared.get(0).content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Je me sens capable de passer le permis B");
        }
        assertThat(share.shared.get(1).mimeType()).isEqualTo("application/json");
        assertThat(new String(share.shared.get(1).content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"format\" : \"jalons-parcours\"")
                .contains("permis B");
    }
}
