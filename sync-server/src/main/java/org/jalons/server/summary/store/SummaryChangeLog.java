package org.jalons.server.summary.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.store.Jdbc;

/**
 * The changes the statistics are projected from (migration V19): one row per applied change, appended by the push in
 * its transaction, read in seq order by the projector. Holds coded fields only, as JSON text.
 */
public final class SummaryChangeLog {

    /** One applied change; {@code action} is CREATE, UPDATE, DELETE or REVIVE. */
    public record Entry(
            long seq,
            UUID recordId,
            String kind,
            UUID beneficiaryId,
            String action,
            boolean deleted,
            UUID userId,
            String userRole,
            Instant acceptedAt,
            String fields) {}

    /** Appends a push's entries as one JDBC batch in the push's transaction. */
    public void appendAll(Connection c, UUID organisationId, List<Entry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            rows.add(new Object[] {
                organisationId,
                e.seq(),
                e.recordId(),
                e.kind(),
                e.beneficiaryId(),
                e.action(),
                e.deleted(),
                e.userId(),
                e.userRole(),
                e.acceptedAt(),
                e.fields()
            });
        }
        Jdbc.batch(c, """
                insert into summary_change (organisation_id, seq, record_id, kind, beneficiary_id, action, deleted,
                                            user_id, user_role, accepted_at, fields)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    /** The organisation's changes after {@code afterSeq} up to {@code throughSeq}, in seq order, at most {@code max}. */
    public List<Entry> read(Connection c, UUID organisationId, long afterSeq, long throughSeq, int max)
            throws SQLException {
        return Jdbc.list(
                c,
                """
                select seq, record_id, kind, beneficiary_id, action, deleted, user_id, user_role, accepted_at, fields
                from summary_change where organisation_id = ? and seq > ? and seq <= ?
                order by seq
                fetch first %d rows only
                """.formatted(max),
                row -> new Entry(
                        row.getLong("seq"),
                        Jdbc.uuid(row, "record_id"),
                        row.getString("kind"),
                        Jdbc.uuid(row, "beneficiary_id"),
                        row.getString("action"),
                        row.getBoolean("deleted"),
                        Jdbc.uuid(row, "user_id"),
                        row.getString("user_role"),
                        Jdbc.instant(row, "accepted_at"),
                        row.getString("fields")),
                organisationId,
                afterSeq,
                throughSeq);
    }

    /** How many changes after {@code afterSeq} wait, and when the oldest of them was accepted (null: none). */
    public record Backlog(long changes, Instant oldestAcceptedAt) {}

    public Backlog backlog(Connection c, UUID organisationId, long afterSeq) throws SQLException {
        return Jdbc.one(
                        c,
                        """
                select count(*) as waiting, min(accepted_at) as oldest from summary_change
                where organisation_id = ? and seq > ?
                """,
                        row -> new Backlog(row.getLong("waiting"), Jdbc.instant(row, "oldest")),
                        organisationId,
                        afterSeq)
                .orElseThrow();
    }

    /** The waiting changes of every organisation together. */
    public Backlog backlogAll(Connection c) throws SQLException {
        return Jdbc.one(c, """
                select count(*) as waiting, min(l.accepted_at) as oldest
                from summary_change l join summary_projection p on p.organisation_id = l.organisation_id
                where l.seq > p.projected_seq
                """, row -> new Backlog(row.getLong("waiting"), Jdbc.instant(row, "oldest")))
                .orElseThrow();
    }

    /** A purged tombstone's record leaves the log with it: nothing of a record is kept once it is gone. */
    public int deleteOfTombstonesOlderThan(Connection c, UUID organisationId, Instant cutoff) throws SQLException {
        return Jdbc.update(c, """
                delete from summary_change where organisation_id = ? and exists (
                    select 1 from sync_record r
                    where r.organisation_id = summary_change.organisation_id and r.id = summary_change.record_id
                      and r.deleted = true and r.updated_at < ?)
                """, organisationId, cutoff);
    }
}
