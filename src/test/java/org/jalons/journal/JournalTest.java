package org.jalons.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.RecordTable;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId ZONE = ZoneOffset.UTC;

    @TempDir
    Path dir;

    LocalStore store;
    UUID lea;

    @BeforeEach
    void open() {
        store = new Profiles(dir, CLOCK, 1000).openDemo(org.jalons.protocol.Vocabulary.Role.COUNSELLOR);
        lea = JournalHistory.person(store, "Léa P.", TODAY.minusYears(3));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Goal goal(String phrasing, GoalStatus status, LocalDate opened, LocalDate closed) {
        return store.goals()
                .save(new Goal(
                        JalonsRecord.newId(),
                        lea,
                        Term.of(GoalTheme.MOBILITE),
                        phrasing,
                        ProposedBy.BENEFICIARY,
                        status,
                        null,
                        opened,
                        closed));
    }

    private CheckIn checkIn(Goal g, Rater rater, int rating, String comment, String at) {
        return store.checkIns()
                .save(new CheckIn(JalonsRecord.newId(), lea, g.id(), rater, rating, comment, Instant.parse(at)));
    }

    @Test
    void theJournalIsNewestFirstGroupedByMonthWithEveryEntryUnderItsMonth() {
        JournalHistory.fill(store, lea, TODAY, 2, 150);
        Journal journal = Journal.read(store, lea, ZONE);
        assertThat(journal.entries()).hasSize(150);
        for (int i = 1; i < journal.entries().size(); i++) {
            assertThat(journal.entries().get(i).date())
                    .isBeforeOrEqualTo(journal.entries().get(i - 1).date());
        }
        List<JournalRow> rows = journal.rows(JournalFilter.ALL);
        YearMonth current = null;
        int inMonth = 0;
        int headings = 0;
        for (JournalRow row : rows) {
            if (row instanceof JournalRow.Month m) {
                if (current != null) {
                    assertThat(m.month()).isBefore(current);
                }
                current = m.month();
                inMonth = 0;
                headings++;
                long said = rows.stream()
                        .filter(r -> r instanceof JournalRow.Entry e
                                && YearMonth.from(e.entry().date()).equals(m.month()))
                        .count();
                assertThat(m.entries()).isEqualTo((int) said);
            } else {
                assertThat(current)
                        .isEqualTo(
                                YearMonth.from(((JournalRow.Entry) row).entry().date()));
                inMonth++;
            }
        }
        assertThat(rows).hasSize(150 + headings);
        assertThat(rows.get(0)).isInstanceOf(JournalRow.Month.class);
    }

    @Test
    void everyKindOfRecordGivesItsEntriesAndADayIsOrderedByTheHour() {
        Goal permis = goal(
                "Je me sens capable de passer le permis B",
                GoalStatus.ATTEINT,
                TODAY.minusMonths(6),
                TODAY.minusDays(3));
        store.goalSteps()
                .save(new GoalStep(
                        JalonsRecord.newId(),
                        lea,
                        permis.id(),
                        "Code",
                        StepStatus.REALISEE,
                        null,
                        TODAY.minusMonths(2)));
        store.goalSteps()
                .save(new GoalStep(
                        JalonsRecord.newId(), lea, permis.id(), "Conduite", StepStatus.EN_COURS, TODAY, null));
        store.trainings()
                .save(new Training(
                        JalonsRecord.newId(),
                        lea,
                        permis.id(),
                        "Auto-école sociale",
                        "Garage solidaire",
                        TrainingKind.CERTIFYING,
                        Term.of(Certification.PERMIS_B),
                        null,
                        20.0,
                        20.0,
                        TODAY.minusMonths(4),
                        TODAY.minusMonths(1),
                        TrainingStatus.CERTIFIEE));
        checkIn(permis, Rater.BENEFICIARY, 6, "Le matin ça va", "2026-11-20T09:00:00Z");
        checkIn(permis, Rater.COUNSELLOR, 8, "Elle progresse", "2026-11-20T09:05:00Z");

        Journal journal = Journal.read(store, lea, ZONE);
        Map<JournalEvent, Long> events =
                journal.entries().stream().collect(Collectors.groupingBy(JournalEntry::event, Collectors.counting()));
        assertThat(events)
                .containsEntry(JournalEvent.GOAL_OPENED, 1L)
                .containsEntry(JournalEvent.GOAL_CLOSED, 1L)
                .containsEntry(JournalEvent.STEP_DONE, 1L) // the step not done yet has no day in the journal
                .containsEntry(JournalEvent.TRAINING_STARTED, 1L)
                .containsEntry(JournalEvent.TRAINING_ENDED, 1L)
                .containsEntry(JournalEvent.CHECK_IN, 2L);
        assertThat(journal.entries().get(0).event()).isEqualTo(JournalEvent.GOAL_CLOSED);
        assertThat(journal.entries().get(0).code()).isEqualTo(GoalStatus.ATTEINT);
        // The same day: the later rating first.
        List<JournalEntry> ratings = journal.filtered(new JournalFilter(null, JournalKind.CHECK_IN));
        assertThat(ratings).extracting(JournalEntry::voice).containsExactly(Rater.COUNSELLOR, Rater.BENEFICIARY);
        assertThat(journal.entries()).allMatch(e -> e.beneficiaryId().equals(lea));
    }

    @Test
    void bothVoicesStayTwoEntriesEachWithItsOwnRatingAndComment() {
        Goal g = goal("Je me sens capable de parler en réunion", GoalStatus.EN_COURS, TODAY.minusMonths(1), null);
        checkIn(g, Rater.BENEFICIARY, 4, "J’ai encore peur", "2026-11-25T10:00:00Z");
        checkIn(g, Rater.COUNSELLOR, 7, "Elle a pris la parole deux fois", "2026-11-25T10:00:00Z");

        List<JournalEntry> ratings =
                Journal.read(store, lea, ZONE).filtered(new JournalFilter(g.id(), JournalKind.CHECK_IN));
        assertThat(ratings).hasSize(2);
        JournalEntry self = ratings.stream()
                .filter(e -> e.voice() == Rater.BENEFICIARY)
                .findFirst()
                .orElseThrow();
        JournalEntry counsellor = ratings.stream()
                .filter(e -> e.voice() == Rater.COUNSELLOR)
                .findFirst()
                .orElseThrow();
        assertThat(self.rating()).isEqualTo(4);
        assertThat(self.text()).isEqualTo("J’ai encore peur");
        assertThat(counsellor.rating()).isEqualTo(7);
        assertThat(counsellor.text()).isEqualTo("Elle a pris la parole deux fois");

        JournalWords counsellorWords = new JournalWords(new EasyRead(new Messages(Language.FRENCH), false, 1.0), false);
        JournalWords personWords = new JournalWords(new EasyRead(new Messages(Language.FRENCH), true, 1.0), true);
        assertThat(counsellorWords.headline(self)).isEqualTo("4 sur 10");
        assertThat(counsellorWords.author(self)).isEqualTo("La personne");
        assertThat(personWords.author(self)).isEqualTo("Moi");
        assertThat(personWords.author(counsellor)).isEqualTo("Mon conseiller");
    }

    @Test
    void aFilterByGoalAndByKindKeepsExactlyTheirEntries() {
        List<UUID> goals = JournalHistory.fill(store, lea, TODAY, 5, 300);
        Journal journal = Journal.read(store, lea, ZONE);
        UUID third = goals.get(2);
        List<JournalEntry> ofGoal = journal.filtered(JournalFilter.ALL.withGoal(third));
        assertThat(ofGoal).isNotEmpty().allMatch(e -> third.equals(e.goalId()));
        assertThat(ofGoal).hasSize((int)
                journal.entries().stream().filter(e -> third.equals(e.goalId())).count());
        List<JournalEntry> interviews = journal.filtered(JournalFilter.ALL.withKind(JournalKind.INTERVIEW));
        assertThat(interviews).hasSize(49).allMatch(e -> e.recordKind() == RecordKind.INTERVIEW);
        List<JournalEntry> both =
                journal.filtered(JournalFilter.ALL.withGoal(third).withKind(JournalKind.STEP));
        assertThat(both).isNotEmpty().allMatch(e -> third.equals(e.goalId()) && e.kind() == JournalKind.STEP);
        assertThat(journal.rows(JournalFilter.ALL.withGoal(third).withKind(JournalKind.INTERVIEW)))
                .isEmpty();
    }

    @Test
    void deletedRecordsAndAnErasedPersonAreNotInTheJournal() {
        Goal g = goal("Je me sens capable de trouver un logement", GoalStatus.EN_COURS, TODAY.minusMonths(3), null);
        Training t = store.trainings()
                .save(new Training(
                        JalonsRecord.newId(),
                        lea,
                        g.id(),
                        "Atelier budget",
                        null,
                        TrainingKind.PRE_QUALIFYING,
                        Term.of(Certification.NONE),
                        null,
                        null,
                        null,
                        TODAY.minusMonths(2),
                        null,
                        TrainingStatus.EN_COURS));
        checkIn(g, Rater.BENEFICIARY, 5, null, "2026-11-01T10:00:00Z");
        assertThat(Journal.read(store, lea, ZONE).entries()).hasSize(3);

        store.trainings().delete(t.id());
        store.goals().delete(g.id());
        Journal after = Journal.read(store, lea, ZONE);
        assertThat(after.entries()).extracting(JournalEntry::recordKind).containsExactly(RecordKind.CHECK_IN);
        assertThat(after.goals()).isEmpty();

        UUID other = JournalHistory.person(store, "Marc D.", TODAY.minusYears(1));
        JournalHistory.fill(store, other, TODAY, 1, 40);
        store.database().inTransaction(c -> {
            for (RecordKind kind : RecordKind.values()) {
                RecordTable.of(kind).deleteBeneficiaryData(c, lea);
            }
            return null;
        });
        assertThat(Journal.read(store, lea, ZONE).entries()).isEmpty();
        assertThat(Journal.read(store, other, ZONE).entries()).hasSize(40);
    }

    @Test
    void theFilterIsKeptWhenTheJournalIsReadAgain() {
        List<UUID> goals = JournalHistory.fill(store, lea, TODAY, 1, 60);
        JournalViewModel model =
                new JournalViewModel(store, () -> lea, new DirectBackground(), new Messages(Language.FRENCH), ZONE);
        model.load();
        int all = model.shownEntries();
        assertThat(all).isEqualTo(60);
        model.showKind(JournalKind.CHECK_IN);
        model.showGoal(goals.get(3));
        int kept = model.shownEntries();
        assertThat(kept).isPositive().isLessThan(all);
        model.load();
        assertThat(model.filterProperty().get()).isEqualTo(new JournalFilter(goals.get(3), JournalKind.CHECK_IN));
        assertThat(model.shownEntries()).isEqualTo(kept);
        assertThat(model.rows())
                .filteredOn(r -> r instanceof JournalRow.Entry)
                .allMatch(r -> ((JournalRow.Entry) r).entry().kind() == JournalKind.CHECK_IN);
    }
}
