package org.jalons.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The person's own words (a note they wrote, or their check-in's comment: {@code recordId}) that they share with
 * the structure. Supervisors read them, without any name, once the counsellor re-read them with the person
 * ({@code rereadAt}) and until the person withdraws them ({@code withdrawnAt}, for good: sharing again is a new
 * record). {@code goalId}: the goal a note speaks about, if the person says so.
 */
public record SharedWord(
        UUID id,
        UUID beneficiaryId,
        UUID recordId,
        UUID goalId,
        Instant sharedAt,
        Instant rereadAt,
        Instant withdrawnAt)
        implements JalonsRecord {

    /** Shared and not withdrawn. */
    public boolean shared() {
        return withdrawnAt == null;
    }

    /** Shared, not withdrawn, not yet re-read with the counsellor. */
    public boolean waitsForReread() {
        return withdrawnAt == null && rereadAt == null;
    }

    public SharedWord withRereadAt(Instant at) {
        return new SharedWord(id, beneficiaryId, recordId, goalId, sharedAt, at, withdrawnAt);
    }

    public SharedWord withWithdrawnAt(Instant at) {
        return new SharedWord(id, beneficiaryId, recordId, goalId, sharedAt, rereadAt, at);
    }

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("recordId", recordId)
                .required("sharedAt", sharedAt)
                .list();
    }
}
