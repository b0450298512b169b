package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.RecordKind;

/**
 * The server state of records that still have pending local changes (table SYNC_SHADOW). A pull never overwrites
 * such a record (DESIGN.md invariant 7), but the state it brought must not be lost either: it waits here until
 * the last pending change of the record is acknowledged.
 */
public final class SyncShadow {

    /** One pulled state, as the server sent it. */
    public record State(
            UUID recordId,
            RecordKind kind,
            UUID beneficiaryId,
            long version,
            boolean deleted,
            Map<String, Object> fields) {}

    private SyncShadow() {}

    public static Optional<State> find(Connection c, UUID recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM SYNC_SHADOW WHERE RECORD_ID = ?")) {
            ps.setObject(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new State(
                        recordId,
                        RecordKind.fromWire(rs.getString("KIND")).orElseThrow(),
                        rs.getObject("BENEFICIARY_ID", UUID.class),
                        rs.getLong("VERSION"),
                        rs.getBoolean("DELETED"),
                        Json.readMap(rs.getString("FIELDS"))));
            }
        }
    }

    /** The shadows of {@code recordIds} that exist, in one query. */
    public static Map<UUID, State> findAll(Connection c, Collection<UUID> recordIds) throws SQLException {
        Map<UUID, State> found = new HashMap<>();
        Sql.forEachRow(
                c, "SELECT T.* FROM " + Sql.ID_TABLE + " JOIN SYNC_SHADOW T ON T.RECORD_ID = V.ID", recordIds, rs -> {
                    UUID id = rs.getObject("RECORD_ID", UUID.class);
                    found.put(
                            id,
                            new State(
                                    id,
                                    RecordKind.fromWire(rs.getString("KIND")).orElseThrow(),
                                    rs.getObject("BENEFICIARY_ID", UUID.class),
                                    rs.getLong("VERSION"),
                                    rs.getBoolean("DELETED"),
                                    Json.readMap(rs.getString("FIELDS"))));
                });
        return found;
    }

    /** Of {@code recordIds}, those that have a shadow, in one query. */
    public static Set<UUID> existing(Connection c, Collection<UUID> recordIds) throws SQLException {
        return Sql.idsAmong(c, "SYNC_SHADOW", "RECORD_ID", null, recordIds);
    }

    /** Keeps the newest state only: an older one arriving late never replaces a newer shadow. */
    public static void keep(Connection c, State s) throws SQLException {
        Optional<State> current = find(c, s.recordId());
        if (current.isPresent() && current.get().version() > s.version()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                MERGE INTO SYNC_SHADOW (RECORD_ID, KIND, BENEFICIARY_ID, VERSION, DELETED, FIELDS)
                KEY (RECORD_ID) VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, s.recordId());
            ps.setString(2, s.kind().wireName());
            ps.setObject(3, s.beneficiaryId());
            ps.setLong(4, s.version());
            ps.setBoolean(5, s.deleted());
            ps.setString(6, Json.write(s.fields()));
            ps.executeUpdate();
        }
    }

    public static void drop(Connection c, UUID recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM SYNC_SHADOW WHERE RECORD_ID = ?")) {
            ps.setObject(1, recordId);
            ps.executeUpdate();
        }
    }

    public static int dropBeneficiary(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM SYNC_SHADOW WHERE BENEFICIARY_ID = ?")) {
            ps.setObject(1, beneficiaryId);
            return ps.executeUpdate();
        }
    }

    public static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SYNC_SHADOW");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
