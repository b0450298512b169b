package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;

/** The SQL of one record kind's table, generated once from its {@link RecordMapper}. */
public final class RecordTable<T extends JalonsRecord> {
    private static final Map<RecordKind, String> NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordKind.BENEFICIARY, "BENEFICIARY"),
            Map.entry(RecordKind.BARRIER, "BARRIER"),
            Map.entry(RecordKind.GOAL, "GOAL"),
            Map.entry(RecordKind.GOAL_STEP, "GOAL_STEP"),
            Map.entry(RecordKind.TRAINING, "TRAINING"),
            Map.entry(RecordKind.CHECK_IN, "CHECK_IN"),
            Map.entry(RecordKind.QUESTIONNAIRE_RESPONSE, "QUESTIONNAIRE_RESPONSE"),
            Map.entry(RecordKind.INTERVIEW, "INTERVIEW"),
            Map.entry(RecordKind.NOTE, "NOTE"),
            Map.entry(RecordKind.SHARED_WORD, "SHARED_WORD"),
            Map.entry(RecordKind.WORK_OBSERVATION, "WORK_OBSERVATION"),
            Map.entry(RecordKind.EXIT, "PARCOURS_EXIT"),
            Map.entry(RecordKind.FOLLOW_UP, "FOLLOW_UP"),
            Map.entry(RecordKind.CONSENT, "CONSENT"),
            Map.entry(RecordKind.CONFLICT, "SYNC_CONFLICT")));

    private static final Map<RecordKind, RecordTable<?>> TABLES = new EnumMap<>(RecordKind.class);

    private final RecordMapper<T> mapper;
    private final String name;
    private final String merge;
    private final String insert;

    private RecordTable(RecordKind kind) {
        this.mapper = new RecordMapper<>(kind);
        this.name = NAMES.get(kind);
        String columns = mapper.fields().stream().map(f -> quote(f.column())).collect(Collectors.joining(", "));
        String marks = mapper.fields().stream().map(f -> "?").collect(Collectors.joining(", "));
        this.merge = "MERGE INTO " + name + " (ID, BENEFICIARY_ID, VERSION, DELETED, UPDATED_AT, " + columns
                + ") KEY (ID) VALUES (?, ?, ?, ?, ?, " + marks + ")";
        this.insert = "INSERT INTO " + name + " (ID, BENEFICIARY_ID, VERSION, DELETED, UPDATED_AT, " + columns
                + ") VALUES (?, ?, ?, ?, ?, " + marks + ")";
    }

    @SuppressWarnings("unchecked")
    public static synchronized <T extends JalonsRecord> RecordTable<T> of(RecordKind kind) {
        return (RecordTable<T>) TABLES.computeIfAbsent(kind, RecordTable::new);
    }

    public static <T extends JalonsRecord> RecordTable<T> of(Class<T> type) {
        return of(RecordKind.of(type));
    }

    public RecordMapper<T> mapper() {
        return mapper;
    }

    public RecordKind kind() {
        return mapper.kind();
    }

    public String name() {
        return name;
    }

    static String quote(String column) {
        return '"' + column + '"';
    }

    /** Inserts or replaces the whole row. {@code wire} holds every field (absent ones are stored as null). */
    public void write(
            Connection c,
            UUID id,
            UUID beneficiaryId,
            Map<String, Object> wire,
            long version,
            boolean deleted,
            Instant now)
            throws SQLException {
        write(c, merge, id, beneficiaryId, wire, version, deleted, now);
    }

    /**
     * Inserts a row the caller has just looked for in the same transaction and not found: a plain INSERT, which
     * skips MERGE's key lookup (a row that appeared meanwhile fails on the primary key instead of being replaced).
     */
    public void insert(Connection c, UUID id, UUID beneficiaryId, Map<String, Object> wire, long version, Instant now)
            throws SQLException {
        write(c, insert, id, beneficiaryId, wire, version, false, now);
    }

    private void write(
            Connection c,
            String sql,
            UUID id,
            UUID beneficiaryId,
            Map<String, Object> wire,
            long version,
            boolean deleted,
            Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            ps.setObject(2, beneficiaryId);
            ps.setLong(3, version);
            ps.setBoolean(4, deleted);
            ps.setObject(5, now.atOffset(ZoneOffset.UTC));
            int i = 6;
            for (RecordMapper.Field f : mapper.fields()) {
                ps.setObject(i++, RecordMapper.toJdbc(f, wire.get(f.name())));
            }
            ps.executeUpdate();
        }
    }

    /** One row to write with {@link #writeAll}. */
    public record Row(UUID id, UUID beneficiaryId, Map<String, Object> wire, long version, boolean deleted) {}

    /** {@link #write} for several rows, with one prepared statement run as a JDBC batch. */
    public void writeAll(Connection c, List<Row> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(merge)) {
            for (Row row : rows) {
                ps.setObject(1, row.id());
                ps.setObject(2, row.beneficiaryId());
                ps.setLong(3, row.version());
                ps.setBoolean(4, row.deleted());
                ps.setObject(5, now.atOffset(ZoneOffset.UTC));
                int i = 6;
                for (RecordMapper.Field f : mapper.fields()) {
                    ps.setObject(i++, RecordMapper.toJdbc(f, row.wire().get(f.name())));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    String versionsQuery() {
        return "SELECT T.ID, T.VERSION FROM " + Sql.ID_TABLE + " JOIN " + name + " T ON T.ID = V.ID";
    }

    /** The server versions of the rows among {@code ids} that exist, one query per {@link Sql#IN_CHUNK} ids. */
    public Map<UUID, Long> versions(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, Long> found = new HashMap<>();
        Sql.forEachRow(c, versionsQuery(), ids, rs -> found.put(rs.getObject(1, UUID.class), rs.getLong(2)));
        return found;
    }

    /** {@link #raiseVersion} for several rows (id to version), with one prepared statement run as a JDBC batch. */
    public void raiseVersions(Connection c, Map<UUID, Long> versions) throws SQLException {
        if (versions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE " + name + " SET VERSION = ? WHERE ID = ? AND VERSION < ?")) {
            for (Map.Entry<UUID, Long> v : versions.entrySet()) {
                ps.setLong(1, v.getValue());
                ps.setObject(2, v.getKey());
                ps.setLong(3, v.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<StoredRecord<T>> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + name + " WHERE ID = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        }
    }

    /** Live (not deleted) records matching a condition on this table's columns, in the given order. */
    public List<T> select(Connection c, String where, String orderBy, Object... params) throws SQLException {
        String sql = "SELECT * FROM " + name + " WHERE DELETED = FALSE AND (" + where + ")"
                + (orderBy == null ? "" : " ORDER BY " + orderBy);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(stored(rs).record());
                }
            }
            return out;
        }
    }

    public StoredRecord<T> stored(ResultSet rs) throws SQLException {
        Map<String, Object> wire = new LinkedHashMap<>();
        for (RecordMapper.Field f : mapper.fields()) {
            wire.put(f.name(), RecordMapper.fromJdbc(f, rs));
        }
        UUID id = rs.getObject("ID", UUID.class);
        UUID beneficiaryId = rs.getObject("BENEFICIARY_ID", UUID.class);
        return new StoredRecord<>(
                mapper.fromWire(id, beneficiaryId, wire), rs.getLong("VERSION"), rs.getBoolean("DELETED"), wire);
    }

    /** The server version a stored row is based on, without reading its fields. */
    public Optional<Long> version(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT VERSION FROM " + name + " WHERE ID = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Records that the row is based on a newer server version; versions only ever go up. */
    public void raiseVersion(Connection c, UUID id, long version) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE " + name + " SET VERSION = ? WHERE ID = ? AND VERSION < ?")) {
            ps.setLong(1, version);
            ps.setObject(2, id);
            ps.setLong(3, version);
            ps.executeUpdate();
        }
    }

    /** Removes a row outright (not a tombstone): used when the server no longer has or serves the record. */
    public void deleteRow(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + name + " WHERE ID = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Ids of the rows that no outbox entry (pending or rejected) refers to, of one beneficiary or of all when
     * {@code beneficiaryId} is null: the rows a snapshot may replace without losing anything made on this device.
     */
    public List<UUID> idsWithoutOutbox(Connection c, UUID beneficiaryId) throws SQLException {
        String sql =
                "SELECT t.ID FROM " + name + " t WHERE NOT EXISTS (SELECT 1 FROM OUTBOX o WHERE o.RECORD_ID = t.ID)"
                        + (beneficiaryId == null ? "" : " AND t.BENEFICIARY_ID = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (beneficiaryId != null) {
                ps.setObject(1, beneficiaryId);
            }
            List<UUID> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        }
    }

    public int deleteBeneficiaryData(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + name + " WHERE BENEFICIARY_ID = ?")) {
            ps.setObject(1, beneficiaryId);
            return ps.executeUpdate();
        }
    }
}
