package org.jalons.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.domain.GoalStep;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.ui.kit.DateField;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One step of a goal, changed where it stands: its name (kept when the field is left), its status, the day it is
 * planned for and the day it was done, and a delete that asks first. The counsellor's goal editor and the person's
 * own goal screen show the same row, each with its own words ({@code text}: key and arguments → text, easy-read
 * for "Mon parcours"). Nothing waits for a save button: each change goes to the owner at once, and the owner shows
 * the stored step back with {@link #show(GoalStep)} (marking it done fills the done date, and the other way round).
 */
public final class StepRow extends VBox {
    /** What the row's changes do; {@code rename} returns the problem in words, or "" once saved. */
    public interface Actions {
        String rename(GoalStep step, String label);

        void status(GoalStep step, StepStatus status);

        void due(GoalStep step, LocalDate due);

        void done(GoalStep step, LocalDate done);

        void delete(GoalStep step);

        /** Undoes {@link #delete}: the step, as the row showed it, is back in the store and in the list. */
        void restore(GoalStep step);

        /** The actions as a view model's own step methods, the counsellor's and the person's alike. */
        static Actions of(
                BiFunction<GoalStep, String, String> rename,
                BiConsumer<GoalStep, StepStatus> status,
                BiConsumer<GoalStep, LocalDate> due,
                BiConsumer<GoalStep, LocalDate> done,
                Consumer<GoalStep> delete,
                Consumer<GoalStep> restore) {
            return new Actions() {
                @Override
                public String rename(GoalStep step, String label) {
                    return rename.apply(step, label);
                }

                @Override
                public void status(GoalStep step, StepStatus chosen) {
                    status.accept(step, chosen);
                }

                @Override
                public void due(GoalStep step, LocalDate date) {
                    due.accept(step, date);
                }

                @Override
                public void done(GoalStep step, LocalDate date) {
                    done.accept(step, date);
                }

                @Override
                public void delete(GoalStep step) {
                    delete.accept(step);
                }

                @Override
                public void restore(GoalStep step) {
                    restore.accept(step);
                }
            };
        }
    }

    private final TextField name = new TextField();
    private final ComboBox<StepStatus> status = new ComboBox<>();
    private final DateField due;
    private final DateField done;
    private final StringProperty error = new SimpleStringProperty("");
    private final Actions actions;
    private final Button delete;
    private Button quickDone;
    private StepStatusButtons statusButtons;
    private GoalStep step;
    private boolean showing;

    public StepRow(
            GoalStep initial,
            int index,
            BiFunction<String, Object[], String> text,
            Function<StepStatus, String> statusLabel,
            Actions actions) {
        super(6);
        this.due = new DateField(text::apply);
        this.done = new DateField(text::apply);
        this.step = initial;
        this.actions = actions;
        getStyleClass().add("step-row");
        setId("step-" + index);
        name.setId("step-name-" + index);
        name.setAccessibleText(text.apply("step.name", new Object[0]));
        Runnable rename = () -> {
            if (!showing && !name.getText().strip().equals(step.label())) {
                error.set(actions.rename(step, name.getText()));
            }
        };
        name.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                rename.run();
            }
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                rename.run();
            }
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        String deleteText = text.apply("step.delete", new Object[] {initial.label()});
        delete = Icons.iconButton(
                Material2AL.DELETE,
                deleteText,
                () -> Confirm.ask(
                        deleteText,
                        text.apply("step.delete.question", new Object[] {step.label()}),
                        text.apply("step.delete.body", new Object[0]),
                        text.apply("step.delete.yes", new Object[0]),
                        text.apply("step.delete.no", new Object[0]),
                        () -> {
                            GoalStep deleted = step;
                            actions.delete(deleted);
                            // Undo brings back exactly what was there (name, status and dates).
                            Snackbar.show(
                                    text.apply("step.deleted", new Object[] {deleted.label()}),
                                    text.apply("kit.undo", new Object[0]),
                                    () -> actions.restore(deleted));
                        }));
        delete.setId("step-delete-" + index);
        HBox top = new HBox(8, name, delete);
        top.setAlignment(Pos.CENTER_LEFT);

        status.getItems().setAll(StepStatus.values());
        status.setConverter(Labels.shownAs(statusLabel));
        status.setAccessibleText(text.apply("step.status", new Object[] {initial.label()}));
        status.setId("step-status-" + index);
        status.setMaxWidth(Double.MAX_VALUE);
        status.valueProperty().addListener((obs, old, now) -> {
            if (!showing && now != null && now != step.status()) {
                actions.status(step, now);
            }
        });

        date(due, "step-due-" + index, text.apply("step.due", new Object[0]), d -> {
            if (!Objects.equals(d, step.dueDate())) {
                actions.due(step, d);
            }
        });
        date(done, "step-done-" + index, text.apply("step.done", new Object[0]), d -> {
            if (!Objects.equals(d, step.doneDate())) {
                actions.done(step, d);
            }
        });
        VBox dueField = Components.field(text.apply("step.due", new Object[0]), due, due.refusalProperty());
        VBox doneField = Components.field(text.apply("step.done", new Object[0]), done, done.refusalProperty());
        for (VBox f : new VBox[] {dueField, doneField}) {
            HBox.setHgrow(f, Priority.ALWAYS);
            f.setMinWidth(0);
            f.setPrefWidth(1);
        }
        HBox dates = new HBox(8, dueField, doneField);
        getChildren().addAll(Components.field(text.apply("step.name", new Object[0]), top, error), status, dates);
        show(initial);
    }

    /** Shows the step as stored now, without sending anything back. */
    public void show(GoalStep stored) {
        showing = true;
        try {
            step = stored;
            if (!name.isFocused()) {
                name.setText(stored.label());
            }
            status.setValue(stored.status());
            if (statusButtons != null) {
                statusButtons.show(stored.status());
            }
            due.setValue(stored.dueDate());
            done.setValue(stored.doneDate());
            if (quickDone != null) {
                quickDone.setVisible(stored.status() != StepStatus.REALISEE);
                quickDone.setManaged(quickDone.isVisible());
            }
        } finally {
            showing = false;
        }
    }

    /**
     * Only the status and the done date can change (a step of a goal that is not the person's own: the server
     * accepts no more, PROTOCOL.md "Write rights"): the name and the planned day are shown, not editable, and
     * there is no delete.
     */
    public StepRow statusOnly() {
        name.setEditable(false);
        due.setDisable(true);
        delete.setVisible(false);
        delete.setManaged(false);
        return this;
    }

    /** Adds a big "done" button with a pictogram (easy-read: one tap instead of a list), shown until it is done. */
    public StepRow offerDone(String text) {
        quickDone = new Button(text, Icons.icon(Material2AL.CHECK_CIRCLE, 24));
        quickDone.setId(getId() + "-done-now");
        quickDone.setWrapText(true);
        quickDone.setMaxWidth(Double.MAX_VALUE);
        quickDone.setMinHeight(Button.USE_PREF_SIZE);
        quickDone.setAccessibleText(text);
        quickDone.getStyleClass().addAll("my-action", "accent");
        quickDone.setOnAction(e -> actions.status(step, StepStatus.REALISEE));
        getChildren().add(1, quickDone);
        show(step);
        return this;
    }

    /**
     * Easy-read: the status as big buttons, a pictogram and a short word each ({@code word}), instead of the
     * drop-down list; one tap sets it at once.
     */
    public StepRow statusButtons(Function<StepStatus, String> word) {
        statusButtons = new StepStatusButtons(getId() + "-status", status.getAccessibleText(), word, chosen -> {
            if (chosen != step.status()) {
                actions.status(step, chosen);
            }
        });
        getChildren().set(getChildren().indexOf(status), statusButtons);
        show(step);
        return this;
    }

    public GoalStep step() {
        return step;
    }

    /**
     * Keeps rows in {@code box} in step with {@code steps}: a changed step is shown again in its row (not rebuilt
     * under the finger); a step added or removed rebuilds the list with {@code redraw}.
     */
    public static void follow(
            javafx.collections.ObservableList<GoalStep> steps, javafx.scene.layout.Pane box, Runnable redraw) {
        steps.addListener((javafx.collections.ListChangeListener<GoalStep>) c -> {
            boolean structural = false;
            while (c.next()) {
                if (c.wasReplaced()) {
                    for (GoalStep changed : c.getAddedSubList()) {
                        box.getChildren().stream()
                                .filter(n ->
                                        n instanceof StepRow r && r.step().id().equals(changed.id()))
                                .findFirst()
                                .ifPresent(n -> ((StepRow) n).show(changed));
                    }
                } else if (c.wasAdded() || c.wasRemoved()) {
                    structural = true;
                }
            }
            if (structural) {
                redraw.run();
            }
        });
    }

    private void date(DatePicker picker, String id, String accessible, Consumer<LocalDate> onChange) {
        picker.setId(id);
        picker.setAccessibleText(accessible);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setMinWidth(0);
        picker.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                onChange.accept(now);
            }
        });
        // A date typed and left (not only picked) is read when the field loses focus.
        picker.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                try {
                    picker.setValue(
                            picker.getConverter().fromString(picker.getEditor().getText()));
                } catch (RuntimeException e) {
                    picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
                }
            }
        });
    }
}
