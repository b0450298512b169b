package org.jalons.journal;

import java.util.UUID;

/** The journal's filter: one goal (null: every goal, and entries of no goal), one kind (null: every kind). */
public record JournalFilter(UUID goalId, JournalKind kind) {
    public static final JournalFilter ALL = new JournalFilter(null, null);

    public boolean keeps(JournalEntry e) {
        return (goalId == null || goalId.equals(e.goalId())) && (kind == null || kind == e.kind());
    }

    public JournalFilter withGoal(UUID goal) {
        return new JournalFilter(goal, kind);
    }

    public JournalFilter withKind(JournalKind k) {
        return new JournalFilter(goalId, k);
    }
}
