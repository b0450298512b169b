package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.jalons.caseload.EditorTarget;
import org.jalons.caseload.ExitEditorModel;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.session.AppServices;
import org.jalons.storage.CaseloadRow;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The six-month follow-up and goal steps in the real app, headless and offline. */
class FollowUpAndStepsAppTest extends RealAppTest {
    @TempDir
    Path home;

    AppServices context;

    @BeforeEach
    void start() throws TimeoutException {
        startApp(home, c -> context = c);
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    private LocalStore store() {
        return context.store();
    }

    private LocalDate today() {
        return LocalDate.now(context.clock().withZone(context.zone()));
    }

    private void openDemo(String role) {
        tap("#discover-demo");
        tap("#demo-" + role);
    }

    private void tapPerson(String name) {
        waitUntil(() -> lookup(".person-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(name)));
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(name))
                .findFirst()
                .orElseThrow());
        waitUntil(() -> textOf("#file-sections .screen-heading").equals(name));
    }

    @Test
    void aDueFollowUpNeedsAttentionInTheCaseloadAndIsRecordedFromTheFile() {
        openDemo("counsellor");
        waitFor("#caseload");
        // Aminata left seven months ago: the exit editor plans her follow-up, now due.
        ExitEditorModel exit = new ExitEditorModel(
                store(),
                new DirectBackground(),
                EditorTarget.create(DemoOrganisation.AMINATA),
                context.messages(),
                today());
        exit.value("exitDate").set(today().minusMonths(7).toString());
        exit.value("category").set(ExitCategory.EMPLOI_TRANSITION.name());
        assertThat(exit.commit()).isTrue();
        interact(() -> context.navigator().goTo(Screen.COUNSELLOR_HOME));
        ListView<CaseloadRow> list = lookup("#caseload").queryListView();
        waitUntil(() -> list.getItems().size() == 3);
        tap("#filter-attention");
        waitUntil(
                () -> list.getItems().stream().anyMatch(r -> r.displayName().equals("Aminata D.") && r.followUpDue()));
        // A marker of its own, first on Aminata's line, with its words.
        waitUntil(() -> lookup(".marker-follow-up").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible()
                        && l.getText().equals("Suivi à 6 mois à faire")
                        && l.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY));
        assertThat(lookup(".caseload-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                        .filter(c -> c.getItem() != null
                                && ((CaseloadRow) c.getItem()).displayName().equals("Aminata D."))
                        .findFirst()
                        .orElseThrow()
                        .getAccessibleText())
                .contains("Suivi à 6 mois à faire");

        // Tapping the line opens the file with the follow-up at its top, before the visit and the questionnaire.
        tapPerson("Aminata D.");
        waitFor("#record-follow-up-top");
        javafx.scene.Node top = lookup("#record-follow-up-top").query();
        assertThat(top.localToScene(top.getBoundsInLocal()).getMinY())
                .isLessThan(lookup("#start-visit")
                        .query()
                        .localToScene(lookup("#start-visit").query().getBoundsInLocal())
                        .getMinY())
                .isLessThan(lookup("#start-questionnaire")
                        .query()
                        .localToScene(lookup("#start-questionnaire").query().getBoundsInLocal())
                        .getMinY());
        tap("#record-follow-up-top");
        waitFor("#follow-up-context");
        assertThat(title()).isEqualTo("Suivi à 6 mois");
        assertThat(lookup("#followUp-doneDate").tryQuery()).isPresent();
        ComboBox<String> situation = lookup("#followUp-situation").queryComboBox();
        interact(() -> situation.setValue(ExitCategory.EMPLOI_DURABLE.name()));
        clickOn("#followUp-comment").write("CDI chez un paysagiste");
        tap("#done");
        waitUntil(() -> title().equals("Dossier"));
        tap("#tab-exit");
        waitFor("#follow-up-state");
        assertThat(textOf("#follow-up-state"))
                .startsWith("Suivi à 6 mois fait le ")
                .endsWith("\u00a0: Emploi durable");
        assertThat(lookup("#follow-up-state").query().getStyleClass())
                .as("a follow-up done is news, not a warning")
                .contains("marker-done")
                .doesNotContain("marker-pending", "marker-overdue");
        assertThat(lookup("#record-follow-up-top").tryQuery()).isEmpty();

        FollowUp done =
                store().followUps().forBeneficiary(DemoOrganisation.AMINATA).get(0);
        assertThat(done.doneDate()).isEqualTo(today());
        assertThat(done.situation()).isEqualTo(ExitCategory.EMPLOI_DURABLE);
        assertThat(done.note()).isEqualTo("CDI chez un paysagiste");
    }

    @Test
    void theCounsellorRenamesDatesAndDeletesAStepInTheGoalEditor() {
        openDemo("counsellor");
        waitFor("#caseload");
        tapPerson("Samia B.");
        Goal permis = store().goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(g -> g.phrasing().contains("permis"))
                .findFirst()
                .orElseThrow();
        interact(() ->
                context.navigator().goTo(Screen.GOAL_EDITOR, new EditorTarget(DemoOrganisation.SAMIA, permis.id())));
        waitFor("#step-name-0");
        Scrolling.reveal(lookup("#step-name-0").query());
        GoalStep first = lookup("#step-0").queryAs(org.jalons.ui.StepRow.class).step();
        TextField name = lookup("#step-name-0").queryAs(TextField.class);
        interact(name::requestFocus);
        interact(() -> name.setText("Réviser le code en ligne"));
        // Leaving the field keeps the new name.
        interact(() -> lookup("#new-step").queryAs(TextField.class).requestFocus());
        waitUntil(
                () -> store().goalSteps().find(first.id()).orElseThrow().label().equals("Réviser le code en ligne"));
        interact(() -> lookup("#step-status-0").queryComboBox().setValue(StepStatus.A_FAIRE));
        waitUntil(() -> store().goalSteps().find(first.id()).orElseThrow().doneDate() == null);
        assertThat(lookup("#step-done-0")
                        .queryAs(javafx.scene.control.DatePicker.class)
                        .getValue())
                .isNull();
        interact(() -> lookup("#step-status-0").queryComboBox().setValue(StepStatus.REALISEE));
        waitUntil(() -> today().equals(
                        store().goalSteps().find(first.id()).orElseThrow().doneDate()));
        assertThat(lookup("#step-done-0")
                        .queryAs(javafx.scene.control.DatePicker.class)
                        .getValue())
                .isEqualTo(store().goalSteps().find(first.id()).orElseThrow().doneDate());
        interact(() -> lookup("#step-due-0")
                .queryAs(javafx.scene.control.DatePicker.class)
                .setValue(today().plusDays(10)));
        waitUntil(() -> today().plusDays(10)
                .equals(store().goalSteps().find(first.id()).orElseThrow().dueDate()));

        Scrolling.reveal(lookup("#step-delete-0").query());
        clickOn("#step-delete-0");
        tap("#confirm-yes");
        waitUntil(() -> store().goalSteps().find(first.id()).isEmpty());
        assertThat(store().outbox().pending(1000))
                .anyMatch(e -> e.recordId().equals(first.id()) && e.op() == OutboxEntry.Op.DELETE);

        // Undo: the step is back, revived in the store with all its fields, and sent again like any change.
        var deleted = store().goalSteps().findStored(first.id()).orElseThrow().record();
        tap("#snackbar-action");
        waitUntil(() -> store().goalSteps().find(first.id()).isPresent());
        assertThat(store().goalSteps().find(first.id()).orElseThrow()).isEqualTo(deleted);
        assertThat(store().outbox().pending(1000))
                .anyMatch(e -> e.recordId().equals(first.id()) && e.op() == OutboxEntry.Op.UPSERT);
    }

    @Test
    void samiaSetsAStepsStatusWithTheBigButtonsAndRemovesOneInEasyRead() {
        tap("#easy-read");
        openDemo("beneficiary");
        waitFor(".goal-card");
        Goal permis = store().goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(g -> g.phrasing().contains("permis"))
                .findFirst()
                .orElseThrow();
        revealAndTap("#my-goal-" + permis.id());
        waitUntil(() -> title().equals("Mon objectif"));
        waitFor("#step-0");
        assertThat(textOf("#my-goal-words")).isEqualTo(permis.phrasing());
        UUID todo = store().goalSteps().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(s -> s.goalId().equals(permis.id()) && s.status() != StepStatus.REALISEE)
                .map(GoalStep::id)
                .findFirst()
                .orElseThrow();
        int row = rowOf(todo);
        String buttons = "#step-" + row + "-status-";

        // No drop-down list and no separate "done" button: four big buttons, a pictogram and a short word each.
        assertThat(lookup("#step-status-" + row).tryQuery()).isEmpty();
        assertThat(lookup("#step-" + row + "-done-now").tryQuery()).isEmpty();
        StepStatus before = store().goalSteps().find(todo).orElseThrow().status();
        for (StepStatus status : StepStatus.values()) {
            ToggleButton b = lookup(buttons + status.name()).queryAs(ToggleButton.class);
            assertThat(b.getGraphic()).as(status + " pictogram").isNotNull();
            assertThat(b.getHeight()).as(status + " height").isGreaterThanOrEqualTo(48);
            assertThat(b.getAccessibleRole()).isEqualTo(AccessibleRole.RADIO_BUTTON);
            assertThat(b.getAccessibleHelp()).startsWith("Où j’en suis pour «\u00a0");
            assertThat(b.isSelected()).as(status + " marks the step's status").isEqualTo(status == before);
        }
        assertThat(lookup(buttons + "A_FAIRE").queryAs(ToggleButton.class).getText())
                .isEqualTo("À faire");
        assertThat(lookup(buttons + "EN_COURS").queryAs(ToggleButton.class).getText())
                .isEqualTo("En cours");
        assertThat(lookup(buttons + "REALISEE").queryAs(ToggleButton.class).getText())
                .isEqualTo("Fait");
        assertThat(lookup(buttons + "ABANDONNEE").queryAs(ToggleButton.class).getText())
                .isEqualTo("Arrêté");

        // One tap sets the status, saved at once; the tapped button is the marked one.
        revealAndTap(buttons + "REALISEE");
        waitUntil(() -> store().goalSteps().find(todo).orElseThrow().status() == StepStatus.REALISEE);
        assertThat(store().goalSteps().find(todo).orElseThrow().doneDate()).isEqualTo(today());
        assertThat(lookup(buttons + "REALISEE").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(lookup(buttons + before.name()).queryAs(ToggleButton.class).isSelected())
                .isFalse();
        // Tapping the marked one again changes nothing and keeps it marked.
        revealAndTap(buttons + "REALISEE");
        assertThat(lookup(buttons + "REALISEE").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        revealAndTap(buttons + "EN_COURS");
        waitUntil(() -> store().goalSteps().find(todo).orElseThrow().status() == StepStatus.EN_COURS);
        assertThat(store().goalSteps().find(todo).orElseThrow().doneDate()).isNull();
        assertThat(store().outbox().pending(1000))
                .anyMatch(e -> e.recordId().equals(todo)
                        && "EN_COURS".equals(e.fields().get("status")));

        // The status survives leaving and opening the goal again.
        tap("#back");
        waitFor(".goal-card");
        revealAndTap("#my-goal-" + permis.id());
        waitUntil(() -> title().equals("Mon objectif"));
        waitFor("#step-0");
        int again = rowOf(todo);
        waitUntil(() -> lookup("#step-" + again + "-status-EN_COURS")
                .queryAs(ToggleButton.class)
                .isSelected());
        assertThat(lookup("#step-" + again + "-status-REALISEE")
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isFalse();

        int stepsBefore = lookup(".step-row").queryAll().size();
        revealAndTap("#step-delete-" + again);
        waitFor("#confirm-yes");
        var kept = store().goalSteps().find(todo).orElseThrow();
        assertThat(textOf("#confirm-dialog-title"))
                .isEqualTo("J’enlève l’étape «\u00a0" + kept.label() + "\u00a0»\u00a0?");
        assertThat(lookup("#confirm-yes").queryButton().getGraphic()).isNotNull();
        tap("#confirm-yes");
        waitUntil(() -> store().goalSteps().find(todo).isEmpty());

        // "Annuler" in the snackbar brings the step back, exactly as it was, in the store and on the screen.
        waitFor("#snackbar-action");
        assertThat(textOf("#snackbar-text")).isEqualTo("L’étape «\u00a0" + kept.label() + "\u00a0» est enlevée.");
        tap("#snackbar-action");
        waitUntil(() -> store().goalSteps().find(todo).isPresent());
        assertThat(store().goalSteps().find(todo).orElseThrow()).isEqualTo(kept);
        waitUntil(() -> lookup(".step-row").queryAll().size() == stepsBefore);
    }

    @Test
    void withoutEasyReadMyGoalKeepsTheDropDownAndTheDoneButton() {
        openDemo("beneficiary");
        waitFor(".goal-card");
        revealAndTap(".my-goal-open");
        waitFor("#step-0");
        assertThat(lookup("#step-status-0").queryComboBox()).isNotNull();
        assertThat(lookup("#step-0-status").tryQuery()).isEmpty();
    }

    /** The row showing a step, whatever the order the screen shows them in. */
    private int rowOf(UUID step) {
        for (int i = 0; lookup("#step-" + i).tryQuery().isPresent(); i++) {
            if (lookup("#step-" + i)
                    .queryAs(org.jalons.ui.StepRow.class)
                    .step()
                    .id()
                    .equals(step)) {
                return i;
            }
        }
        throw new AssertionError("no row for step " + step);
    }
}
