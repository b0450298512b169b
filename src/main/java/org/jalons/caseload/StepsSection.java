package org.jalons.caseload;

import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Vocabulary.StepStatus;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/** The steps of a goal in its editor: each status change and each new step is written at once. */
final class StepsSection {
    private StepsSection() {
    }

    static Node of(GoalEditorModel model, Messages m) {
        VBox list = new VBox(8);
        list.setId("steps");
        Runnable redraw = () -> list.getChildren().setAll(model.steps().stream().map(s -> row(model, s, m)).toList());
        model.steps().addListener((ListChangeListener<GoalStep>) c -> redraw.run());
        redraw.run();
        TextField label = new TextField();
        label.setId("new-step");
        label.setPromptText(m.get("goal.step.prompt"));
        label.setAccessibleText(m.get("goal.step.prompt"));
        HBox.setHgrow(label, Priority.ALWAYS);
        StringProperty error = new SimpleStringProperty("");
        Button add = Icons.iconButton(Material2AL.ADD, m.get("goal.step.add"), () -> {
            if (!model.goalExists() && !model.commit()) {
                error.set(m.get("goal.step.saveGoalFirst"));
                return;
            }
            String problem = model.addStep(label.getText());
            error.set(problem);
            if (problem.isEmpty()) {
                label.clear();
            }
        });
        add.setId("add-step");
        HBox adder = new HBox(8, label, add);
        VBox box = new VBox(8, Components.text(m.get("goal.steps"), "section-heading"), list,
                Components.field(m.get("goal.step.new"), adder, error));
        return box;
    }

    private static Node row(GoalEditorModel model, GoalStep step, Messages m) {
        ComboBox<StepStatus> status = new ComboBox<>();
        status.getItems().setAll(StepStatus.values());
        status.setValue(step.status());
        status.setConverter(org.jalons.ui.Labels.shownAs(m::label));
        status.setAccessibleText(m.get("goal.step.status", step.label()));
        status.setId("step-status-" + step.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        status.setMaxWidth(Double.MAX_VALUE);
        status.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != step.status()) {
                model.setStepStatus(step, now);
            }
        });
        VBox row = new VBox(4, Components.text(step.label(), "fact-value"), status);
        row.getStyleClass().add("step-row");
        return row;
    }
}
