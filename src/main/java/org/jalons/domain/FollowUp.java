package org.jalons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.ExitCategory;

/** The check six months after an exit: where the person stands then. */
public record FollowUp(
        UUID id,
        UUID beneficiaryId,
        UUID exitId,
        LocalDate dueDate,
        LocalDate doneDate,
        ExitCategory situation,
        String note)
        implements JalonsRecord {

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("exitId", exitId)
                .required("dueDate", dueDate)
                .plausible("dueDate", dueDate)
                .plausible("doneDate", doneDate)
                .rule(doneDate != null && situation == null, "situation", "required")
                .text(RecordSchema.FOLLOW_UP, "note", note)
                .list();
    }

    public boolean isDue(LocalDate today) {
        return doneDate == null && !dueDate.isAfter(today);
    }

    /**
     * When the follow-up of {@code exit} falls due: the date planned for it ({@code planned}, the follow-up record of
     * this exit, null if there is none yet, e.g. an exit synced from an older version), else the exit's own.
     */
    public static LocalDate dueDateOf(Exit exit, FollowUp planned) {
        if (planned != null && planned.dueDate() != null) {
            return planned.dueDate();
        }
        return exit.followUpDue() != null ? exit.followUpDue() : Exit.followUpDueFor(exit.exitDate());
    }

    /**
     * The follow-up of {@code exit} (a person's latest) is to be done: not recorded yet and its date reached. The one
     * rule behind the caseload's marker and "needs attention" filter and the top of the person's file.
     */
    public static boolean isDue(Exit exit, FollowUp planned, LocalDate today) {
        return (planned == null || planned.doneDate() == null)
                && !dueDateOf(exit, planned).isAfter(today);
    }
}
