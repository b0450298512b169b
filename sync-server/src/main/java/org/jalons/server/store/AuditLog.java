package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Append-only log of every accepted write: who, which device, when, what. */
public final class AuditLog {

    /**
     * Every action the server writes (PROTOCOL.md, "Audit log"): a line with another action is refused, so that the
     * admin's audit viewer has words for each one (the app checks it has a text for every action listed here).
     */
    public static final Set<String> ACTIONS = Set.of(
            "CREATE",
            "UPDATE",
            "DELETE",
            "REVIVE",
            "CONFLICT",
            "READ_PULL",
            "READ_SNAPSHOT",
            "READ_SUMMARY",
            "READ_SUMMARY_WORDS",
            "EXPORT_SUMMARY_CSV",
            "EXPORT_EXITS_CSV",
            "EXPORT_REPORT_PDF",
            "READ_AUDIT",
            "EXPORT_AUDIT",
            "BOOTSTRAP",
            "CREATE_USER",
            "ISSUE_PAIRING_CODE",
            "PAIR",
            "REVOKE_DEVICE",
            "CASELOAD_ADD",
            "CASELOAD_REMOVE",
            "SET_K_THRESHOLD",
            "SET_TOMBSTONE_DAYS",
            "SET_PROFILE",
            "REISSUE_ADMIN_CODE",
            "DEACTIVATE_USER",
            "REACTIVATE_USER",
            "REQUEST_WIPE",
            "DEVICE_WIPED",
            "ERASE_PERSON_REQUEST",
            "ERASE_PERSON_RETENTION",
            "RETENTION_NOTICE",
            "READ_RETENTION",
            "SET_RETENTION_MONTHS",
            "EXPORT_PERSON_RECORD",
            "READ_PEOPLE",
            "READ_REFERENTS",
            "CASELOAD_TRANSFER",
            "VOCABULARY_ADD",
            "VOCABULARY_RENAME",
            "VOCABULARY_ADOPT_TEXT",
            "VOCABULARY_MERGE",
            "VOCABULARY_RETIRE",
            "QUESTIONNAIRE_PUBLISH",
            "QUESTIONNAIRE_RETIRE",
            "SET_WORK_TEAMS");

    public record Entry(
            UUID userId,
            UUID deviceId,
            Instant loggedAt,
            String action,
            String kind,
            UUID recordId,
            UUID changeId,
            Long seq,
            UUID beneficiaryId) {

        /** An entry about no person in particular (an account, a device, the organisation's settings). */
        public Entry(
                UUID userId,
                UUID deviceId,
                Instant loggedAt,
                String action,
                String kind,
                UUID recordId,
                UUID changeId,
                Long seq) {
            this(userId, deviceId, loggedAt, action, kind, recordId, changeId, seq, null);
        }
    }

    public void append(Connection c, UUID organisationId, Entry entry) throws SQLException {
        requireListed(entry);
        Jdbc.update(
                c,
                """
                insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind, record_id,
                                       change_id, seq, beneficiary_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                organisationId,
                entry.userId(),
                entry.deviceId(),
                entry.loggedAt(),
                entry.action(),
                entry.kind(),
                entry.recordId(),
                entry.changeId(),
                entry.seq(),
                entry.beneficiaryId());
    }

    /** Appends the entries of a push, in order, as one JDBC batch in the push's transaction. */
    public void appendAll(Connection c, UUID organisationId, List<Entry> entries) throws SQLException {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            requireListed(entry);
            rows.add(new Object[] {
                organisationId,
                entry.userId(),
                entry.deviceId(),
                entry.loggedAt(),
                entry.action(),
                entry.kind(),
                entry.recordId(),
                entry.changeId(),
                entry.seq(),
                entry.beneficiaryId()
            });
        }
        Jdbc.batch(c, """
                insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind, record_id,
                                       change_id, seq, beneficiary_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    private static void requireListed(Entry entry) {
        if (!ACTIONS.contains(entry.action())) {
            throw new IllegalArgumentException("Audit action " + entry.action() + " is not in AuditLog.ACTIONS");
        }
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
                select user_id, device_id, logged_at, action, kind, record_id, change_id, seq, beneficiary_id
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
                        row.getObject("seq") == null ? null : row.getLong("seq"),
                        Jdbc.uuid(row, "beneficiary_id")),
                organisationId);
    }

    /** What the audit viewer filters on; null means any. {@code to} is exclusive. */
    public record Filter(UUID beneficiaryId, UUID userId, UUID deviceId, String action, Instant from, Instant to) {}

    /** One line as the viewer shows it: the entry with the names of its user and device. */
    public record Line(
            long id,
            Instant loggedAt,
            String action,
            String kind,
            UUID recordId,
            UUID beneficiaryId,
            UUID userId,
            String userName,
            String userRole,
            UUID deviceId,
            String deviceName) {}

    /**
     * A page of the organisation's log, newest first, after the line {@code beforeId} (null: from the newest). Each
     * filter has an index that ends in the page order (migration V24), so a page reads its own rows only.
     */
    public List<Line> page(Connection c, UUID organisationId, Filter filter, Long beforeId, int limit)
            throws SQLException {
        StringBuilder where = new StringBuilder("a.organisation_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(organisationId);
        // each filter given narrows the page; its condition and its value go in together
        Object[][] conditions = {
            {" and a.beneficiary_id = ?", filter.beneficiaryId()},
            {" and a.user_id = ?", filter.userId()},
            {" and a.device_id = ?", filter.deviceId()},
            {" and a.action = ?", filter.action()},
            {" and a.logged_at >= ?", filter.from()},
            {" and a.logged_at < ?", filter.to()},
        };
        for (Object[] condition : conditions) {
            if (condition[1] != null) {
                where.append((String) condition[0]);
                args.add(condition[1]);
            }
        }
        if (beforeId != null) {
            var before = Jdbc.one(
                    c,
                    "select logged_at from audit_log where organisation_id = ? and id = ?",
                    row -> Jdbc.instant(row, "logged_at"),
                    organisationId,
                    beforeId);
            if (before.isEmpty()) {
                return List.of();
            }
            // (logged_at, id) below the last line shown, written so that the period index bounds the scan
            where.append(" and a.logged_at <= ? and (a.logged_at < ? or a.id < ?)");
            args.add(before.get());
            args.add(before.get());
            args.add(beforeId);
        }
        args.add(limit);
        String sql = """
                select a.id, a.logged_at, a.action, a.kind, a.record_id, a.beneficiary_id, a.user_id,
                       u.display_name, u.role, a.device_id, d.name
                from audit_log a
                left join app_user u on u.id = a.user_id
                left join device d on d.id = a.device_id
                where %s
                order by a.logged_at desc, a.id desc
                fetch first ? rows only
                """.formatted(where);
        return Jdbc.list(
                c,
                sql,
                row -> new Line(
                        row.getLong(1),
                        Jdbc.instant(row, "logged_at"),
                        row.getString(3),
                        row.getString(4),
                        Jdbc.uuid(row, "record_id"),
                        Jdbc.uuid(row, "beneficiary_id"),
                        Jdbc.uuid(row, "user_id"),
                        row.getString(8),
                        row.getString(9),
                        Jdbc.uuid(row, "device_id"),
                        row.getString(11)),
                args.toArray());
    }
}
