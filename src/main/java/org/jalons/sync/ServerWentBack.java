package org.jalons.sync;

import java.util.UUID;

/**
 * A server answer says the server was restored from a backup (another history id, or a head behind this phone's
 * cursor): the sync engine recovers ({@link RestoredServer}) before it trusts the cursor again.
 */
final class ServerWentBack extends SyncException {
    private static final long serialVersionUID = 1L;

    private final transient UUID history;

    ServerWentBack(UUID history) {
        super(SyncProblem.SERVER_REFUSED, "The server was restored from a backup (history " + history + ")");
        this.history = history;
    }

    UUID history() {
        return history;
    }
}
