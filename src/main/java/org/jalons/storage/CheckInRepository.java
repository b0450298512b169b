package org.jalons.storage;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Corrections;
import org.jalons.domain.RecordKind;

/**
 * Confidence check-ins, append-only, read back as trajectories over time: each rating once, with its current words
 * (a corrected comment is one check-in, whose id is the original's: PROTOCOL.md, "Amendments"). {@link
 * #forBeneficiary} keeps every version, for the journal's history and the person's copy.
 */
public final class CheckInRepository extends RecordRepository<CheckIn> {

    public CheckInRepository(Database db, Clock clock, UUID authorId) {
        super(db, RecordKind.CHECK_IN, clock, authorId);
    }

    /** Both voices for one goal, oldest first: the data of a co-evaluation chart. */
    public List<CheckIn> forGoal(UUID goalId) {
        return once(where("GOAL_ID = ?", "RATED_AT, ID", goalId));
    }

    public List<CheckIn> forBeneficiaryOverTime(UUID beneficiaryId) {
        return once(where("BENEFICIARY_ID = ?", "RATED_AT, ID", beneficiaryId));
    }

    /**
     * Each chain once, in the order of {@code versions}: the original (its id, voice, rating, moment) with its current
     * words.
     */
    public static List<CheckIn> once(List<CheckIn> versions) {
        return Corrections.chains(versions).stream()
                .map(chain -> chain.first().withWordsOf(chain.current()))
                .toList();
    }
}
