package org.jalons.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jalons.beneficiary.MyGoals;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.RecordKind;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** My own goal's steps, as Samia of the demo changes them on her phone. */
class MyGoalViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    LocalStore store;
    final DirectBackground background = new DirectBackground();
    final EasyRead easy = new EasyRead(new Messages(Language.FRENCH), true, 1.0);
    Goal permis;

    @BeforeEach
    void openSamia() {
        store = new Profiles(dir, CLOCK, 1000).openDemo(Role.BENEFICIARY);
        permis = store.goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(g -> g.phrasing().contains("permis"))
                .findFirst()
                .orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private MyGoalViewModel model() {
        MyGoalViewModel model = new MyGoalViewModel(store, background, easy, CLOCK, permis.id());
        model.load();
        return model;
    }

    @Test
    void myGoalShowsItsStepsWithTheirDatesAndIMarkOneDoneToday() {
        MyGoalViewModel model = model();
        assertThat(model.goalProperty().get()).isEqualTo(permis);
        assertThat(model.steps()).isNotEmpty().allMatch(s -> s.goalId().equals(permis.id()));
        GoalStep todo = model.steps().stream()
                .filter(s -> s.status() != StepStatus.REALISEE)
                .findFirst()
                .orElseThrow();

        model.markDone(todo);
        GoalStep stored = store.goalSteps().find(todo.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(StepStatus.REALISEE);
        assertThat(stored.doneDate()).isEqualTo(TODAY);
        assertThat(model.steps()).contains(stored);

        model.setDueDate(stored, LocalDate.of(2026, 12, 15));
        assertThat(store.goalSteps().find(todo.id()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(store.outbox().pending(1000))
                .anyMatch(e -> e.kind() == RecordKind.GOAL_STEP
                        && e.recordId().equals(todo.id())
                        && "2026-11-26".equals(e.fields().get("doneDate")));
    }

    @Test
    void everyStatusIChooseIsSavedAtOnceAndReadBackWhenTheGoalOpensAgain() {
        MyGoalViewModel model = model();
        GoalStep step = model.steps().get(0);
        for (StepStatus status : new StepStatus[] {
            StepStatus.EN_COURS, StepStatus.REALISEE, StepStatus.A_FAIRE, StepStatus.ABANDONNEE, StepStatus.EN_COURS
        }) {
            model.setStatus(step, status);
            GoalStep stored = store.goalSteps().find(step.id()).orElseThrow();
            assertThat(stored.status()).as("saved at once").isEqualTo(status);
            assertThat(stored.doneDate())
                    .as("done today only while done")
                    .isEqualTo(status == StepStatus.REALISEE ? TODAY : null);
            assertThat(model().steps())
                    .as("read back on reopening")
                    .filteredOn(s -> s.id().equals(step.id()))
                    .extracting(GoalStep::status)
                    .containsExactly(status);
        }
        assertThat(store.outbox().pending(1000))
                .filteredOn(e -> e.recordId().equals(step.id()))
                .extracting(e -> e.fields().get("status"))
                .contains("ABANDONNEE", "EN_COURS");
    }

    @Test
    void anEmptyNameIsRefusedInEasyWordsAndANewNameIsKept() {
        MyGoalViewModel model = model();
        GoalStep step = model.steps().get(0);
        assertThat(model.rename(step, " ")).isEqualTo("J’écris ce que je vais faire.");
        assertThat(store.goalSteps().find(step.id()).orElseThrow().label()).isEqualTo(step.label());
        assertThat(model.rename(step, "Réviser le code avec ma voisine")).isEmpty();
        assertThat(store.goalSteps().find(step.id()).orElseThrow().label())
                .isEqualTo("Réviser le code avec ma voisine");
    }

    @Test
    void aStepIRemoveGoesAsATombstoneSoThatTheRemovalSyncs() {
        MyGoalViewModel model = model();
        GoalStep step = model.steps().get(0);
        int before = model.steps().size();
        model.delete(step);
        assertThat(model.steps()).hasSize(before - 1);
        assertThat(store.goalSteps().find(step.id())).isEmpty();
        assertThat(store.outbox().pending(1000))
                .anyMatch(e -> e.recordId().equals(step.id()) && e.op() == OutboxEntry.Op.DELETE);
        assertThat(model().steps()).hasSize(before - 1);
    }

    @Test
    void onAGoalMyCounsellorProposedIOnlySayWhereEachStepStands() {
        Goal shared = store.goals()
                .save(new Goal(
                        java.util.UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        org.jalons.domain.Term.of(org.jalons.protocol.Vocabulary.GoalTheme.NUMERIQUE),
                        "Je me sens capable d’envoyer un CV en ligne",
                        org.jalons.protocol.Vocabulary.ProposedBy.COUNSELLOR,
                        org.jalons.protocol.Vocabulary.GoalStatus.EN_COURS,
                        null,
                        TODAY,
                        null));
        GoalStep step = store.goalSteps()
                .save(new GoalStep(
                        java.util.UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        shared.id(),
                        "Créer une adresse courriel",
                        StepStatus.A_FAIRE,
                        null));
        MyGoalViewModel model = new MyGoalViewModel(store, background, easy, CLOCK, shared.id());
        model.load();
        assertThat(model.mayAddSteps()).isFalse();
        assertThat(model.mayEditSteps()).isFalse();

        assertThat(model.rename(step, "Autre chose")).isNotEmpty();
        model.setDueDate(step, LocalDate.of(2026, 12, 15));
        model.delete(step);
        assertThat(store.goalSteps().find(step.id()).orElseThrow().label()).isEqualTo("Créer une adresse courriel");
        assertThat(store.goalSteps().find(step.id()).orElseThrow().dueDate()).isNull();
        model.markDone(step);
        assertThat(store.goalSteps().find(step.id()).orElseThrow().status()).isEqualTo(StepStatus.REALISEE);
        assertThat(new NewStepViewModel(store, background, easy).goals())
                .extracting(MyGoals::id)
                .doesNotContain(shared.id())
                .contains(permis.id());
        assertThat(model().mayEditSteps()).as("my own goal").isTrue();
    }

    @Test
    void aStepAddedFromTheGoalScreenIsForThatGoal() {
        Goal other = store.goals()
                .save(new Goal(
                        java.util.UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        org.jalons.domain.Term.of(org.jalons.protocol.Vocabulary.GoalTheme.LOGEMENT),
                        "Je me sens capable de trouver un logement",
                        org.jalons.protocol.Vocabulary.ProposedBy.BENEFICIARY,
                        org.jalons.protocol.Vocabulary.GoalStatus.EN_COURS,
                        null,
                        TODAY,
                        null));
        assertThat(new NewStepViewModel(store, background, easy).chosenGoal()).isNull();
        NewStepViewModel step = new NewStepViewModel(store, background, easy, other.id());
        assertThat(step.chosenGoal().id()).isEqualTo(other.id());
    }

    @Test
    void iRewordMyGoalAndProposeItReachedThenTakeTheProposalBack() {
        MyGoalViewModel model = model();

        assertThat(model.reword("   ")).isEqualTo("J’écris mon objectif.");
        assertThat(model.reword("x".repeat(MyGoalViewModel.MAX_WORDS + 1))).isNotEmpty();
        assertThat(model.reword("  Je passe le permis pour aller travailler  ")).isEmpty();
        model.propose(org.jalons.protocol.Vocabulary.ProposedStatus.ATTEINT);

        Goal stored = store.goals().find(permis.id()).orElseThrow();
        assertThat(stored.phrasing()).isEqualTo("Je passe le permis pour aller travailler");
        assertThat(stored.proposedStatus()).isEqualTo(org.jalons.protocol.Vocabulary.ProposedStatus.ATTEINT);
        assertThat(stored.proposedAt()).isEqualTo(CLOCK.instant());
        assertThat(stored.status()).as("only the counsellor decides").isEqualTo(permis.status());

        model.propose(null);
        Goal withdrawn = store.goals().find(permis.id()).orElseThrow();
        assertThat(withdrawn.proposedStatus()).isNull();
        assertThat(withdrawn.proposedAt()).isNull();
    }
}
