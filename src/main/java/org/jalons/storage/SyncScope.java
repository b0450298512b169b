package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The beneficiaries this device holds data for, each with the signature of the sensitive categories it may see
 * (table SYNC_SCOPE). Compared with each pull's scope to evict, fetch or refetch a beneficiary's data.
 */
public final class SyncScope {
    /** Signature of an entry learnt from a full snapshot, which does not say it: the next pull's is taken as is. */
    public static final String UNKNOWN_SIGNATURE = "?";
    /** Signature no server sends: the next pull fetches the beneficiary's snapshot again. */
    public static final String REFETCH_SIGNATURE = "!refetch";

    private SyncScope() {}

    public static Map<UUID, String> all(Connection c) throws SQLException {
        Map<UUID, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT BENEFICIARY_ID, SIGNATURE FROM SYNC_SCOPE");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return out;
    }

    /** The signature this device holds for a beneficiary, empty when it holds none of their data. */
    public static java.util.Optional<String> signature(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT SIGNATURE FROM SYNC_SCOPE WHERE BENEFICIARY_ID = ?")) {
            ps.setObject(1, beneficiaryId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    public static void put(Connection c, UUID beneficiaryId, String signature) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO SYNC_SCOPE (BENEFICIARY_ID, SIGNATURE) KEY (BENEFICIARY_ID) VALUES (?, ?)")) {
            ps.setObject(1, beneficiaryId);
            ps.setString(2, signature == null ? "" : signature);
            ps.executeUpdate();
        }
    }

    /**
     * Makes the next pull fetch this beneficiary's snapshot again (their signature no longer matches), if this
     * device holds their data; a beneficiary it does not hold is left alone (it is not evicted either).
     */
    public static void refetch(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE SYNC_SCOPE SET SIGNATURE = ? WHERE BENEFICIARY_ID = ?")) {
            ps.setString(1, REFETCH_SIGNATURE);
            ps.setObject(2, beneficiaryId);
            ps.executeUpdate();
        }
    }

    public static void remove(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM SYNC_SCOPE WHERE BENEFICIARY_ID = ?")) {
            ps.setObject(1, beneficiaryId);
            ps.executeUpdate();
        }
    }

    public static void clear(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM SYNC_SCOPE")) {
            ps.executeUpdate();
        }
    }
}
