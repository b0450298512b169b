package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts kept with the transaction of {@link Database} they belong to, and written as one JDBC batch per
 * statement: when their owner calls {@link #flush} (before any statement that must see them) or just before the
 * commit. Outside such a transaction an insert is written at once. Each owner (records, appended summary facts)
 * has its own instance, so flushing one never writes the other's rows.
 */
public final class DeferredInserts {

    /** Rows by insert statement, in the order they were first added. */
    private static final class Pending {
        final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    }

    /** Inserts the row now, or keeps it with the transaction's others. */
    public void insert(Connection c, String sql, Object... args) throws SQLException {
        Pending pending = pending(c);
        if (pending == null) {
            Jdbc.update(c, sql, args);
        } else {
            pending.rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(args);
        }
    }

    /** Writes the rows kept so far with {@code c}'s transaction, if any. */
    public void flush(Connection c) throws SQLException {
        Pending pending = pending(c);
        if (pending != null) {
            write(c, pending);
        }
    }

    /** This instance is the key: one set of pending rows per owner and transaction. */
    private Pending pending(Connection c) {
        return Database.attached(c, this, Pending::new, DeferredInserts::write);
    }

    private static void write(Connection c, Pending pending) throws SQLException {
        if (pending.rows.isEmpty()) {
            return;
        }
        Map<String, List<Object[]>> batches = new LinkedHashMap<>(pending.rows);
        pending.rows.clear();
        for (Map.Entry<String, List<Object[]>> batch : batches.entrySet()) {
            Jdbc.batch(c, batch.getKey(), batch.getValue());
        }
    }
}
