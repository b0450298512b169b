package org.jalons.goal;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.domain.GoalStep;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.StepRow;
import org.kordamp.ikonli.material2.Material2AL;

/** The steps of a goal in its editor: each new step, rename, status, date or delete is written at once. */
final class StepsSection {
    private StepsSection() {}

    static Node of(GoalEditorModel model, Messages m) {
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
        Button add = Icons.iconButton(Material2AL.ADD, m.get("goal.step.add"), () -> {
            if (model.goalExists()) {
                addStep.run();
            } else if (!model.commit(addStep)) { // the step is added once its goal is written
                error.set(m.get("goal.step.saveGoalFirst"));
            }
        });
        add.setId("add-step");
        HBox adder = new HBox(8, label, add);
        VBox box = new VBox(
                8,
                Components.text(m.get("goal.steps"), "section-heading"),
                list,
                Components.field(m.get("goal.step.new"), adder, error));
        return box;
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
