package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.journal.JournalKind;
import org.jalons.journal.JournalRow;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typo in the words the person said with her rating, corrected on her own phone: once synced through the real
 * server, the counsellor's phone reads one rating of that goal, the person's 8 of the visit's moment, with the
 * corrected words and "Inès Moreau" as who corrected them; the original words stay in its history.
 */
class CheckInCorrectionEndToEndAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final String TYPO = "Je prend le bus toute seul";
    static final String FIXED = "Je prends le bus toute seule";

    @TempDir
    Path dir;

    RealServer server;
    Path counsellorPhone;
    Path personPhone;
    UUID ines;
    UUID goal;
    UUID rating;
    Instant ratedAt;

    @BeforeEach
    void aVisitWhereInesRatedHerGoal() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        counsellorPhone = dir.resolve("counsellor");
        personPhone = dir.resolve("person");
        ines = JalonsRecord.newId();
        goal = JalonsRecord.newId();
        rating = JalonsRecord.newId();
        ratedAt = CLOCK.instant().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(store, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            store.beneficiaries()
                    .save(new Beneficiary(
                            ines, "Inès Moreau", null, LocalDate.now(CLOCK), null, null, List.of(), null, null));
            store.goals()
                    .save(new Goal(
                            goal,
                            ines,
                            Term.of(GoalTheme.MOBILITE),
                            "Je me sens capable de prendre le bus",
                            ProposedBy.JOINT,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.now(CLOCK).minusDays(10),
                            null));
            // in the visit, on the counsellor's phone, each voice rated the goal with its own words
            store.interviews()
                    .save(new Interview(
                            JalonsRecord.newId(),
                            ines,
                            LocalDate.now(CLOCK).minusDays(2),
                            InterviewPlace.DOMICILE,
                            "Inès",
                            "Point sur le bus",
                            null,
                            null));
            store.checkIns().save(new CheckIn(rating, ines, goal, Rater.BENEFICIARY, 8, TYPO, ratedAt));
            store.checkIns()
                    .save(new CheckIn(JalonsRecord.newId(), ines, goal, Rater.COUNSELLOR, 6, "Bientôt seule", ratedAt));
            sync.syncOnce();
            assertThat(store.outbox().pendingCount()).isZero();
            assertThat(store.outbox().rejected()).isEmpty();
        }
        RealServer.User account = server.createUser("Inès Moreau", "BENEFICIARY", ines);
        try (LocalStore store =
                new Profiles(personPhone, CLOCK, 1000).create("Inès", Role.BENEFICIARY, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(store, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(account), "Téléphone d’Inès");
            sync.syncOnce();
            assertThat(store.checkIns().forGoal(goal)).hasSize(2);
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
    void thePersonCorrectsHerOwnWordsAndTheCounsellorReadsThemWithHerRatingUnchanged() throws Exception {
        startApp(personPhone);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#goal-cards");
        revealAndTap("#my-journal");
        waitFor("#journal-list");
        waitUntil(() -> !list().getItems().isEmpty());
        tapCheckIn(TYPO);
        waitFor("#journal-entry");
        assertThat(textOf("#journal-entry-comment")).isEqualTo(TYPO);
        revealAndTap("#journal-correct-entry");
        waitFor("#journal-correct");
        TextArea words = lookup("#correct-text").queryAs(TextArea.class);
        assertThat(words.getText()).as("prefilled with her words").isEqualTo(TYPO);
        interact(() -> words.setText(FIXED));
        revealAndTap("#save-correction");
        waitFor("#journal-list");
        waitUntil(() -> checkIns().stream().anyMatch(t -> t.equals(FIXED)));
        assertThat(checkIns()).as("still one rating each voice").hasSize(2).doesNotContain(TYPO);
        stopApp();

        try (LocalStore store = new Profiles(personPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            new SyncEngine(store, HTTP, CLOCK).syncOnce();
            assertThat(store.outbox().pendingCount())
                    .as("the correction was accepted")
                    .isZero();
            assertThat(store.outbox().rejected()).isEmpty();
        }
        waitUntil(() -> {
            try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
                new SyncEngine(store, HTTP, CLOCK).syncOnce();
                return store.checkIns().forBeneficiary(ines).size() == 3;
            }
        });
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            List<CheckIn> chart = store.checkIns().forGoal(goal);
            assertThat(chart).as("the chart reads each rating once").hasSize(2);
            CheckIn hers = chart.stream()
                    .filter(c -> c.rater() == Rater.BENEFICIARY)
                    .findFirst()
                    .orElseThrow();
            assertThat(hers.id()).isEqualTo(rating);
            assertThat(hers.rating()).isEqualTo(8);
            assertThat(hers.ratedAt()).isEqualTo(ratedAt);
            assertThat(hers.comment()).isEqualTo(FIXED);
            CheckIn correction = store.checkIns().forBeneficiary(ines).stream()
                    .filter(c -> rating.equals(c.amends()))
                    .findFirst()
                    .orElseThrow();
            assertThat(correction.amendedBy()).as("written by the server").isEqualTo("Inès Moreau");
            assertThat(correction.comment()).isEqualTo(FIXED);
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<JournalRow> list() {
        return lookup("#journal-list").queryAs(ListView.class);
    }

    private List<String> checkIns() {
        return list().getItems().stream()
                .filter(r -> r instanceof JournalRow.Entry e && e.entry().kind() == JournalKind.CHECK_IN)
                .map(r -> ((JournalRow.Entry) r).entry().text())
                .toList();
    }

    /** Taps the journal line of the check-in with these words. */
    private void tapCheckIn(String words) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        List<JournalRow> rows = list().getItems();
        int at = 0;
        while (!(rows.get(at) instanceof JournalRow.Entry e
                && e.entry().kind() == JournalKind.CHECK_IN
                && words.equals(e.entry().text()))) {
            at++;
        }
        int index = at;
        interact(() -> list().scrollTo(index));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(5);
        JournalRow row = rows.get(index);
        ListCell<?> cell = lookup(".journal-row-entry").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == index && c.getItem() == row && c.isVisible())
                .findFirst()
                .orElseThrow();
        clickOn(cell.lookup(".journal-headline"));
    }
}
