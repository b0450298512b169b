package org.jalons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Vocabulary.ExitCategory;

/** The check six months after an exit: where the person stands then. */
public record FollowUp(UUID id, UUID beneficiaryId, UUID exitId, LocalDate dueDate, LocalDate doneDate,
                       ExitCategory situation, String note) implements JalonsRecord {

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("exitId", exitId)
                .required("dueDate", dueDate).plausible("dueDate", dueDate)
                .plausible("doneDate", doneDate)
                .rule(doneDate != null && situation == null, "situation", "required")
                .maxLength("note", note, 2000)
                .list();
    }

    public boolean isDue(LocalDate today) {
        return doneDate == null && !dueDate.isAfter(today);
    }
}
