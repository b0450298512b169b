package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Helpers for the set-based statements of the sync engine (one query for a whole batch or page). */
final class Sql {
    /** The most ids one lookup binds (a push batch or a pull page holds at most 1000). */
    static final int IN_CHUNK = 1000;

    private Sql() {}

    /**
     * A table {@code V(ID)} of the UUIDs of one array parameter (bound by {@link #bindIds}), to join on: H2 looks
     * each id up in the joined table's index. An {@code IN (?, ?, ...)} list of parameters is instead checked value
     * by value for every row read, a cost that grew with the square of a page (1,000 × 1,000 comparisons per page
     * of a first sync), and a statement of 1,000 parameters took longer to parse than to run.
     */
    static final String ID_TABLE = "UNNEST(CAST(? AS UUID ARRAY)) AS V(ID)";

    /** Binds {@code ids} as the array parameter of {@link #ID_TABLE}, at {@code index}. */
    static void bindIds(PreparedStatement ps, int index, List<UUID> ids) throws SQLException {
        ps.setObject(index, ids.toArray(new UUID[0]));
    }

    /** What to do with each row a lookup returns. */
    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet row) throws SQLException;
    }

    /**
     * Runs {@code query} (one array parameter, joined as {@link #ID_TABLE}) for {@code ids}, in chunks of
     * {@link #IN_CHUNK}, and hands every row it returns to {@code action}.
     */
    static void forEachRow(Connection c, String query, Collection<UUID> ids, RowAction action) throws SQLException {
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            try (PreparedStatement ps = c.prepareStatement(query)) {
                bindIds(ps, 1, all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(rs);
                    }
                }
            }
        }
    }

    /**
     * Of {@code ids}, those found in {@code column} of {@code table} (an indexed UUID column) where {@code condition}
     * holds.
     */
    static Set<UUID> idsAmong(Connection c, String table, String column, String condition, Collection<UUID> ids)
            throws SQLException {
        Set<UUID> found = new HashSet<>();
        forEachRow(c, idsAmongQuery(table, column, condition), ids, rs -> found.add(rs.getObject(1, UUID.class)));
        return found;
    }

    static String idsAmongQuery(String table, String column, String condition) {
        return "SELECT DISTINCT T." + column + " FROM " + ID_TABLE + " JOIN " + table + " T ON T." + column + " = V.ID"
                + (condition == null ? "" : " AND " + condition);
    }
}
