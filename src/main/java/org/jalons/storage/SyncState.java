package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Named values kept with the data they describe (the pull cursor must commit with the pulled records). */
public final class SyncState {
    private final Database db;

    public SyncState(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.read(c -> get(c, name));
    }

    public void put(String name, String value) {
        db.inTransaction(c -> {
            put(c, name, value);
            return null;
        });
    }

    public static Optional<String> get(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT VAL FROM SYNC_STATE WHERE NAME = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO SYNC_STATE (NAME, VAL) KEY (NAME) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
