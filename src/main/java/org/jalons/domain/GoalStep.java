package org.jalons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.StepStatus;

/**
 * A concrete action towards a goal, with the day it is planned for and the day it was done. Both people change
 * steps (rename, dates, status): the "with" methods give the changed step, the repository keeps the change.
 */
public record GoalStep(
        UUID id,
        UUID beneficiaryId,
        UUID goalId,
        String label,
        StepStatus status,
        LocalDate dueDate,
        LocalDate doneDate)
        implements JalonsRecord {

    /** A step not done yet. */
    public GoalStep(UUID id, UUID beneficiaryId, UUID goalId, String label, StepStatus status, LocalDate dueDate) {
        this(id, beneficiaryId, goalId, label, status, dueDate, null);
    }

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("goalId", goalId)
                .required("label", label)
                .text(RecordSchema.GOAL_STEP, "label", label)
                .required("status", status)
                .plausible("dueDate", dueDate)
                .plausible("doneDate", doneDate)
                .list();
    }

    public GoalStep withLabel(String newLabel) {
        return new GoalStep(
                id, beneficiaryId, goalId, newLabel == null ? null : newLabel.strip(), status, dueDate, doneDate);
    }

    public GoalStep withDueDate(LocalDate due) {
        return new GoalStep(id, beneficiaryId, goalId, label, status, due, doneDate);
    }

    /** A done date set on a step not done yet marks it done: the date says it happened. */
    public GoalStep withDoneDate(LocalDate done) {
        StepStatus next = done != null && status != StepStatus.REALISEE ? StepStatus.REALISEE : status;
        return new GoalStep(id, beneficiaryId, goalId, label, next, dueDate, done);
    }

    /** Marked done, the step gets today as its done date if it had none; no longer done, it loses it. */
    public GoalStep withStatus(StepStatus next, LocalDate today) {
        LocalDate done = next == StepStatus.REALISEE ? (doneDate != null ? doneDate : today) : null;
        return new GoalStep(id, beneficiaryId, goalId, label, next, dueDate, done);
    }

    public boolean isLate(LocalDate today) {
        return dueDate != null
                && dueDate.isBefore(today)
                && (status == StepStatus.A_FAIRE || status == StepStatus.EN_COURS);
    }
}
