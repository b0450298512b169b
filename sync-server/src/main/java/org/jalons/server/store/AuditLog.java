package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Append-only log of every accepted write: who, which device, when, what. */
public final class AuditLog {

    public record Entry(
            UUID userId,
            UUID deviceId,
            Instant loggedAt,
            String action,
            String kind,
            UUID recordId,
            UUID changeId,
            Long seq) {}

    public void append(Connection c, UUID organisationId, Entry entry) throws SQLException {
        Jdbc.update(
                c,
                """
                insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind, record_id,
                                       change_id, seq)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                organisationId,
                entry.userId(),
                entry.deviceId(),
                entry.loggedAt(),
                entry.action(),
                entry.kind(),
                entry.recordId(),
                entry.changeId(),
                entry.seq());
    }

    /** Appends the entries of a push, in order, as one JDBC batch in the push's transaction. */
    public void appendAll(Connection c, UUID organisationId, List<Entry> entries) throws SQLException {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            rows.add(new Object[] {
                organisationId,
                entry.userId(),
                entry.deviceId(),
                entry.loggedAt(),
                entry.action(),
                entry.kind(),
                entry.recordId(),
                entry.changeId(),
                entry.seq()
            });
        }
        Jdbc.batch(c, """
                insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind, record_id,
                                       change_id, seq)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    /** Whether an account of the person themself created this record (write rights: what the person declared). */
    public boolean createdByPerson(Connection c, UUID organisationId, UUID recordId, UUID beneficiaryId)
            throws SQLException {
        return !Jdbc.list(c, """
                select a.id from audit_log a join app_user u on u.id = a.user_id
                where a.record_id = ? and a.organisation_id = ? and a.action = 'CREATE'
                  and u.role = 'BENEFICIARY' and u.beneficiary_id = ?
                """, row -> row.getLong(1), recordId, organisationId, beneficiaryId)
                .isEmpty();
    }

    public List<Entry> list(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(
                c,
                """
                select user_id, device_id, logged_at, action, kind, record_id, change_id, seq
                from audit_log where organisation_id = ? order by id
                """,
                row -> new Entry(
                        Jdbc.uuid(row, "user_id"),
                        Jdbc.uuid(row, "device_id"),
                        Jdbc.instant(row, "logged_at"),
                        row.getString("action"),
                        row.getString("kind"),
                        Jdbc.uuid(row, "record_id"),
                        Jdbc.uuid(row, "change_id"),
                        row.getObject("seq") == null ? null : row.getLong("seq")),
                organisationId);
    }
}
