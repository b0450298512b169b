package org.jalons.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The connection pool, the migrations and the transaction boundary. */
public final class Database implements AutoCloseable {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** What runs just before a transaction commits, on the value it was given. */
    @FunctionalInterface
    public interface BeforeCommit<T> {
        void run(Connection connection, T value) throws SQLException;
    }

    private record Attached<T>(T value, BeforeCommit<T> action) {
        void run(Connection connection) throws SQLException {
            action.run(connection, value);
        }
    }

    /** Per open transaction (by its connection) of this thread: values attached to it, in order. */
    private static final ThreadLocal<Map<Connection, Map<Object, Attached<?>>>> OPEN =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The default store: an H2 file database in {@code dataDir}, created on first start. */
    public static Database h2File(Path dataDir, int poolSize) {
        return h2File(dataDir, null, poolSize);
    }

    /**
     * The same, AES-encrypted with {@code key} when it is not null; the folder is made owner-only and the
     * database user gets a generated password (H2Files).
     */
    public static Database h2File(Path dataDir, String key, int poolSize) {
        // MAX_COMPACT_TIME=0: no compaction while closing. With H2 2.3.232 the close-time chunk moves corrupt the file
        // after restarts (seen in the app's fault-injection test, which restarts the server mid-sync; the app's own
        // store has the same setting for the same reason, cf. h2database issues #4123 and #4247).
        // WRITE_DELAY=0: a commit is on disk when it returns. H2's default writes commits up to 500 ms later, and a
        // killed server then loses changes it had acknowledged, which the phones have already dropped from their
        // outboxes (KillDuringCommitsTest).
        H2Files.Opening opening = H2Files.prepare(
                dataDir,
                ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000;QUERY_CACHE_SIZE=64;MAX_COMPACT_TIME=0;WRITE_DELAY=0",
                key);
        return open(opening.url(), opening.user(), opening.password(), poolSize);
    }

    /** Any JDBC URL (PostgreSQL in production, H2 otherwise); migrates before returning. */
    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(true);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("jalons");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    /**
     * Where the server's migrations live. Not Flyway's default {@code db/migration}: the app keeps its own local
     * store's migrations there, and a class path holding both (the app's end-to-end tests, any tool embedding the
     * server) would otherwise read each other's.
     */
    public static final String MIGRATIONS = "classpath:org/jalons/server/db/migration";

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<Object, Attached<?>> attached = new LinkedHashMap<>();
            OPEN.get().put(connection, attached);
            try {
                T result = work.run(connection);
                for (Attached<?> a : attached.values()) {
                    a.run(connection);
                }
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                OPEN.get().remove(connection);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * The value attached under {@code key} to the transaction {@link #inTransaction} runs on {@code c},
     * created on first use together with what to do with it just before commit (nothing on rollback).
     * Null when {@code c} is not such a transaction: the caller then does the work itself.
     */
    @SuppressWarnings("unchecked")
    public static <T> T attached(Connection c, Object key, Supplier<T> create, BeforeCommit<T> beforeCommit) {
        Map<Object, Attached<?>> attached = OPEN.get().get(c);
        if (attached == null) {
            return null;
        }
        return ((Attached<T>) attached.computeIfAbsent(key, k -> new Attached<>(create.get(), beforeCommit))).value();
    }

    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
