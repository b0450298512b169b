package org.jalons.sync;

import java.time.Instant;

/**
 * What the person sees of sync (DESIGN.md invariant 13), as one immutable value: whether a sync runs, how many
 * changes wait, when the last sync succeeded, why the last one failed (null after a success), how many conflicts
 * wait for a decision, how many changes the server refused, and the stable code the server refused the last sync
 * with ({@code lastRefusal}, null when it did not refuse), so that the person reads what that refusal means; what the
 * phone did after finding the organisation's data restored from a backup ({@code restoreNotice}, null when that did
 * not happen lately).
 */
public record SyncStatus(
        boolean running,
        int pendingCount,
        Instant lastSuccess,
        SyncProblem lastError,
        int openConflicts,
        int rejectedCount,
        String lastRefusal,
        RestoreNotice restoreNotice) {

    /** A status without a recent restore to tell. */
    public SyncStatus(
            boolean running,
            int pendingCount,
            Instant lastSuccess,
            SyncProblem lastError,
            int openConflicts,
            int rejectedCount,
            String lastRefusal) {
        this(running, pendingCount, lastSuccess, lastError, openConflicts, rejectedCount, lastRefusal, null);
    }

    /** A status whose last failure, if any, carried no refusal code of the server. */
    public SyncStatus(
            boolean running,
            int pendingCount,
            Instant lastSuccess,
            SyncProblem lastError,
            int openConflicts,
            int rejectedCount) {
        this(running, pendingCount, lastSuccess, lastError, openConflicts, rejectedCount, null);
    }

    public SyncStatus withRunning(boolean value) {
        return new SyncStatus(
                value, pendingCount, lastSuccess, lastError, openConflicts, rejectedCount, lastRefusal, restoreNotice);
    }
}
