package org.jalons.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns the app's migrations make, read from a migrated store's INFORMATION_SCHEMA: the tests that hold the
 * migrations to the domain records and to the protocol's limits read them in one way.
 */
final class MigratedColumns {

    /** One column; {@code maxLength} is 0 but for texts. */
    record Column(String name, String dataType, int datetimePrecision, long maxLength) {
        /** The data type, with its precision for a timestamp (e.g. {@code TIMESTAMP WITH TIME ZONE(9)}). */
        String type() {
            return dataType.startsWith("TIMESTAMP") ? dataType + "(" + datetimePrecision + ")" : dataType;
        }

        boolean text() {
            return "CHARACTER VARYING".equals(dataType);
        }
    }

    private MigratedColumns() {}

    /** Column name → column of a table, in the table's order. */
    static Map<String, Column> of(LocalStore store, String table) {
        return store.database().read(c -> {
            Map<String, Column> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT COLUMN_NAME, DATA_TYPE, DATETIME_PRECISION, CHARACTER_MAXIMUM_LENGTH
                    FROM INFORMATION_SCHEMA.COLUMNS
                    WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION""")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(
                                rs.getString(1),
                                new Column(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)));
                    }
                }
            }
            return out;
        });
    }
}
