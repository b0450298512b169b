package org.jalons.goal;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.jalons.beneficiary.FormWizard;
import org.jalons.beneficiary.MyForms;
import org.jalons.beneficiary.MyGoals;
import org.jalons.beneficiary.Pictograms;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateField;
import org.kordamp.ikonli.material2.Material2AL;

/** A step of my own: which goal it serves, and what I will do. */
public final class NewStepView implements View {
    private final EasyRead texts;
    private final Node root;

    public NewStepView(NewStepViewModel model, EasyRead texts, Runnable onSaved) {
        this.texts = texts;
        VBox goals = new VBox(8);
        goals.setId("step-goals");
        ToggleGroup group = new ToggleGroup();
        for (MyGoals g : model.goals()) {
            ToggleButton b = new ToggleButton(g.phrasing(), Icons.icon(Pictograms.theme(g.theme()), 28));
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinHeight(ToggleButton.USE_PREF_SIZE);
            b.setAccessibleText(g.phrasing());
            b.setToggleGroup(group);
            b.getStyleClass().add("goal-toggle");
            b.setSelected(g.equals(model.chosenGoal()));
            model.goalProperty().addListener((obs, was, now) -> b.setSelected(g.equals(model.chosenGoal())));
            b.setOnAction(e -> {
                b.setSelected(true);
                model.chooseGoal(g);
            });
            goals.getChildren().add(b);
        }
        if (model.goals().isEmpty()) {
            goals.getChildren().add(Components.text(texts.get("my.noGoal"), "empty-text"));
        }
        Label goalError = Components.message(model.goalErrorProperty(), "field-error");
        var label = MyForms.textField(
                "step-label", texts.get("my.step.label"), model.labelProperty(), model.labelErrorProperty());
        DateField due = new DateField(texts::get, model.dueDate());
        due.setId("step-due");
        due.setAccessibleText(texts.get("my.step.due"));
        due.setMaxWidth(Double.MAX_VALUE);
        due.valueProperty().addListener((obs, was, now) -> model.chooseDueDate(now));
        model.dueProperty().addListener((obs, was, now) -> due.setValue(model.dueDate()));
        due.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                try {
                    due.setValue(due.getConverter().fromString(due.getEditor().getText()));
                } catch (RuntimeException e) {
                    due.getEditor().setText(due.getConverter().toString(due.getValue()));
                }
            }
        });
        VBox dueField = Components.field(texts.get("my.step.due"), due, due.refusalProperty());
        if (texts.isOn()) {
            root = FormWizard.of(
                    model,
                    texts,
                    List.of(
                            new FormWizard.Page(Material2AL.FLAG, texts.get("my.step.goalQuestion"), goals, goalError),
                            new FormWizard.Page(Material2AL.ADD_TASK, texts.get("my.step.label"), label),
                            new FormWizard.Page(Material2AL.EVENT, texts.get("my.step.dueQuestion"), dueField)),
                    () -> model.save(onSaved));
            return;
        }
        var save = MyForms.save("save-step", texts, model.busyProperty(), () -> model.save(onSaved));
        root = MyForms.screen(
                texts,
                save,
                model.errorProperty(),
                Components.text(texts.get("my.step.goalQuestion"), "field-label", "my-question"),
                goals,
                goalError,
                label,
                dueField);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.addStep");
    }
}
