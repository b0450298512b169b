package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** Organisations (structures d'insertion): the tenancy boundary. */
public final class OrganisationStore {

    public void insert(Connection c, UUID id, String name, Instant now) throws SQLException {
        Jdbc.update(c, """
                insert into organisation (id, name, purged_through_seq, created_at)
                values (?, ?, 0, ?)
                """, id, name, now);
        Jdbc.update(c, """
                insert into organisation_seq (organisation_id, last_seq) values (?, 0)
                """, id); // its own sequence counter (SequenceCounter)
    }

    public long purgedThroughSeq(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.one(c, """
                select purged_through_seq from organisation where id = ?
                """, row -> row.getLong(1), organisationId).orElse(0L);
    }

    public void raisePurgedThroughSeq(Connection c, UUID organisationId, long seq) throws SQLException {
        Jdbc.update(c, """
                update organisation set purged_through_seq = ?
                where id = ? and purged_through_seq < ?
                """, seq, organisationId, seq);
    }

    /** Locks the organisation's row until the transaction ends: two admins deactivating each other wait in turn. */
    public void lock(Connection c, UUID organisationId) throws SQLException {
        Jdbc.one(c, """
                select id from organisation where id = ? for update
                """, row -> row.getObject(1), organisationId);
    }
}
