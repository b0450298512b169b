package org.jalons.storage;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.RecordKind;

/** Confidence check-ins, append-only, read back as trajectories over time. */
public final class CheckInRepository extends RecordRepository<CheckIn> {

    public CheckInRepository(Database db, Clock clock, UUID authorId) {
        super(db, RecordKind.CHECK_IN, clock, authorId);
    }

    /** Both voices for one goal, oldest first: the data of a co-evaluation chart. */
    public List<CheckIn> forGoal(UUID goalId) {
        return where("GOAL_ID = ?", "RATED_AT, ID", goalId);
    }

    public List<CheckIn> forBeneficiaryOverTime(UUID beneficiaryId) {
        return where("BENEFICIARY_ID = ?", "RATED_AT, ID", beneficiaryId);
    }
}
