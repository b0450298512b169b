package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.journal.JournalKind;
import org.jalons.journal.JournalRow;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.jalons.ui.kit.DateFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typo in visit notes corrected without losing history: the counsellor corrects the interview in the journal of
 * her phone; once synced through the real server, the person's own phone shows the corrected words once, with
 * "modifié le … par Camille Martin", and the history holds both versions, the original last.
 */
class CorrectionEndToEndAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final String TYPO = "Entretien au bureua, Inès cherche un stage";
    static final String FIXED = "Entretien au bureau, Inès cherche un stage en cuisine";

    @TempDir
    Path dir;

    RealServer server;
    Path counsellorPhone;
    Path personPhone;
    UUID ines;
    UUID interview;

    @BeforeEach
    void camilleMetInes() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        counsellorPhone = dir.resolve("counsellor");
        personPhone = dir.resolve("person");
        ines = JalonsRecord.newId();
        interview = JalonsRecord.newId();
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(store, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            store.beneficiaries()
                    .save(new Beneficiary(
                            ines, "Inès Moreau", null, LocalDate.now(CLOCK), null, null, List.of(), null, null));
            store.interviews()
                    .save(new Interview(
                            interview,
                            ines,
                            LocalDate.now(CLOCK).minusDays(2),
                            InterviewPlace.STRUCTURE,
                            "Inès",
                            TYPO,
                            "Appeler le restaurant",
                            null));
            sync.syncOnce();
        }
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anInterviewCorrectedOnTheCounsellorsPhoneReachesThePersonsPhoneWithWhoChangedItAndItsHistory()
            throws Exception {
        startApp(counsellorPhone);
        unlock("#caseload");
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Inès Moreau"))
                .findFirst()
                .orElseThrow());
        revealAndTap("#tab-journal");
        revealAndTap("#open-journal");
        waitFor("#journal-list");
        waitUntil(() -> !list().getItems().isEmpty());
        tapFirstInterview();
        waitFor("#journal-entry");
        assertThat(textOf("#journal-entry-notes")).isEqualTo(TYPO);
        assertThat(lookup("#journal-entry-history").tryQuery())
                .as("nothing corrected yet")
                .isEmpty();
        revealAndTap("#journal-correct-entry");
        waitFor("#journal-correct");
        assertThat(title()).isEqualTo("Corriger");
        TextArea words = lookup("#correct-text").queryAs(TextArea.class);
        assertThat(words.getText()).as("prefilled with the current words").isEqualTo(TYPO);
        interact(() -> words.setText(FIXED));
        revealAndTap("#save-correction");
        // back to the journal, read again: one interview, with its corrected words
        waitFor("#journal-list");
        waitUntil(() -> list().getItems().stream()
                .anyMatch(r -> r instanceof JournalRow.Entry e
                        && e.entry().kind() == JournalKind.INTERVIEW
                        && FIXED.equals(e.entry().text())));
        assertThat(list().getItems().stream()
                        .filter(r ->
                                r instanceof JournalRow.Entry e && e.entry().kind() == JournalKind.INTERVIEW))
                .hasSize(1);
        stopApp();
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            new SyncEngine(store, HTTP, CLOCK).syncOnce();
            assertThat(store.outbox().pendingCount())
                    .as("the correction was sent")
                    .isZero();
        }

        // The person's own phone, paired as Inès, pulls the original and its correction.
        RealServer.User account = server.createUser("Inès Moreau", "BENEFICIARY", ines);
        try (LocalStore store =
                new Profiles(personPhone, CLOCK, 1000).create("Inès", Role.BENEFICIARY, PIN.toCharArray())) {
            new SyncEngine(store, HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), server.pairingCode(account), "Téléphone d’Inès");
        }
        waitUntil(() -> {
            try (LocalStore store = new Profiles(personPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
                new SyncEngine(store, HTTP, CLOCK).syncOnce();
                List<Interview> pulled = store.interviews().forBeneficiary(ines);
                return pulled.size() == 2
                        && pulled.stream()
                                .anyMatch(i -> interview.equals(i.amends())
                                        && FIXED.equals(i.notes())
                                        && "Camille Martin".equals(i.amendedBy()));
            }
        });

        startApp(personPhone);
        unlock("#goal-cards");
        revealAndTap("#my-journal");
        waitFor("#journal-list");
        waitUntil(() -> !list().getItems().isEmpty());
        String today =
                DateFormats.mediumDate(LocalDate.now(ZoneId.systemDefault()), new Messages(Language.FRENCH).locale());
        String changed = "modifié le " + today + " par Camille Martin";
        assertThat(list().getItems().stream()
                        .filter(r ->
                                r instanceof JournalRow.Entry e && e.entry().kind() == JournalKind.INTERVIEW))
                .as("an amended interview is one interview")
                .hasSize(1);
        waitUntil(() -> lookup(".journal-who").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains(changed)));
        tapFirstInterview();
        waitFor("#journal-entry");
        assertThat(textOf("#journal-entry-notes")).isEqualTo(FIXED);
        assertThat(textOf("#journal-entry-amended")).isEqualTo(changed);
        assertThat(lookup("#journal-correct-entry").tryQuery())
                .as("the person never corrects the counsellor's interview")
                .isEmpty();
        revealAndTap("#journal-entry-history");
        waitFor("#journal-version-1");
        assertThat(title()).isEqualTo("Historique");
        assertThat(labels("#journal-version-0")).contains(FIXED).anyMatch(t -> t.contains("par Camille Martin"));
        assertThat(labels("#journal-version-1")).contains(TYPO);
        assertThat(lookup("#journal-version-2").tryQuery()).isEmpty();
    }

    private void unlock(String home) {
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor(home);
    }

    @SuppressWarnings("unchecked")
    private ListView<JournalRow> list() {
        return lookup("#journal-list").queryAs(ListView.class);
    }

    /** Taps the line of the first interview the list shows. */
    private void tapFirstInterview() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        int index = 0;
        while (!(list().getItems().get(index) instanceof JournalRow.Entry e
                && e.entry().kind() == JournalKind.INTERVIEW)) {
            index++;
        }
        int at = index;
        JournalRow row = list().getItems().get(at);
        ListCell<?> cell = lookup(".journal-row-entry").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == at && c.getItem() == row && c.isVisible())
                .findFirst()
                .orElseThrow();
        clickOn(cell.lookup(".journal-headline"));
    }

    private List<String> labels(String box) {
        return lookup(box).queryAll().stream()
                .findFirst()
                .map(n -> ((javafx.scene.Parent) n)
                        .lookupAll(".label").stream()
                                .filter(Node::isVisible)
                                .map(l -> ((Label) l).getText())
                                .toList())
                .orElse(List.of());
    }
}
