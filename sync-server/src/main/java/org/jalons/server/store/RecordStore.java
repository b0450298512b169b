package org.jalons.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.StoredRecord;

/** Current state of every synced record, one row per record, moved to a new seq on each change. */
public final class RecordStore {

    /** Sensitive records are served only while the beneficiary's consent for their category is granted. */
    private static final String CONSENT_CONDITION = """
            (r.sensitive_category is null or exists (
                select 1 from consent_state cs
                where cs.organisation_id = r.organisation_id and cs.beneficiary_id = r.beneficiary_id
                  and cs.category = r.sensitive_category and cs.granted = true))""";

    private static final String COLUMNS = """
            r.organisation_id, r.id, r.kind, r.beneficiary_id, r.version, r.seq, r.deleted,
            r.sensitive_category, r.fields, r.field_versions""";

    public Optional<StoredRecord> find(Connection c, UUID organisationId, UUID id) throws SQLException {
        flush(c);
        return Jdbc.one(c, "select " + COLUMNS + """
                 from sync_record r where r.organisation_id = ? and r.id = ?
                """, RecordStore::map, organisationId, id);
    }

    /** The records among {@code ids}, by id: one query for all the records a push touches. */
    public Map<UUID, StoredRecord> findAll(Connection c, UUID organisationId, List<UUID> ids) throws SQLException {
        flush(c);
        Map<UUID, StoredRecord> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += Jdbc.IN_CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + Jdbc.IN_CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.add(organisationId);
            for (StoredRecord r : Jdbc.list(
                    c,
                    "select " + COLUMNS + " from " + Jdbc.uuidTable(chunk.size())
                            + " join sync_record r on r.organisation_id = ? and r.id = v.id",
                    RecordStore::map,
                    args.toArray())) {
                found.put(r.id(), r);
            }
        }
        return found;
    }

    public boolean anyOfBeneficiary(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        flush(c);
        return Jdbc.one(c, """
                select 1 from sync_record where organisation_id = ? and beneficiary_id = ? fetch first 1 rows only
                """, row -> true, organisationId, beneficiaryId).isPresent();
    }

    private static final String INSERT = """
            insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted,
                                     sensitive_category, fields, field_versions, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** Records of a transaction not yet written (one batch before the next statement of this store or commit). */
    private static final DeferredInserts PENDING = new DeferredInserts();

    /**
     * Inserts a record. Within a transaction of {@link Database} the row is written with the transaction's other
     * new records as one JDBC batch: before any other statement of this store on that transaction, or just before
     * its commit. A push of 500 new records makes one batch, not 500 statements.
     */
    public void insert(Connection c, StoredRecord record, Instant now) throws SQLException {
        PENDING.insert(
                c,
                INSERT,
                record.organisationId(),
                record.id(),
                record.kind(),
                record.beneficiaryId(),
                record.version(),
                record.seq(),
                record.deleted(),
                record.sensitiveCategory(),
                Json.write(record.fields()),
                Json.write(record.fieldVersions()),
                now);
    }

    /** Writes the pending inserts first: every statement of this store sees the transaction's records. */
    private static void flush(Connection c) throws SQLException {
        PENDING.flush(c);
    }

    public void update(Connection c, StoredRecord record, Instant now) throws SQLException {
        flush(c);
        Jdbc.update(
                c,
                """
                update sync_record set version = ?, seq = ?, deleted = ?, sensitive_category = ?, fields = ?,
                                       field_versions = ?, updated_at = ?
                where organisation_id = ? and id = ?
                """,
                record.version(),
                record.seq(),
                record.deleted(),
                record.sensitiveCategory(),
                Json.write(record.fields()),
                Json.write(record.fieldVersions()),
                now,
                record.organisationId(),
                record.id());
    }

    /**
     * A record as pull and snapshot serve it: its fields as the JSON text stored (never parsed on the way out),
     * without the bookkeeping they do not send.
     */
    public record Served(
            long seq, String kind, UUID id, UUID beneficiaryId, long version, boolean deleted, String fields) {}

    private static final String SERVED_COLUMNS =
            "r.seq, r.kind, r.id, r.beneficiary_id, r.version, r.deleted, r.fields";

    private static Served served(ResultSet row) throws SQLException {
        return new Served(
                row.getLong(1),
                row.getString(2),
                Jdbc.uuid(row, "id"),
                Jdbc.uuid(row, "beneficiary_id"),
                row.getLong(5),
                row.getBoolean(6),
                row.getString(7));
    }

    /** Visible records changed in (after, upTo], by seq; at most {@code limit} rows. */
    public List<Served> changedBetween(
            Connection c, UUID organisationId, ReaderScope scope, long after, long upTo, int limit)
            throws SQLException {
        flush(c);
        return Jdbc.list(
                c,
                "select " + SERVED_COLUMNS + " from " + scope.source()
                        + " where r.organisation_id = ? and r.seq > ? and r.seq <= ? and " + scope.condition()
                        + " and " + CONSENT_CONDITION + " order by r.seq fetch first " + limit + " rows only",
                RecordStore::served,
                organisationId,
                after,
                upTo,
                scope.parameter());
    }

    /** Visible live records with seq in (after, upTo], optionally of one beneficiary, by seq. */
    public List<Served> liveBetween(
            Connection c, UUID organisationId, ReaderScope scope, UUID beneficiaryId, long after, long upTo, int limit)
            throws SQLException {
        flush(c);
        List<Object> args = new ArrayList<>(List.of(organisationId, after, upTo, scope.parameter()));
        String oneBeneficiary = "";
        if (beneficiaryId != null) {
            oneBeneficiary = " and r.beneficiary_id = ?";
            args.add(beneficiaryId);
        }
        return Jdbc.list(
                c,
                "select " + SERVED_COLUMNS + " from " + scope.source()
                        + " where r.organisation_id = ? and r.seq > ? and r.seq <= ? and r.deleted = false and "
                        + scope.condition() + oneBeneficiary + " and " + CONSENT_CONDITION
                        + " order by r.seq fetch first " + limit + " rows only",
                RecordStore::served,
                args.toArray());
    }

    /** The live records of one kind of one beneficiary (a handful: read for one person's figures). */
    public List<StoredRecord> liveOfBeneficiary(Connection c, UUID organisationId, UUID beneficiaryId, String kind)
            throws SQLException {
        flush(c);
        return Jdbc.list(c, "select " + COLUMNS + """
                 from sync_record r
                where r.organisation_id = ? and r.beneficiary_id = ? and r.kind = ? and r.deleted = false
                """, RecordStore::map, organisationId, beneficiaryId, kind);
    }

    /**
     * Gives a goal's category to its steps, check-ins and trainings that have none (they are found by the goalId in
     * their fields, among the person's records: a handful, read only when a goal is sensitive).
     */
    public void markLinkedToGoal(Connection c, UUID organisationId, UUID beneficiaryId, UUID goalId, String category)
            throws SQLException {
        flush(c);
        List<UUID> linked = new ArrayList<>();
        for (Object[] row : Jdbc.list(
                c,
                """
                select id, fields from sync_record
                where organisation_id = ? and beneficiary_id = ? and kind in ('goalStep', 'checkIn', 'training')
                  and sensitive_category is null
                """,
                row -> new Object[] {Jdbc.uuid(row, "id"), row.getString("fields")},
                organisationId,
                beneficiaryId)) {
            if (goalId.toString()
                    .equals(Json.parseObject((String) row[1]).path("goalId").asText())) {
                linked.add((UUID) row[0]);
            }
        }
        for (UUID id : linked) {
            Jdbc.update(c, """
                    update sync_record set sensitive_category = ? where organisation_id = ? and id = ?
                    """, category, organisationId, id);
        }
    }

    /** The organisation's highest seq among its tombstones older than {@code cutoff}; empty when none. */
    public java.util.Optional<Long> tombstonesOlderThan(Connection c, UUID organisationId, Instant cutoff)
            throws SQLException {
        flush(c);
        return Jdbc.one(
                        c,
                        """
                select max(seq) from sync_record
                where organisation_id = ? and deleted = true and updated_at < ?
                """,
                        row -> java.util.Optional.ofNullable(row.getObject(1, Long.class)),
                        organisationId,
                        cutoff)
                .flatMap(seq -> seq);
    }

    public int deleteTombstonesOlderThan(Connection c, UUID organisationId, Instant cutoff) throws SQLException {
        flush(c);
        return Jdbc.update(c, """
                delete from sync_record where organisation_id = ? and deleted = true and updated_at < ?
                """, organisationId, cutoff);
    }

    private static StoredRecord map(ResultSet row) throws SQLException {
        return new StoredRecord(
                Jdbc.uuid(row, "organisation_id"),
                Jdbc.uuid(row, "id"),
                row.getString("kind"),
                Jdbc.uuid(row, "beneficiary_id"),
                row.getLong("version"),
                row.getLong("seq"),
                row.getBoolean("deleted"),
                row.getString("sensitive_category"),
                Json.parseObject(row.getString("fields")),
                Json.parseObject(row.getString("field_versions")));
    }
}
