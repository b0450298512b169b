package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** What the digest triggers ({@link CheckInDigest}, {@link InterviewDigest}, {@link PendingDigest}) share. */
final class TriggerRows {
    private TriggerRows() {}

    /**
     * Where each named column of {@code table} is in the rows a trigger receives, in the order of {@code names};
     * a missing column is an error (the digest would read the wrong values).
     */
    static int[] columns(Connection c, String schema, String table, String... names) throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                positions.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
            }
        }
        int[] at = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            Integer position = positions.get(names[i]);
            if (position == null) {
                throw new SQLException(table + " has no column " + names[i] + " for the caseload digest");
            }
            at[i] = position;
        }
        return at;
    }

    /** Runs one statement of a trigger, in the transaction of the write. */
    static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
