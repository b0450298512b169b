package org.jalons.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jalons.caseload.BeneficiaryFile;
import org.jalons.caseload.VisitKeys;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.questionnaire.QuestionnaireCatalog;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.Likert;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.StoreThreadBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final java.util.UUID SAMIA = DemoOrganisation.SAMIA;

    @TempDir
    Path dir;

    final Messages fr = new Messages(Language.FRENCH);

    LocalStore open() {
        return new Profiles(dir, CLOCK, 1000).openDemo(Role.COUNSELLOR);
    }

    VisitModel visit(LocalStore store) {
        return new VisitModel(
                BeneficiaryFile.load(store, SAMIA), store, new DirectBackground(), fr, CLOCK, ZoneOffset.UTC);
    }

    @Test
    void aVisitLeftHalfWayIsResumedAfterARestartWithEverythingTyped() {
        Goal permis;
        try (LocalStore store = open()) {
            VisitModel v = visit(store);
            assertThat(v.resumed()).isFalse();
            assertThat(v.get("date")).isEqualTo("2026-11-26");
            v.setBarrier(BarrierArea.MOBILITE, BarrierStatus.POINT_APPUI);
            permis = v.openGoals().get(0);
            v.go(VisitStep.RATING);
            v.set(VisitModel.selfKey(permis), "8");
            v.set(VisitModel.counsellorKey(permis), "11");
            assertThat(v.errors().get(VisitModel.counsellorKey(permis)))
                    .isEqualTo("La valeur doit être comprise entre 0 et 10.");
        }
        try (LocalStore store = open()) {
            VisitModel v = visit(store);
            assertThat(v.resumed()).isTrue();
            assertThat(v.stepProperty().get()).isEqualTo(VisitStep.RATING);
            assertThat(v.barrierStatus(BarrierArea.MOBILITE)).isEqualTo(BarrierStatus.POINT_APPUI);
            assertThat(v.get(VisitModel.selfKey(permis))).isEqualTo("8");
            assertThat(v.get(VisitModel.counsellorKey(permis))).isEqualTo("11");
            assertThat(v.errors()).containsKey(VisitModel.counsellorKey(permis));
            assertThat(finish(v)).isFalse();
            assertThat(store.checkIns().forGoal(permis.id())).hasSize(14);
        }
    }

    @Test
    void coRatingKeepsBothVoicesAsTwoCheckInsAndFinishingClearsTheDraft() {
        try (LocalStore store = open()) {
            VisitModel v = visit(store);
            Goal permis = v.openGoals().get(0);
            int before = store.checkIns().forGoal(permis.id()).size();
            v.set(VisitModel.selfKey(permis), "8");
            v.set(VisitModel.counsellorKey(permis), "6");
            v.set(VisitModel.selfCommentKey(permis), "Le code est presque acquis");
            v.set(VisitModel.counsellorCommentKey(permis), "Encore la conduite en ville");
            assertThat(v.gap(permis)).contains(2);
            v.set(VisitModel.gapAnswerKey(permis), "Samia pense au code, moi à la conduite");
            v.set("notes", "Visite à domicile, Samia a révisé le code.");
            v.set("nextDate", "2026-12-03");
            v.set("nextTime", "14:30");
            v.go(VisitStep.SUMMARY);
            assertThat(v.summary()).anyMatch(l -> l.contains("Samia 8/10, vous 6/10"));
            assertThat(finish(v)).isTrue();

            List<CheckIn> after = store.checkIns().forGoal(permis.id());
            assertThat(after).hasSize(before + 2);
            List<CheckIn> added = after.subList(before, after.size());
            assertThat(added)
                    .extracting(CheckIn::rater, CheckIn::rating)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(Rater.BENEFICIARY, 8),
                            org.assertj.core.groups.Tuple.tuple(Rater.COUNSELLOR, 6));
            assertThat(added)
                    .extracting(CheckIn::rater, CheckIn::comment, CheckIn::gapAnswer)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(
                                    Rater.BENEFICIARY,
                                    "Le code est presque acquis",
                                    "Samia pense au code, moi à la conduite"),
                            org.assertj.core.groups.Tuple.tuple(
                                    Rater.COUNSELLOR,
                                    "Encore la conduite en ville",
                                    "Samia pense au code, moi à la conduite"));
            Interview interview = store.interviews().forBeneficiary(SAMIA).stream()
                    .filter(i -> "Visite à domicile, Samia a révisé le code.".equals(i.notes()))
                    .findFirst()
                    .orElseThrow();
            assertThat(interview.nextAppointment()).isEqualTo(Instant.parse("2026-12-03T14:30:00Z"));
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA))).isEmpty();
            assertThat(finish(v)).isTrue();
            assertThat(store.checkIns().forGoal(permis.id())).hasSize(before + 2);
        }
    }

    @Test
    void aFinishThatFailsOnTheBarrierWriteLeavesNothingWrittenAndKeepsTheAnswersForARetry() {
        try (LocalStore store = open()) {
            VisitModel v = visit(store);
            Goal permis = v.openGoals().get(0);
            GoalStep firstOpen = v.stepsOf(permis).stream()
                    .filter(s -> s.status() != StepStatus.REALISEE)
                    .findFirst()
                    .orElseThrow();
            int checkIns = store.checkIns().forGoal(permis.id()).size();
            int interviews = store.interviews().forBeneficiary(SAMIA).size();
            int pending = store.outbox().pendingCount();
            v.set(VisitModel.selfKey(permis), "8");
            v.set(VisitModel.counsellorKey(permis), "6");
            v.setGoalStatus(permis, GoalStatus.ATTEINT);
            v.setStepDone(firstOpen, true);
            v.setBarrier(BarrierArea.MOBILITE, BarrierStatus.POINT_APPUI);
            v.set("notes", "Le code est acquis.");
            sql(
                    store,
                    "CREATE TRIGGER TEST_FAIL BEFORE INSERT, UPDATE ON BARRIER FOR EACH ROW CALL \""
                            + FailingWriteTrigger.class.getName() + "\"");

            assertThat(finish(v)).isFalse();

            assertThat(v.messageProperty().get()).isEqualTo(fr.get("error.unexpected"));
            assertThat(store.checkIns().forGoal(permis.id())).hasSize(checkIns);
            assertThat(store.interviews().forBeneficiary(SAMIA)).hasSize(interviews);
            assertThat(store.goals().find(permis.id()).orElseThrow().status()).isEqualTo(permis.status());
            assertThat(store.goalSteps().find(firstOpen.id()).orElseThrow().status())
                    .isEqualTo(firstOpen.status());
            assertThat(store.outbox().pendingCount()).isEqualTo(pending);
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA)).orElseThrow())
                    .containsEntry(VisitModel.selfKey(permis), "8")
                    .containsEntry("notes", "Le code est acquis.");
            assertThat(v.get(VisitModel.counsellorKey(permis))).isEqualTo("6");

            sql(store, "DROP TRIGGER TEST_FAIL");
            assertThat(finish(v)).isTrue();

            assertThat(store.checkIns().forGoal(permis.id())).hasSize(checkIns + 2);
            assertThat(store.interviews().forBeneficiary(SAMIA)).hasSize(interviews + 1);
            assertThat(store.goals().find(permis.id()).orElseThrow().status()).isEqualTo(GoalStatus.ATTEINT);
            assertThat(store.goalSteps().find(firstOpen.id()).orElseThrow().status())
                    .isEqualTo(StepStatus.REALISEE);
            assertThat(store.barriers().forBeneficiary(SAMIA))
                    .anySatisfy(b -> assertThat(b.status()).isEqualTo(BarrierStatus.POINT_APPUI));
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA))).isEmpty();
        }
    }

    @Test
    void answersTypedQuicklyAreWrittenOnTheStoreThreadOnceAndTheLastOneWins() {
        try (LocalStore store = open();
                StoreThreadBackground storeThread = new StoreThreadBackground()) {
            VisitModel v =
                    new VisitModel(BeneficiaryFile.load(store, SAMIA), store, storeThread, fr, CLOCK, ZoneOffset.UTC);
            for (String typed : List.of("L", "Le", "Le c", "Le code", "Le code est acquis.")) {
                v.set("notes", typed);
            }
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA))).isEmpty();
            assertThat(storeThread.queued()).isEqualTo(1);
            storeThread.runAll();
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA)).orElseThrow())
                    .containsEntry("notes", "Le code est acquis.");

            Runnable undo = v.discard();
            v.set("notes", "tapé après l’abandon");
            storeThread.runAll();
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA))).isEmpty();

            // "Undo" puts back what was there when the visit was dropped, which opening the visit resumes.
            undo.run();
            storeThread.runAll();
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA)).orElseThrow())
                    .containsEntry("notes", "Le code est acquis.")
                    .containsKey("step");
            VisitModel resumed =
                    new VisitModel(BeneficiaryFile.load(store, SAMIA), store, storeThread, fr, CLOCK, ZoneOffset.UTC);
            assertThat(resumed.get("notes")).isEqualTo("Le code est acquis.");
        }
    }

    @Test
    void theQuestionnaireReadsItsDraftAndWritesItsResponseOnTheStoreThread() {
        try (LocalStore store = open();
                StoreThreadBackground storeThread = new StoreThreadBackground()) {
            var catalog = QuestionnaireCatalog.pouvoirAgir();
            String first = catalog.items().get(0).id();
            store.drafts().save(VisitKeys.questionnaire(SAMIA), Map.of("index", "1", "answer." + first, "4"));
            int before = store.questionnaireResponses().forBeneficiary(SAMIA).size();
            QuestionnaireModel q = new QuestionnaireModel(store, storeThread, SAMIA, catalog, CLOCK);
            assertThat(q.indexProperty().get()).isZero(); // nothing read on the screen's thread
            q.answer(Likert.A_PEINE_VRAI.value());
            assertThat(q.answers()).isEmpty(); // an answer waits for the draft
            storeThread.runAll();
            assertThat(q.indexProperty().get()).isEqualTo(1);
            assertThat(q.answers()).containsEntry(first, 4);

            for (int i = 1; i < q.size(); i++) {
                q.answer(Likert.MOYENNEMENT_VRAI.value());
            }
            assertThat(q.finishedProperty().get()).isFalse();
            assertThat(store.questionnaireResponses().forBeneficiary(SAMIA)).hasSize(before);
            storeThread.runAll();
            assertThat(q.finishedProperty().get()).isTrue();
            assertThat(store.questionnaireResponses().forBeneficiary(SAMIA)).hasSize(before + 1);
            assertThat(store.drafts().load(VisitKeys.questionnaire(SAMIA))).isEmpty();
        }
    }

    static void sql(LocalStore store, String statement) {
        store.database().inTransaction(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute(statement);
            }
            return null;
        });
    }

    /** Finishes the visit (at once: the store work runs on this thread) and says whether it was written. */
    static boolean finish(VisitModel v) {
        java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
        v.finish(() -> written.set(true));
        return written.get();
    }

    @Test
    void aDraftWithTheOldSingleCommentKeepsItsTextForBothVoices() {
        Goal permis;
        try (LocalStore store = open()) {
            permis = visit(store).openGoals().get(0);
            store.drafts()
                    .save(
                            VisitKeys.visit(SAMIA),
                            Map.of(
                                    "step",
                                    "RATING",
                                    "interviewId",
                                    java.util.UUID.randomUUID().toString(),
                                    "place",
                                    "DOMICILE",
                                    "date",
                                    "2026-11-26",
                                    VisitModel.selfKey(permis),
                                    "7",
                                    VisitModel.counsellorKey(permis),
                                    "7",
                                    "comment." + permis.id(),
                                    "Tapé avec l’ancienne version"));
        }
        try (LocalStore store = open()) {
            VisitModel v = visit(store);
            assertThat(v.get(VisitModel.selfCommentKey(permis))).isEqualTo("Tapé avec l’ancienne version");
            assertThat(v.get(VisitModel.counsellorCommentKey(permis))).isEqualTo("Tapé avec l’ancienne version");
            v.next();
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA)).orElseThrow())
                    .containsEntry(VisitModel.selfCommentKey(permis), "Tapé avec l’ancienne version")
                    .containsEntry(VisitModel.counsellorCommentKey(permis), "Tapé avec l’ancienne version")
                    .doesNotContainKey("comment." + permis.id());
            assertThat(v.gap(permis)).contains(0);
            assertThat(v.asksAboutTheGap(permis)).isFalse();
            int before = store.checkIns().forGoal(permis.id()).size();
            assertThat(finish(v)).isTrue();
            List<CheckIn> added = store.checkIns().forGoal(permis.id()).subList(before, before + 2);
            assertThat(added).extracting(CheckIn::comment).containsOnly("Tapé avec l’ancienne version");
            assertThat(added).extracting(CheckIn::gapAnswer).containsOnlyNulls();
        }
    }

    @Test
    void theGapIsAskedOnlyOnceBothRatingsAreInAndItsAnswerIsKeptOnlyThen() {
        try (LocalStore store = open()) {
            VisitModel v = visit(store);
            Goal permis = v.openGoals().get(0);
            v.set(VisitModel.selfKey(permis), "9");
            assertThat(v.gap(permis)).isEmpty();
            assertThat(v.asksAboutTheGap(permis)).isFalse();
            v.set(VisitModel.counsellorKey(permis), "6");
            assertThat(v.gap(permis)).contains(3);
            assertThat(v.asksAboutTheGap(permis)).isTrue();
            assertThat(fr.get("visit.gap.points", v.gap(permis).orElseThrow())).isEqualTo("3 points d’écart");
            assertThat(fr.get("visit.gap.points", 1)).isEqualTo("1 point d’écart");
            v.set(VisitModel.gapAnswerKey(permis), "Je compte le code, elle compte la conduite");
            assertThat(v.summary())
                    .contains(
                            "Ce qui nous fait voir les choses différemment\u00a0: Je compte le code, elle compte la conduite");
            v.set(VisitModel.counsellorKey(permis), "");
            assertThat(v.summary()).noneMatch(l -> l.contains("Je compte le code"));
            int before = store.checkIns().forGoal(permis.id()).size();
            assertThat(finish(v)).isTrue();
            List<CheckIn> added = store.checkIns().forGoal(permis.id());
            assertThat(added).hasSize(before + 1);
            assertThat(added.get(added.size() - 1).gapAnswer()).isNull();
        }
    }

    @Test
    void aVisitDraftWrittenWithTheOldStepNumberResumesOnTheSameStep() {
        try (LocalStore store = open()) {
            store.drafts().save(VisitKeys.visit(SAMIA), Map.of("step", "3", "notes", "Reprise"));
            VisitModel v = visit(store);
            assertThat(v.stepProperty().get()).isEqualTo(VisitStep.RATING);
            assertThat(v.get("notes")).isEqualTo("Reprise");
            v.next();
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA)).orElseThrow())
                    .containsEntry("step", "NOTES");
        }
        assertThat(VisitStep.fromDraft("SUMMARY")).isEqualTo(VisitStep.SUMMARY);
        assertThat(VisitStep.fromDraft("99")).isEqualTo(VisitStep.SUMMARY);
        assertThat(VisitStep.fromDraft("nonsense")).isEqualTo(VisitStep.START);
        assertThat(VisitStep.START.previous()).isEqualTo(VisitStep.START);
        assertThat(VisitStep.SUMMARY.next()).isEqualTo(VisitStep.SUMMARY);
    }

    @Test
    void theQuestionnaireScoresTheMeanAndResumesWhereItWasLeft() {
        try (LocalStore store = open()) {
            QuestionnaireModel q = new QuestionnaireModel(
                    store, new DirectBackground(), SAMIA, QuestionnaireCatalog.pouvoirAgir(), CLOCK);
            int n = q.size();
            q.answer(Likert.TOTALEMENT_VRAI.value());
            q.answer(Likert.A_PEINE_VRAI.value());
            QuestionnaireModel resumed = new QuestionnaireModel(
                    store, new DirectBackground(), SAMIA, QuestionnaireCatalog.pouvoirAgir(), CLOCK);
            assertThat(resumed.indexProperty().get()).isEqualTo(2);
            assertThat(resumed.answers()).hasSize(2);
            for (int i = 2; i < n; i++) {
                resumed.answer(Likert.MOYENNEMENT_VRAI.value());
            }
            assertThat(resumed.finishedProperty().get()).isTrue();
            double expected = (4 + 2 + 3.0 * (n - 2)) / n;
            assertThat(resumed.saved().meanScore()).isEqualTo(expected);
            assertThat(QuestionnaireModel.score(Map.of("a", 1, "b", 4))).isEqualTo(2.5);
            assertThat(resumed.history()).hasSize(2);
            assertThat(resumed.change())
                    .isEqualTo(expected - resumed.history().get(1).meanScore());
            assertThat(store.drafts().load(VisitKeys.questionnaire(SAMIA))).isEmpty();
        }
    }

    @Test
    void easyReadShowsTheShortSentenceAndIsKeptWithTheDraftOfAResumedQuestionnaire() {
        try (LocalStore store = open()) {
            QuestionnaireModel q = new QuestionnaireModel(
                    store, new DirectBackground(), SAMIA, QuestionnaireCatalog.pouvoirAgir(), CLOCK, true);
            assertThat(q.easyReadProperty().get()).isTrue();
            assertThat(q.sentence(java.util.Locale.FRENCH)).isEqualTo("J’ai un problème. Je trouve une solution.");
            assertThat(q.item().pictogram()).isEqualTo("problem-solving");
            q.answer(Likert.MOYENNEMENT_VRAI.value());
            q.easyReadProperty().set(false);
            assertThat(q.sentence(java.util.Locale.ENGLISH)).isEqualTo("I know who to turn to when I need help.");

            // The device is in easy-read, but this person chose the usual sentences: the draft remembers it.
            QuestionnaireModel resumed = new QuestionnaireModel(
                    store, new DirectBackground(), SAMIA, QuestionnaireCatalog.pouvoirAgir(), CLOCK, true);
            assertThat(resumed.easyReadProperty().get()).isFalse();
            assertThat(resumed.indexProperty().get()).isEqualTo(1);
        }
    }

    @Test
    void everyItemOfTheQuestionnaireHasAPictogramOfItsOwn() {
        var items = QuestionnaireCatalog.pouvoirAgir().items();
        assertThat(items)
                .allSatisfy(i -> assertThat(QuestionPictograms.item(i.pictogram()))
                        .isNotEqualTo(org.kordamp.ikonli.material2.Material2AL.HELP_OUTLINE));
        assertThat(items.stream()
                        .map(i -> QuestionPictograms.item(i.pictogram()))
                        .distinct())
                .hasSize(items.size());
    }
}
