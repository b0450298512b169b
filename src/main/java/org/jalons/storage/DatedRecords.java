package org.jalons.storage;

import java.time.LocalDate;
import java.util.List;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Training;

/**
 * The records that put a date in a counsellor's agenda besides the next appointments (the caseload's reading): the
 * follow-ups after an exit, the exits they follow, and the trainings that start from a given day.
 */
public final class DatedRecords {
    private final LocalStore store;

    public DatedRecords(LocalStore store) {
        this.store = store;
    }

    /** Every exit: one without a follow-up record still has its follow-up due six months later. */
    public List<Exit> exits() {
        return store.exits().where("TRUE", "EXIT_DATE");
    }

    /** Trainings that start on {@code from} or later and were not given up. */
    public List<Training> startingFrom(LocalDate from) {
        return store.trainings()
                .where("START_DATE >= ? AND (STATUS IS NULL OR STATUS <> 'ABANDONNEE')", "START_DATE", from);
    }

    /** Every follow-up record, done or not (a done one tells that its exit needs nothing more). */
    public List<FollowUp> followUps() {
        return store.followUps().where("TRUE", "DUE_DATE");
    }
}
