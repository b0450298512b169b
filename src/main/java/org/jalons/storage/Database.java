package org.jalons.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work on the local store, each unit in one transaction: a record and its outbox entry commit together or not at all. */
public final class Database implements AutoCloseable {

    @FunctionalInterface
    public interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final AutoCloseable closer;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public Database(DataSource dataSource, AutoCloseable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs work in one transaction. Called inside another transaction of this store on the same thread, it
     * joins it: several saves then commit together or not at all (see {@link LocalStore#inOneTransaction}).
     */
    public <R> R inTransaction(Work<R> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw new StoreException("A write to the local store failed", e);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                R result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                current.remove();
            }
        } catch (SQLException e) {
            throw new StoreException("A write to the local store failed", e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Reads with the connection of the transaction in progress on this thread, if any, so it sees its writes. */
    public <R> R read(Work<R> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw new StoreException("A read from the local store failed", e);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("A read from the local store failed", e);
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            throw new StoreException("The local store did not close cleanly", e);
        }
    }
}
