package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Helpers for the set-based statements of the sync engine (one query for a whole batch or page). */
final class Sql {
    /** The most values one IN list carries (a push batch or a pull page holds at most 1000). */
    static final int IN_CHUNK = 1000;

    private Sql() {
    }

    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<UUID> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setObject(i + 1, ids.get(i));
        }
    }

    /** Runs {@code selectIn} (a query of one UUID column ending in {@code IN (}) for {@code ids}, in chunks. */
    static Set<UUID> idsAmong(Connection c, String selectIn, Collection<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            try (PreparedStatement ps = c.prepareStatement(selectIn + marks(chunk.size()) + ")")) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getObject(1, UUID.class));
                    }
                }
            }
        }
        return found;
    }
}
