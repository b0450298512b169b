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

    public Database(DataSource dataSource, AutoCloseable closer) {
        this.dataSource = dataSource;
        this.closer = closer;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public <R> R inTransaction(Work<R> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                R result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("A write to the local store failed", e);
        }
    }

    public <R> R read(Work<R> work) {
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
