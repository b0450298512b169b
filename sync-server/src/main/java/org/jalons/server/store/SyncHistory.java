package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The id of the database's change history (one row, made by migration V25). A restored database gets a new one, so
 * that every phone sees, in any sync answer, that the sequence numbers it knew no longer mean the same changes.
 */
public final class SyncHistory {

    private SyncHistory() {}

    /** The current history id. */
    public static UUID current(Connection c) throws SQLException {
        return Jdbc.one(c, """
                select history_id from sync_history where id = 1
                """, row -> row.getObject(1, UUID.class))
                .orElseThrow(() -> new IllegalStateException("no history id: the database was not migrated"));
    }

    /** Makes the first history id (migration V25). */
    public static UUID start(Connection c) throws SQLException {
        UUID id = UUID.randomUUID();
        Jdbc.update(c, """
                insert into sync_history (id, history_id, started_at) values (1, ?, ?)
                """, id, Instant.now().atOffset(ZoneOffset.UTC));
        return id;
    }

    /** Replaces the history id by a new one, after a restore; returns it. */
    public static UUID replace(Connection c) throws SQLException {
        UUID id = UUID.randomUUID();
        int rows = Jdbc.update(c, """
                update sync_history set history_id = ?, started_at = ? where id = 1
                """, id, Instant.now().atOffset(ZoneOffset.UTC));
        if (rows != 1) {
            throw new IllegalStateException("no history id to replace: the database was not migrated");
        }
        return id;
    }
}
