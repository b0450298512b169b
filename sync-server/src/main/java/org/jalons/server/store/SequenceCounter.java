package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * One counter row per organisation behind its sequence numbers (invariant 5, per organisation).
 *
 * <p>A push calls {@link #lock} first: its organisation's row stays locked until the transaction commits, so the
 * next writer of that organisation (in this or another server instance) reads the counter only after every
 * sequence number below it is committed. Other organisations' pushes take other rows and run in parallel. Pulls
 * read {@link #committedHigh} and never serve a seq above it, so a page can never run ahead of a change that is
 * still committing. {@link OrganisationStore#insert} creates the row with the organisation.
 */
public final class SequenceCounter {

    /** Locks the organisation's counter row for the current transaction and returns its last assigned seq. */
    public long lock(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.one(c, """
                select last_seq from organisation_seq where organisation_id = ? for update
                """, row -> row.getLong(1), organisationId)
                .orElseThrow(() -> new IllegalStateException("no sequence counter for organisation " + organisationId));
    }

    /** Locks every organisation's counter, in one order (so two such callers cannot deadlock); pushes lock one. */
    public List<UUID> lockAll(Connection c) throws SQLException {
        return Jdbc.list(c, """
                select organisation_id from organisation_seq order by organisation_id for update
                """, row -> row.getObject(1, UUID.class));
    }

    public void store(Connection c, UUID organisationId, long lastSeq) throws SQLException {
        Jdbc.update(c, """
                update organisation_seq set last_seq = ? where organisation_id = ?
                """, lastSeq, organisationId);
    }

    /** The organisation's highest seq whose transaction has committed (no lock taken). */
    public long committedHigh(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.one(c, """
                select last_seq from organisation_seq where organisation_id = ?
                """, row -> row.getLong(1), organisationId).orElse(0L);
    }
}
