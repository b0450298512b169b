package org.jalons.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jalons.caseload.VisitKeys;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.Interview;
import org.jalons.domain.questionnaire.QuestionnaireCatalog;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Likert;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
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
        return new VisitModel(store, SAMIA, fr, CLOCK, ZoneOffset.UTC);
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
            v.go(VisitModel.RATING);
            v.set(VisitModel.selfKey(permis), "8");
            v.set(VisitModel.counsellorKey(permis), "11");
            assertThat(v.errors().get(VisitModel.counsellorKey(permis)))
                    .isEqualTo("La valeur doit être comprise entre 0 et 10.");
        }
        try (LocalStore store = open()) {
            VisitModel v = visit(store);
            assertThat(v.resumed()).isTrue();
            assertThat(v.stepProperty().get()).isEqualTo(VisitModel.RATING);
            assertThat(v.barrierStatus(BarrierArea.MOBILITE)).isEqualTo(BarrierStatus.POINT_APPUI);
            assertThat(v.get(VisitModel.selfKey(permis))).isEqualTo("8");
            assertThat(v.get(VisitModel.counsellorKey(permis))).isEqualTo("11");
            assertThat(v.errors()).containsKey(VisitModel.counsellorKey(permis));
            assertThat(v.finish()).isFalse();
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
            v.set(VisitModel.commentKey(permis), "Le code est presque acquis");
            v.set("notes", "Visite à domicile, Samia a révisé le code.");
            v.set("nextDate", "2026-12-03");
            v.set("nextTime", "14:30");
            v.go(VisitModel.SUMMARY);
            assertThat(v.summary()).anyMatch(l -> l.contains("Samia 8/10, vous 6/10"));
            assertThat(v.finish()).isTrue();

            List<CheckIn> after = store.checkIns().forGoal(permis.id());
            assertThat(after).hasSize(before + 2);
            List<CheckIn> added = after.subList(before, after.size());
            assertThat(added)
                    .extracting(CheckIn::rater, CheckIn::rating)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(Rater.BENEFICIARY, 8),
                            org.assertj.core.groups.Tuple.tuple(Rater.COUNSELLOR, 6));
            Interview interview = store.interviews().forBeneficiary(SAMIA).stream()
                    .filter(i -> "Visite à domicile, Samia a révisé le code.".equals(i.notes()))
                    .findFirst()
                    .orElseThrow();
            assertThat(interview.nextAppointment()).isEqualTo(Instant.parse("2026-12-03T14:30:00Z"));
            assertThat(store.drafts().load(VisitKeys.visit(SAMIA))).isEmpty();
            assertThat(v.finish()).isTrue();
            assertThat(store.checkIns().forGoal(permis.id())).hasSize(before + 2);
        }
    }

    @Test
    void theQuestionnaireScoresTheMeanAndResumesWhereItWasLeft() {
        try (LocalStore store = open()) {
            QuestionnaireModel q = new QuestionnaireModel(store, SAMIA, QuestionnaireCatalog.pouvoirAgir(), CLOCK);
            int n = q.size();
            q.answer(Likert.TOTALEMENT_VRAI);
            q.answer(Likert.A_PEINE_VRAI);
            QuestionnaireModel resumed =
                    new QuestionnaireModel(store, SAMIA, QuestionnaireCatalog.pouvoirAgir(), CLOCK);
            assertThat(resumed.indexProperty().get()).isEqualTo(2);
            assertThat(resumed.answers()).hasSize(2);
            for (int i = 2; i < n; i++) {
                resumed.answer(Likert.MOYENNEMENT_VRAI);
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
            QuestionnaireModel q =
                    new QuestionnaireModel(store, SAMIA, QuestionnaireCatalog.pouvoirAgir(), CLOCK, true);
            assertThat(q.easyReadProperty().get()).isTrue();
            assertThat(q.sentence(java.util.Locale.FRENCH)).isEqualTo("J'ai un problème. Je trouve une solution.");
            assertThat(q.item().pictogram()).isEqualTo("problem-solving");
            q.answer(Likert.MOYENNEMENT_VRAI);
            q.easyReadProperty().set(false);
            assertThat(q.sentence(java.util.Locale.ENGLISH)).isEqualTo("I know who to turn to when I need help.");

            // The device is in easy-read, but this person chose the usual sentences: the draft remembers it.
            QuestionnaireModel resumed =
                    new QuestionnaireModel(store, SAMIA, QuestionnaireCatalog.pouvoirAgir(), CLOCK, true);
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
