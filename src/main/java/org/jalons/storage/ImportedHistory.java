package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.RecordKind;

/**
 * Records an import brought from another structure that this phone's account may not write as its own (PROTOCOL.md,
 * Write rights): the former structure's history, kept on the phone, read-only and never queued for sync. A snapshot
 * does not remove them (this organisation's server never had them); they go with their person's data only.
 */
public final class ImportedHistory {
    private ImportedHistory() {}

    /** Marks a record written by the import as history, inside the import's transaction. */
    public static void add(Connection c, RecordKind kind, UUID recordId, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO IMPORTED_HISTORY (RECORD_ID, KIND, BENEFICIARY_ID) KEY (RECORD_ID) VALUES (?, ?, ?)")) {
            ps.setObject(1, recordId);
            ps.setString(2, kind.wireName());
            ps.setObject(3, beneficiaryId);
            ps.executeUpdate();
        }
    }

    public static boolean contains(Connection c, UUID recordId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM IMPORTED_HISTORY WHERE RECORD_ID = ?")) {
            ps.setObject(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The history records of one person, or of everyone when {@code beneficiaryId} is null. */
    public static Set<UUID> ids(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT RECORD_ID FROM IMPORTED_HISTORY"
                + (beneficiaryId == null ? "" : " WHERE BENEFICIARY_ID = ?"))) {
            if (beneficiaryId != null) {
                ps.setObject(1, beneficiaryId);
            }
            Set<UUID> out = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        }
    }

    /** Forgets the marks of one person, or of everyone when {@code beneficiaryId} is null (their rows went). */
    public static void forget(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM IMPORTED_HISTORY" + (beneficiaryId == null ? "" : " WHERE BENEFICIARY_ID = ?"))) {
            if (beneficiaryId != null) {
                ps.setObject(1, beneficiaryId);
            }
            ps.executeUpdate();
        }
    }
}
