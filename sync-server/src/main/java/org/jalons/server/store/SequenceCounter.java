package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The single counter row behind every sequence number (invariant 5).
 *
 * <p>A push calls {@link #lock} first: the row stays locked until its transaction commits, so
 * the next writer (in this or another server instance) reads the counter only after every
 * sequence number below it is committed. Pulls read {@link #committedHigh} and never serve a
 * seq above it, so a page can never run ahead of a change that is still committing.
 */
public final class SequenceCounter {

    /** Locks the counter row for the current transaction and returns the last assigned seq. */
    public long lock(Connection c) throws SQLException {
        return Jdbc.one(c, """
                select last_seq from sync_counter where id = 1 for update
                """, row -> row.getLong(1)).orElseThrow();
    }

    public void store(Connection c, long lastSeq) throws SQLException {
        Jdbc.update(c, """
                update sync_counter set last_seq = ? where id = 1
                """, lastSeq);
    }

    /** The highest seq whose transaction has committed (no lock taken). */
    public long committedHigh(Connection c) throws SQLException {
        return Jdbc.one(c, """
                select last_seq from sync_counter where id = 1
                """, row -> row.getLong(1)).orElseThrow();
    }
}
