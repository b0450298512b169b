package org.jalons.beneficiary;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Vocabulary.StepStatus;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;

/** A step of my own towards one of my open goals ("Appeler l'auto-école"). */
public final class NewStepViewModel extends FormModel {
    static final int MAX_LABEL = 500;

    private final List<MyGoals> goals;
    private final StringProperty goal = new SimpleStringProperty(this, "goal", "");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty goalError = new SimpleStringProperty(this, "goalError", "");
    private final StringProperty labelError = new SimpleStringProperty(this, "labelError", "");

    public NewStepViewModel(LocalStore store, Background background, EasyRead texts) {
        this(store, background, texts, null);
    }

    /** With {@code forGoal}, the step is for that goal (opened from the goal's own screen). */
    public NewStepViewModel(LocalStore store, Background background, EasyRead texts, UUID forGoal) {
        super(store, background, texts, "my-new-step");
        goals = MyGoals.open(store);
        draft.bind("goal", goal).bind("label", label);
        if (forGoal != null && goals.stream().anyMatch(g -> g.id().equals(forGoal))) {
            goal.set(forGoal.toString());
        } else if (chosenGoal() == null && goals.size() == 1) {
            goal.set(goals.get(0).id().toString());
        }
    }

    public List<MyGoals> goals() {
        return goals;
    }

    public void chooseGoal(MyGoals chosen) {
        goal.set(chosen.id().toString());
        goalError.set("");
    }

    public MyGoals chosenGoal() {
        return goals.stream().filter(g -> g.id().toString().equals(goal.get())).findFirst().orElse(null);
    }

    public boolean save(Runnable onSaved) {
        MyGoals chosen = chosenGoal();
        goalError.set(chosen == null ? texts.get("my.step.goalMissing") : "");
        labelError.set(check(label.get(), MAX_LABEL, "my.step.labelMissing"));
        if (chosen == null || !labelError.get().isEmpty()) {
            return false;
        }
        GoalStep step = new GoalStep(UUID.randomUUID(), me(), chosen.id(), label.get().strip(), StepStatus.A_FAIRE,
                null);
        write(() -> store.goalSteps().save(step), onSaved);
        return true;
    }

    public StringProperty goalProperty() {
        return goal;
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
