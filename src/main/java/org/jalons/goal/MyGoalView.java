package org.jalons.goal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.beneficiary.Pictograms;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.StepRow;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateFormats;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One of my goals: my words, then my steps (name, status, when, done, remove), and adding a step or saying how I
 * feel. In easy-read mode a step's status is four big buttons rather than a drop-down list.
 */
public final class MyGoalView implements View {
    /** Where the screen leads: a new step for this goal, or a check-in on it. */
    public interface Actions {
        void newStep(UUID goalId);

        void checkIn(UUID goalId);
    }

    private final MyGoalViewModel model;
    private final EasyRead texts;
    private final Actions actions;
    private final VBox head = new VBox(8);
    private final VBox list = new VBox(12);
    private final Node root;

    public MyGoalView(MyGoalViewModel model, EasyRead texts, Actions actions) {
        this.model = model;
        this.texts = texts;
        this.actions = actions;
        list.setId("my-steps");
        Button addStep = EasyRead.action(
                "add-my-step",
                Material2AL.ADD_TASK,
                texts.get("my.goal.addStep"),
                () -> actions.newStep(model.goalId()));
        addStep.setVisible(false);
        addStep.setManaged(false);
        Label hint = Components.text(texts.get("my.goal.stepsHint"), "hint");
        VBox content = new VBox(
                14,
                Components.busy(model.loadingProperty(), texts.get("my.loading")),
                Components.message(model.errorProperty(), "message-error"),
                head,
                Components.text(texts.get("my.goal.steps"), "my-section"),
                hint,
                list,
                addStep);
        root = texts.apply(Components.screen(content));
        model.goalProperty().addListener((obs, was, goal) -> {
            // steps are added to my own goals only (write rights); the goal is known once loaded
            addStep.setVisible(model.mayAddSteps());
            addStep.setManaged(addStep.isVisible());
            hint.setText(texts.get(model.mayEditSteps() ? "my.goal.stepsHint" : "my.goal.sharedStepsHint"));
            showGoal(goal);
        });
        StepRow.follow(model.steps(), list, this::showSteps);
        model.load();
    }

    private void showGoal(Goal goal) {
        head.getChildren().clear();
        if (goal == null) {
            return;
        }
        Label theme = Components.text(
                goal.theme().isCustom()
                        ? goal.theme().custom()
                        : texts.label(goal.theme().known()),
                "card-theme",
                "my-theme");
        theme.setGraphic(Icons.icon(Pictograms.theme(goal.theme().known()), 28));
        Label words = Components.text(goal.phrasing(), "card-title");
        words.setId("my-goal-words");
        VBox card = new VBox(
                8,
                theme,
                words,
                Components.text(texts.label(goal.status()), "status", goal.isOpen() ? "status-open" : "status-closed"));
        if (goal.targetDate() != null) {
            card.getChildren().add(Components.text(texts.get("my.target", date(goal.targetDate())), "row-detail"));
        }
        card.getChildren().add(MyGoalVoice.of(goal, model, texts));
        if (goal.isOpen()) {
            var checkIn = EasyRead.action(
                    "my-goal-check-in",
                    Material2MZ.SENTIMENT_SATISFIED,
                    texts.get("my.checkIn"),
                    () -> actions.checkIn(goal.id()));
            card.getChildren().add(checkIn);
        }
        card.getStyleClass().addAll("card", "goal-card");
        head.getChildren().add(card);
    }

    private String date(LocalDate d) {
        return DateFormats.longDate(d, texts.messages().locale());
    }

    private void showSteps() {
        List<Node> rows = new ArrayList<>();
        List<GoalStep> steps = model.steps();
        for (int i = 0; i < steps.size(); i++) {
            StepRow row = new StepRow(
                    steps.get(i),
                    i,
                    texts::get,
                    texts.messages()::label,
                    StepRow.Actions.of(
                            model::rename,
                            model::setStatus,
                            model::setDueDate,
                            model::setDoneDate,
                            model::delete,
                            model::restore));
            if (!model.mayEditSteps()) {
                row.statusOnly();
            }
            if (texts.isOn()) {
                // Easy-read: four big buttons (to do, in progress, done, stopped) instead of the list and "done".
                row.statusButtons(status -> texts.get("step.state." + status.name()));
            } else {
                row.offerDone(texts.get("my.goal.doneNow"));
            }
            row.getStyleClass().add("card");
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(Components.text(texts.get("my.goal.noStep"), "empty-text"));
        }
        list.getChildren().setAll(rows);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.goal.title");
    }
}
