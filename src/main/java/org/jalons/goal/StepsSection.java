package org.jalons.goal;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.domain.GoalStep;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.StepRow;

/** The steps of a goal in its editor: each new step, rename, status, date or delete is written at once. */
final class StepsSection {
    private StepsSection() {}

    /**
     * The steps, and the field for a new one. {@code add} is the screen's floating button: it adds the step typed
     * in the field (Enter in the field does too), or, the field empty, brings the field into view to type it.
     */
    static Node of(GoalEditorModel model, Messages m, Button add) {
        VBox list = new VBox(8);
        list.setId("steps");
        Runnable redraw = () -> {
            List<Node> rows = new ArrayList<>();
            for (int i = 0; i < model.steps().size(); i++) {
                rows.add(row(model, model.steps().get(i), i, m));
            }
            list.getChildren().setAll(rows);
        };
        StepRow.follow(model.steps(), list, redraw);
        redraw.run();
        TextField label = new TextField();
        label.setId("new-step");
        label.setPromptText(m.get("goal.step.prompt"));
        label.setAccessibleText(m.get("goal.step.prompt"));
        HBox.setHgrow(label, Priority.ALWAYS);
        StringProperty error = new SimpleStringProperty("");
        Runnable addStep = () -> {
            String problem = model.addStep(label.getText());
            error.set(problem);
            if (problem.isEmpty()) {
                label.clear();
            }
        };
        Runnable addTyped = () -> {
            if (model.goalExists()) {
                addStep.run();
            } else if (!model.commit(addStep)) { // the step is added once its goal is written
                error.set(m.get("goal.step.saveGoalFirst"));
            }
        };
        label.setOnAction(e -> addTyped.run());
        add.setOnAction(e -> {
            if (label.getText().isBlank()) {
                reveal(label);
                label.requestFocus();
            } else {
                addTyped.run();
            }
        });
        add.setId("add-step");
        VBox box = new VBox(
                8,
                Components.text(m.get("goal.steps"), "section-heading"),
                list,
                Components.field(m.get("goal.step.new"), label, error));
        return box;
    }

    /** Scrolls the screen so that the new step's field shows, above the floating button. */
    private static void reveal(Node field) {
        Node p = field.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()))
                    .getMinY();
            double extra = content.getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            if (extra > 0) {
                scroll.setVvalue(Math.max(
                        0, Math.min(1, (y - scroll.getViewportBounds().getHeight() / 3) / extra)));
            }
        }
    }

    private static Node row(GoalEditorModel model, GoalStep step, int index, Messages m) {
        return new StepRow(
                step,
                index,
                m::get,
                m::label,
                StepRow.Actions.of(
                        model::renameStep,
                        model::setStepStatus,
                        model::setStepDueDate,
                        model::setStepDoneDate,
                        model::deleteStep,
                        model::restoreStep));
    }
}
