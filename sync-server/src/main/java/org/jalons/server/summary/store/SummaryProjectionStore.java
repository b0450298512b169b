package org.jalons.server.summary.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.server.store.Jdbc;

/**
 * The statistics projector's cursor and lease per organisation (migration V19). The lease is a row update that only
 * one holder can win while it runs ({@code lease_until} in the future): it works alike on H2 and PostgreSQL, across
 * server instances. Every cursor move names the holder and the seq it starts from, so a projector whose lease was
 * taken over cannot move it.
 */
public final class SummaryProjectionStore {

    /** Every change up to {@code seq} is in the facts, projected at {@code at} (null: not since the migration). */
    public record Cursor(long seq, Instant at, long logFromSeq) {}

    /** A new organisation's cursor: nothing projected, its change log complete from the start. */
    public void insert(Connection c, UUID organisationId) throws SQLException {
        Jdbc.update(c, """
                insert into summary_projection (organisation_id, projected_seq, log_from_seq) values (?, 0, 1)
                """, organisationId);
    }

    public Cursor cursor(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.one(
                        c,
                        """
                select projected_seq, projected_at, log_from_seq from summary_projection where organisation_id = ?
                """,
                        row -> new Cursor(
                                row.getLong("projected_seq"),
                                Jdbc.instant(row, "projected_at"),
                                row.getLong("log_from_seq")),
                        organisationId)
                .orElse(new Cursor(0, null, 1));
    }

    /** Takes (or extends) the lease when it is free, expired or already this holder's; false when another holds it. */
    public boolean lease(Connection c, UUID organisationId, String holder, Instant now, Instant until)
            throws SQLException {
        return Jdbc.update(c, """
                update summary_projection set lease_holder = ?, lease_until = ?
                where organisation_id = ?
                  and (lease_holder is null or lease_until is null or lease_until < ? or lease_holder = ?)
                """, holder, until, organisationId, now, holder) == 1;
    }

    public void release(Connection c, UUID organisationId, String holder) throws SQLException {
        Jdbc.update(c, """
                update summary_projection set lease_holder = null, lease_until = null
                where organisation_id = ? and lease_holder = ?
                """, organisationId, holder);
    }

    /** The holder of a lease still running at {@code now}, or null. */
    public String leaseHolder(Connection c, UUID organisationId, Instant now) throws SQLException {
        return Jdbc.one(c, """
                select lease_holder from summary_projection
                where organisation_id = ? and lease_holder is not null and lease_until >= ?
                """, row -> row.getString(1), organisationId, now).orElse(null);
    }

    /**
     * Moves the cursor from {@code fromSeq} to {@code toSeq} for the lease's holder; false (and the caller rolls its
     * facts back) when the cursor moved meanwhile or the lease went to another holder.
     */
    public boolean advance(Connection c, UUID organisationId, String holder, long fromSeq, long toSeq, Instant at)
            throws SQLException {
        return Jdbc.update(c, """
                update summary_projection set projected_seq = ?, projected_at = ?
                where organisation_id = ? and projected_seq = ? and lease_holder = ?
                """, toSeq, at, organisationId, fromSeq, holder) == 1;
    }

    /** Organisations with changes not projected yet. */
    public List<UUID> behind(Connection c) throws SQLException {
        return Jdbc.list(c, """
                select p.organisation_id from summary_projection p
                where exists (select 1 from summary_change l
                              where l.organisation_id = p.organisation_id and l.seq > p.projected_seq)
                order by p.organisation_id
                """, row -> row.getObject(1, UUID.class));
    }

    public List<UUID> all(Connection c) throws SQLException {
        return Jdbc.list(c, """
                select organisation_id from summary_projection order by organisation_id
                """, row -> row.getObject(1, UUID.class));
    }
}
