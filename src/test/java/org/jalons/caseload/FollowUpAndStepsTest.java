package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.RecordKind;
import org.jalons.goal.GoalEditorModel;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.CaseloadRow;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.DraftKey;
import org.jalons.storage.OutboxEntry;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;

/** The six-month follow-up after an exit, and the steps of a goal changed in the counsellor's goal editor. */
class FollowUpAndStepsTest extends DemoStoreTest {
    static final UUID AMINATA = DemoOrganisation.AMINATA;

    final Messages en = new Messages(Language.ENGLISH);

    private void exitSevenMonthsAgo() {
        ExitEditorModel exit =
                new ExitEditorModel(store, new DirectBackground(), EditorTarget.create(AMINATA), fr, TODAY);
        exit.value("exitDate").set("2026-04-20");
        exit.value("category").set(ExitCategory.EMPLOI_TRANSITION.name());
        assertThat(exit.commit()).isTrue();
    }

    private CaseloadRow row(UUID who) {
        return store.beneficiaries().caseload().stream()
                .filter(r -> r.beneficiaryId().equals(who))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anExitPlansTheFollowUpWhichNeedsAttentionOnceDueUntilTheSituationFoundIsRecorded() {
        exitSevenMonthsAgo();
        FollowUp planned = store.followUps().forBeneficiary(AMINATA).get(0);
        assertThat(planned.dueDate()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(planned.isDue(TODAY)).isTrue();
        assertThat(row(AMINATA).followUpDue()).isTrue();
        assertThat(CaseloadFilter.needsAttention(row(AMINATA), TODAY)).isTrue();
        assertThat(CaseloadRowText.of(row(AMINATA), fr, ZoneOffset.UTC, TODAY).followUpDue())
                .isEqualTo("Suivi à 6 mois à faire");

        FollowUpEditorModel model = new FollowUpEditorModel(store, new DirectBackground(), AMINATA, fr, TODAY);
        assertThat(model.context())
                .isEqualTo("Sortie le 20 avr. 2026 (Emploi de transition). Suivi prévu le 20 oct. 2026.");
        assertThat(model.get("doneDate")).isEqualTo("2026-11-26");
        model.value("situation").set(ExitCategory.EMPLOI_DURABLE.name());
        model.value("comment").set("CDI chez un paysagiste depuis septembre");
        assertThat(model.commit()).isTrue();

        FollowUp done = store.followUps().find(planned.id()).orElseThrow();
        assertThat(done.doneDate()).isEqualTo(TODAY);
        assertThat(done.situation()).isEqualTo(ExitCategory.EMPLOI_DURABLE);
        assertThat(done.note()).isEqualTo("CDI chez un paysagiste depuis septembre");
        assertThat(store.followUps().forBeneficiary(AMINATA)).hasSize(1);
        assertThat(store.outbox().pending(1000))
                .anyMatch(e -> e.kind() == RecordKind.FOLLOW_UP
                        && "EMPLOI_DURABLE".equals(e.fields().get("situation")));
        assertThat(row(AMINATA).followUpDue()).isFalse();
        assertThat(CaseloadRowText.of(row(AMINATA), fr, ZoneOffset.UTC, TODAY).followUpDue())
                .isNull();
        assertThat(CaseloadRowText.of(row(AMINATA), fr, ZoneOffset.UTC, TODAY).exited())
                .isEqualTo("Sortie du dispositif");
    }

    @Test
    void aFollowUpWithoutTheSituationFoundIsKeptAsADraftThatComesBackAndAnEarlyDateIsRefused() {
        exitSevenMonthsAgo();
        FollowUpEditorModel model = new FollowUpEditorModel(store, new DirectBackground(), AMINATA, en, TODAY);
        model.value("comment").set("No answer to two calls");
        model.value("doneDate").set("2026-03-01");
        assertThat(model.commit()).isFalse();
        assertThat(model.error("situation").get()).isEqualTo("This field is required.");
        assertThat(model.error("doneDate").get()).isEqualTo("This date cannot be before “Exit date”.");

        FollowUpEditorModel again = new FollowUpEditorModel(store, new DirectBackground(), AMINATA, en, TODAY);
        assertThat(again.get("comment")).isEqualTo("No answer to two calls");
        assertThat(again.stateProperty().get()).isNotEmpty();
        again.value("doneDate").set("2026-11-20");
        again.value("situation").set(ExitCategory.AUTRE_SORTIE.name());
        assertThat(again.commit()).isTrue();
        assertThat(store.followUps().forBeneficiary(AMINATA).get(0).situation()).isEqualTo(ExitCategory.AUTRE_SORTIE);
        assertThat(store.drafts().load(DraftKey.of(DraftKey.Form.FOLLOW_UP, AMINATA)))
                .isEmpty();
    }

    @Test
    void aFollowUpMissingForAnExitIsPlannedWhenItIsRecorded() {
        exitSevenMonthsAgo();
        store.followUps()
                .delete(store.followUps().forBeneficiary(AMINATA).get(0).id());
        FollowUpEditorModel model = new FollowUpEditorModel(store, new DirectBackground(), AMINATA, fr, TODAY);
        assertThat(model.dueDate()).isEqualTo(LocalDate.of(2026, 10, 20));
        model.value("situation").set(ExitCategory.SORTIE_POSITIVE.name());
        assertThat(model.commit()).isTrue();
        assertThat(store.followUps().forBeneficiary(AMINATA))
                .singleElement()
                .satisfies(f -> assertThat(f.exitId()).isEqualTo(model.exit().id()));
    }

    @Test
    void aStepIsRenamedDatedMarkedDoneAndDeletedAsATombstoneThatSyncs() {
        Goal goal = store.goals().forBeneficiary(DemoOrganisation.SAMIA).get(0);
        GoalEditorModel model = new GoalEditorModel(
                store, new DirectBackground(), new EditorTarget(DemoOrganisation.SAMIA, goal.id()), fr, TODAY);
        assertThat(model.addStep("Appeler l’auto-école")).isEmpty();
        GoalStep step = model.steps().get(model.steps().size() - 1);

        assertThat(model.renameStep(step, "  ")).isEqualTo("Ce champ est obligatoire.");
        assertThat(model.renameStep(step, "Appeler l’auto-école du centre")).isEmpty();
        model.setStepDueDate(step, LocalDate.of(2026, 12, 4));
        model.setStepStatus(step, StepStatus.REALISEE);
        GoalStep stored = store.goalSteps().find(step.id()).orElseThrow();
        assertThat(stored.label()).isEqualTo("Appeler l’auto-école du centre");
        assertThat(stored.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(stored.doneDate()).isEqualTo(TODAY);

        model.setStepDoneDate(step, LocalDate.of(2026, 11, 24));
        assertThat(store.goalSteps().find(step.id()).orElseThrow().doneDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        model.setStepStatus(step, StepStatus.EN_COURS);
        assertThat(store.goalSteps().find(step.id()).orElseThrow().doneDate()).isNull();

        GoalStep beforeDelete = store.goalSteps().find(step.id()).orElseThrow();
        int at = model.steps().indexOf(beforeDelete);
        model.deleteStep(step);
        assertThat(model.steps()).noneMatch(s -> s.id().equals(step.id()));
        assertThat(store.goalSteps().find(step.id())).isEmpty();
        assertThat(store.goalSteps().findStored(step.id()).orElseThrow().deleted())
                .isTrue();
        List<OutboxEntry> changes = store.outbox().pending(1000).stream()
                .filter(e -> e.recordId().equals(step.id()))
                .toList();
        assertThat(changes).last().satisfies(e -> assertThat(e.op()).isEqualTo(OutboxEntry.Op.DELETE));

        // "Undo": the step exactly as it was is back in the store, at its place, and its revival is sent.
        model.restoreStep(beforeDelete);
        assertThat(store.goalSteps().find(step.id())).contains(beforeDelete);
        assertThat(model.steps().get(at)).isEqualTo(beforeDelete);
        assertThat(store.outbox().pending(1000).stream()
                        .filter(e -> e.recordId().equals(step.id()))
                        .toList())
                .last()
                .satisfies(e -> assertThat(e.op()).isEqualTo(OutboxEntry.Op.UPSERT));
        model.restoreStep(beforeDelete); // a second tap changes nothing
        assertThat(model.steps()).filteredOn(s -> s.id().equals(step.id())).hasSize(1);
    }
}
