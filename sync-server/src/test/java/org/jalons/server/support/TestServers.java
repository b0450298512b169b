package org.jalons.server.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.jalons.server.JalonsServer;
import org.jalons.server.ServerConfig;

/**
 * One embedded PostgreSQL and one shared server per backend for the whole test JVM (tests isolate
 * themselves by creating their own organisation), plus dedicated servers for tests that need their
 * own clock, database or lifecycle.
 */
public final class TestServers {

    private static final Map<Backend, JalonsServer> SHARED = new EnumMap<>(Backend.class);
    private static final Map<Backend, String> SHARED_URL = new EnumMap<>(Backend.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestServers() {}

    public static synchronized JalonsServer shared(Backend backend) {
        return SHARED.computeIfAbsent(backend, b -> {
            String url = newDatabase(b);
            SHARED_URL.put(b, url);
            JalonsServer server = JalonsServer.start(config(b, url));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            return server;
        });
    }

    /** A direct JDBC connection to the shared server's database, to check what was (not) written. */
    public static synchronized Connection sharedDatabase(Backend backend) throws SQLException {
        shared(backend);
        return connect(backend, SHARED_URL.get(backend));
    }

    /** A server of its own on a fresh database; the caller stops it. */
    public static JalonsServer dedicated(Backend backend, UnaryOperator<ServerConfig> tweak) {
        return JalonsServer.start(tweak.apply(config(backend, newDatabase(backend))));
    }

    /** A fresh database URL (H2 file in a temp dir, or a new database in the embedded PostgreSQL). */
    public static String newDatabase(Backend backend) {
        if (backend == Backend.H2) {
            try {
                Path dir = Files.createTempDirectory("jalons-h2-");
                return "jdbc:h2:file:" + dir.resolve("jalons") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String name = "jalons_" + DATABASES.incrementAndGet();
        try (Connection c = postgres().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }

    public static ServerConfig config(Backend backend, String url) {
        return backend == Backend.H2 ? ServerConfig.jdbc(url, "sa", "") : ServerConfig.jdbc(url, "postgres", "");
    }

    public static Connection connect(Backend backend, String url) throws SQLException {
        return backend == Backend.H2
                ? DriverManager.getConnection(url, "sa", "")
                : DriverManager.getConnection(url, "postgres", "");
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return postgres;
    }
}
