package org.jalons.sync;

import java.time.Instant;

/**
 * What the person sees of sync (DESIGN.md invariant 13), as one immutable value: whether a sync runs, how many
 * changes wait, when the last sync succeeded, why the last one failed (null after a success), how many conflicts
 * wait for a decision and how many changes the server refused.
 */
public record SyncStatus(
        boolean running,
        int pendingCount,
        Instant lastSuccess,
        SyncProblem lastError,
        int openConflicts,
        int rejectedCount) {

    public SyncStatus withRunning(boolean value) {
        return new SyncStatus(value, pendingCount, lastSuccess, lastError, openConflicts, rejectedCount);
    }
}
