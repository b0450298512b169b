package org.jalons.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.WriteRights;
import org.jalons.domain.WriteRights.Operation;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.ProposedStatus;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of my goals and its steps, which I can rename, date, mark done or remove (removed steps are kept as
 * tombstones so that the removal syncs). Every change is written on the store thread at once. On a goal I did not
 * propose myself (the counsellor's, or a joint one), I only say where each step stands: the write rights the
 * server applies ({@link WriteRights}).
 */
public final class MyGoalViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MyGoalViewModel.class);

    /** The most a goal's words hold (the protocol's limit). */
    static final int MAX_WORDS =
            (int) org.jalons.protocol.RecordSchema.GOAL.fields().get("phrasing").max();

    private final LocalStore store;
    private final Background background;
    private final EasyRead texts;
    private final Clock clock;
    private final UUID goalId;
    private final ObjectProperty<Goal> goal = new SimpleObjectProperty<>(this, "goal");
    private final ObservableList<GoalStep> steps = FXCollections.observableArrayList();
    /** Where each step deleted on this screen stood, to put it back there on "Undo". */
    private final java.util.Map<java.util.UUID, Integer> removedAt = new java.util.HashMap<>();

    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public MyGoalViewModel(LocalStore store, Background background, EasyRead texts, Clock clock, UUID goalId) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.clock = clock;
        this.goalId = goalId;
    }

    private record Read(Goal goal, List<GoalStep> steps) {}

    public void load() {
        loading.set(true);
        background.run(
                () -> new Read(
                        store.goals().find(goalId).orElse(null),
                        store.goalSteps().forBeneficiary(store.profile().beneficiaryId()).stream()
                                .filter(s -> s.goalId().equals(goalId))
                                .sorted(Comparator.comparing(
                                        GoalStep::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                                .toList()),
                read -> {
                    goal.set(read.goal());
                    steps.setAll(read.steps());
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("My goal {} could not be read", goalId, failure);
                    error.set(texts.get("my.saveFailed"));
                });
    }

    public UUID goalId() {
        return goalId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether I may add steps to this goal (it is mine). */
    public boolean mayAddSteps() {
        return may(Operation.CREATE, Set.of());
    }

    /** Whether I may rename, date and remove this goal's steps (it is mine); otherwise only their status. */
    public boolean mayEditSteps() {
        return may(Operation.EDIT, Set.of("label", "dueDate")) && may(Operation.DELETE, Set.of());
    }

    private boolean may(Operation operation, Set<String> fields) {
        Goal shown = goal.get();
        boolean mine = shown != null && shown.proposedBy() == ProposedBy.BENEFICIARY;
        return WriteRights.allows(
                Role.BENEFICIARY,
                "goalStep",
                operation,
                fields,
                condition -> WriteRights.STEP_OF_OWN_GOAL.equals(condition) && mine);
    }

    /** Renames a step; returns the problem in words, or "" when the name is fine (it is then being saved). */
    public String rename(GoalStep step, String label) {
        if (!mayEditSteps()) {
            return texts.get("my.step.notMine");
        }
        String problem = check(label);
        if (problem.isEmpty()) {
            change(step, s -> s.withLabel(label));
        }
        return problem;
    }

    private String check(String label) {
        String text = label == null ? "" : label.strip();
        if (text.isEmpty()) {
            return texts.get("my.step.labelMissing");
        }
        return text.length() > NewStepViewModel.MAX_LABEL
                ? texts.get("my.tooLong", text.length(), NewStepViewModel.MAX_LABEL)
                : "";
    }

    public void setStatus(GoalStep step, StepStatus status) {
        change(step, s -> s.withStatus(status, today()));
    }

    public void setDueDate(GoalStep step, LocalDate due) {
        if (!mayEditSteps()) {
            return;
        }
        change(step, s -> s.withDueDate(due));
    }

    public void setDoneDate(GoalStep step, LocalDate done) {
        change(step, s -> s.withDoneDate(done));
    }

    /** "C'est fait": the step is done today. */
    public void markDone(GoalStep step) {
        setStatus(step, StepStatus.REALISEE);
    }

    public void delete(GoalStep step) {
        if (!mayEditSteps()) {
            return;
        }
        GoalStep now = current(step);
        int at = steps.indexOf(now);
        run(
                () -> {
                    store.goalSteps().delete(now.id());
                    return null;
                },
                () -> {
                    steps.remove(now);
                    removedAt.put(now.id(), at);
                });
    }

    /** Undoes a delete: the step exactly as it was is saved again (its tombstone revived) at its place in the list. */
    public void restore(GoalStep step) {
        if (!mayEditSteps() || steps.stream().anyMatch(s -> s.id().equals(step.id()))) {
            return;
        }
        run(() -> store.goalSteps().save(step), () -> {
            Integer at = removedAt.remove(step.id());
            steps.add(at == null || at < 0 ? steps.size() : Math.min(at, steps.size()), step);
        });
    }

    /**
     * Rewords the goal (every goal of my path: the write rights let me); returns the problem in words, or "" when
     * the words are fine (they are then being saved).
     */
    public String reword(String words) {
        String text = words == null ? "" : words.strip();
        if (text.isEmpty()) {
            return texts.get("my.voice.wordsMissing");
        }
        if (text.length() > MAX_WORDS) {
            return texts.get("my.tooLong", text.length(), MAX_WORDS);
        }
        changeGoal(g -> g.withPhrasing(text));
        return "";
    }

    /** "Je pense l'avoir atteint": I propose a status; my counsellor decides ({@code null}: I take it back). */
    public void propose(ProposedStatus proposal) {
        changeGoal(g -> g.withProposal(proposal, clock.instant()));
    }

    private void changeGoal(UnaryOperator<Goal> how) {
        Goal now = goal.get();
        if (now == null) {
            return;
        }
        Goal next = how.apply(now);
        if (next.equals(now) || !next.violations().isEmpty()) {
            return;
        }
        goal.set(next);
        run(() -> store.goals().save(next), () -> {});
    }

    private void change(GoalStep step, UnaryOperator<GoalStep> how) {
        GoalStep now = current(step);
        GoalStep next = how.apply(now);
        if (next.equals(now)) {
            return;
        }
        if (!next.violations().isEmpty()) {
            LOG.warn("A change of my step {} breaks {}", step.id(), next.violations());
            error.set(texts.get("my.saveFailed"));
            return;
        }
        int at = steps.indexOf(now);
        steps.set(at, next);
        run(() -> store.goalSteps().save(next), () -> {});
    }

    private void run(Callable<?> work, Runnable then) {
        error.set("");
        background.run(work, done -> then.run(), failure -> {
            LOG.error("A change of my steps could not be saved", failure);
            error.set(texts.get("my.saveFailed"));
        });
    }

    private GoalStep current(GoalStep step) {
        return steps.stream().filter(s -> s.id().equals(step.id())).findFirst().orElse(step);
    }

    public ReadOnlyObjectProperty<Goal> goalProperty() {
        return goal;
    }

    public ObservableList<GoalStep> steps() {
        return steps;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
