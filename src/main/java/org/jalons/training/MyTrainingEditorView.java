package org.jalons.training;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jalons.beneficiary.FormWizard;
import org.jalons.beneficiary.MyForms;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateField;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A training I declared, changed or deleted ({@link MyTrainingEditorModel}); in easy-read, one question per screen.
 */
public final class MyTrainingEditorView implements View {
    private final EasyRead texts;
    private final MyTrainingEditorModel model;
    private final Runnable onDone;
    private final Node root;

    public MyTrainingEditorView(MyTrainingEditorModel model, EasyRead texts, Runnable onDone) {
        this.texts = texts;
        this.model = model;
        this.onDone = onDone;
        if (!model.allowed()) {
            Node notMine = Components.text(texts.get("my.trainingEdit.notYours"), "row-detail");
            notMine.setId("training-not-mine");
            root = texts.apply(Components.screen(new VBox(14, notMine)));
            return;
        }
        var title = MyForms.textField(
                "training-title", texts.get("my.training.title"), model.titleProperty(), model.titleErrorProperty());
        var provider = MyForms.textField(
                "training-provider",
                texts.get("my.training.provider"),
                model.providerProperty(),
                model.providerErrorProperty());
        FlowPane kinds = choices(
                "training-kind",
                List.of(TrainingKind.values()),
                model::kindValue,
                model.kindProperty(),
                model::chooseKind);
        FlowPane statuses = choices(
                "training-status",
                MyTrainingEditorModel.STATUS_CHOICES,
                model::statusValue,
                model.statusProperty(),
                model::chooseStatus);
        DateField start = new DateField(texts::get, model.startDateValue());
        start.setId("training-start");
        start.valueProperty().addListener((obs, was, now) -> model.setStartDate(now));
        DateField end = new DateField(texts::get, model.endDateValue());
        end.setId("training-end");
        end.valueProperty().addListener((obs, was, now) -> model.setEndDate(now));
        VBox dates = new VBox(
                12,
                Components.field(texts.get("my.trainingEdit.start"), start, start.refusalProperty()),
                Components.field(texts.get("my.trainingEdit.end"), end, end.refusalProperty()),
                Components.message(model.datesErrorProperty(), "message-error"));
        var planned = MyForms.textField(
                "training-planned",
                texts.get("my.trainingEdit.plannedHours"),
                model.plannedHoursProperty(),
                emptyError());
        var done = MyForms.textField(
                "training-done", texts.get("my.trainingEdit.doneHours"), model.doneHoursProperty(), emptyError());
        VBox hours = new VBox(12, planned, done, Components.message(model.hoursErrorProperty(), "message-error"));
        if (texts.isOn()) {
            root = FormWizard.of(
                    model,
                    texts,
                    List.of(
                            new FormWizard.Page(Material2MZ.SCHOOL, texts.get("my.training.title"), title),
                            new FormWizard.Page(Material2AL.BUSINESS, texts.get("my.training.provider"), provider),
                            new FormWizard.Page(Material2AL.CATEGORY, texts.get("my.trainingEdit.kind"), kinds),
                            new FormWizard.Page(Material2MZ.TIMELAPSE, texts.get("my.training.status"), statuses),
                            new FormWizard.Page(Material2AL.EVENT, texts.get("my.trainingEdit.dates"), dates),
                            new FormWizard.Page(Material2AL.ACCESS_TIME, texts.get("my.trainingEdit.hours"), hours)),
                    () -> model.save(this::saved));
            return;
        }
        Button save = MyForms.save("save-training", texts, model.busyProperty(), () -> model.save(this::saved));
        VBox content = new VBox(
                14,
                title,
                provider,
                Components.text(texts.get("my.trainingEdit.kind"), "field-label"),
                kinds,
                Components.text(texts.get("my.training.status"), "field-label"),
                statuses,
                dates,
                hours,
                save,
                Components.message(model.errorProperty(), "message-error"));
        root = texts.apply(Components.screen(content));
    }

    private static ReadOnlyStringProperty emptyError() {
        return new javafx.beans.property.SimpleStringProperty("");
    }

    private <E extends Enum<E> & Code> FlowPane choices(
            String id,
            List<E> values,
            java.util.function.Supplier<E> current,
            ReadOnlyStringProperty changes,
            Consumer<E> choose) {
        // never wider than the screen: a long kind ("Formation en situation de travail") wraps at a large text size
        FlowPane pane = Flow.of(8, 8);
        pane.setId(id);
        ToggleGroup group = new ToggleGroup();
        Function<E, String> label = texts::label;
        for (E value : values) {
            ToggleButton b = new ToggleButton(label.apply(value));
            b.setId(id + "-" + value.name());
            b.setToggleGroup(group);
            b.setAccessibleText(b.getText());
            b.setSelected(value == current.get());
            changes.addListener((obs, was, now) -> b.setSelected(value == current.get()));
            b.setOnAction(e -> {
                b.setSelected(true);
                choose.accept(value);
            });
            pane.getChildren().add(b);
        }
        return pane;
    }

    private void saved() {
        Snackbar.show(texts.get("my.trainingEdit.saved"));
        onDone.run();
    }

    private void askDelete() {
        Confirm.ask(
                texts.get("my.trainingEdit.delete"),
                texts.get("my.trainingEdit.deleteQuestion", model.originalTitle()),
                texts.get("my.trainingEdit.deleteBody"),
                texts.get("my.trainingEdit.deleteYes"),
                texts.get("my.trainingEdit.deleteNo"),
                () -> model.delete(() -> {
                    Snackbar.show(texts.get("my.trainingEdit.deleted"));
                    onDone.run();
                }),
                Material2AL.DELETE,
                Material2AL.ARROW_BACK);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.trainingEdit.title");
    }

    @Override
    public List<Node> headerActions() {
        if (!model.allowed()) {
            return List.of();
        }
        var delete = Icons.iconButton(Material2AL.DELETE, texts.get("my.trainingEdit.delete"), this::askDelete);
        delete.setId("delete-training");
        return List.of(delete);
    }
}
