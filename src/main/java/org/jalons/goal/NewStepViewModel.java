package org.jalons.goal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.beneficiary.FormModel;
import org.jalons.beneficiary.MyGoals;
import org.jalons.domain.GoalStep;
import org.jalons.domain.JalonsRecord;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;

/** A step of my own towards one of my open goals ("Appeler l'auto-école"). */
public final class NewStepViewModel extends FormModel {
    static final int MAX_LABEL = 500;

    private final List<MyGoals> goals;
    private final StringProperty goal = new SimpleStringProperty(this, "goal", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty goalError = new SimpleStringProperty(this, "goalError", "");
    private final StringProperty labelError = new SimpleStringProperty(this, "labelError", "");
    private final StringProperty due = new SimpleStringProperty(this, "due", "");

    public NewStepViewModel(LocalStore store, Background background, EasyRead texts) {
        this(store, background, texts, null);
    }

    /** With {@code forGoal}, the step is for that goal (opened from the goal's own screen). */
    public NewStepViewModel(LocalStore store, Background background, EasyRead texts, UUID forGoal) {
        super(store, background, texts, DraftKey.of(DraftKey.Form.MY_NEW_STEP));
        goals = MyGoals.forNewSteps(store);
        form.add("goal", goal);
        form.add("label", label);
        form.add("due", due);
        loadDraft(() -> {
            if (forGoal != null && goals.stream().anyMatch(g -> g.id().equals(forGoal))) {
                goal.set(forGoal.toString());
            } else if (chosenGoal() == null && goals.size() == 1) {
                goal.set(goals.get(0).id().toString());
            }
        });
    }

    public List<MyGoals> goals() {
        return goals;
    }

    public void chooseGoal(MyGoals chosen) {
        goal.set(chosen.id().toString());
        goalError.set("");
    }

    public MyGoals chosenGoal() {
        return goals.stream()
                .filter(g -> g.id().toString().equals(goal.get()))
                .findFirst()
                .orElse(null);
    }

    @Override
    protected List<BooleanSupplier> pages() {
        return List.of(this::checkGoal, this::checkLabel, () -> true);
    }

    boolean checkGoal() {
        goalError.set(chosenGoal() == null ? texts.get("my.step.goalMissing") : "");
        return goalError.get().isEmpty();
    }

    boolean checkLabel() {
        labelError.set(check(label.get(), MAX_LABEL, "my.step.labelMissing"));
        return labelError.get().isEmpty();
    }

    /** The day I plan to do it, or null (it is optional). */
    public LocalDate dueDate() {
        try {
            return due.get() == null || due.get().isBlank() ? null : LocalDate.parse(due.get());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void chooseDueDate(LocalDate day) {
        due.set(day == null ? "" : day.toString());
    }

    public boolean save(Runnable onSaved) {
        boolean goalOk = checkGoal();
        if (!checkLabel() || !goalOk) {
            return false;
        }
        MyGoals chosen = chosenGoal();
        GoalStep step = new GoalStep(
                JalonsRecord.newId(), me(), chosen.id(), label.get().strip(), StepStatus.A_FAIRE, dueDate());
        write(() -> store.goalSteps().save(step), onSaved);
        return true;
    }

    public StringProperty goalProperty() {
        return goal;
    }

    /** The date the step is due, as kept in the draft ("" when none). */
    public ReadOnlyStringProperty dueProperty() {
        return due;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ReadOnlyStringProperty goalErrorProperty() {
        return goalError;
    }

    public ReadOnlyStringProperty labelErrorProperty() {
        return labelError;
    }
}
