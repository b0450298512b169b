package org.jalons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Vocabulary.StepStatus;

/** A concrete action towards a goal. */
public record GoalStep(UUID id, UUID beneficiaryId, UUID goalId, String label, StepStatus status, LocalDate dueDate)
        implements JalonsRecord {

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("goalId", goalId)
                .required("label", label).maxLength("label", label, 500)
                .required("status", status)
                .plausible("dueDate", dueDate)
                .list();
    }
}
