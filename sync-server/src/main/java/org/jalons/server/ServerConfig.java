package org.jalons.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How a server runs. From the environment ({@link #fromEnvironment}) or built in code for tests.
 * Without a JDBC URL the server uses an H2 file database in {@code dataDir}, AES-encrypted when {@code dbKey} is set.
 */
public record ServerConfig(
        String bind,
        int port,
        Path dataDir,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        Path tlsKeystore,
        String tlsKeystorePassword,
        int tombstoneDays,
        boolean trustProxy,
        Duration stopTimeout,
        Clock clock,
        String dbKey,
        String metricsToken,
        Path backupDir,
        Duration backupEvery,
        int backupKeep) {

    public static final int DEFAULT_PORT = 8787;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_TOMBSTONE_DAYS = 90;
    /** Every setting the server reads; any other {@code JALONS_*} name is a typo and stops the server. */
    public static final Set<String> SETTINGS = Set.of(
            "JALONS_BIND",
            "JALONS_PORT",
            "JALONS_DATA_DIR",
            "JALONS_DB_KEY",
            "JALONS_DB_KEY_FILE",
            "JALONS_JDBC_URL",
            "JALONS_JDBC_USER",
            "JALONS_JDBC_PASSWORD",
            "JALONS_TLS_KEYSTORE",
            "JALONS_TLS_KEYSTORE_PASSWORD",
            "JALONS_TOMBSTONE_DAYS",
            "JALONS_TRUST_PROXY",
            "JALONS_METRICS_TOKEN",
            "JALONS_BACKUP_DIR",
            "JALONS_BACKUP_HOURS",
            "JALONS_BACKUP_KEEP",
            "JALONS_CONFIG");

    public static final int DEFAULT_BACKUP_HOURS = 24;
    public static final int DEFAULT_BACKUP_KEEP = 14;

    /** Defaults: 127.0.0.1:8787, H2 in ./data, no TLS, tombstones kept 90 days. */
    public static ServerConfig defaults() {
        return new ServerConfig(
                DEFAULT_BIND,
                DEFAULT_PORT,
                Path.of("data"),
                null,
                null,
                null,
                null,
                null,
                DEFAULT_TOMBSTONE_DAYS,
                false,
                Duration.ofSeconds(15),
                Clock.systemUTC(),
                null,
                null,
                null,
                Duration.ofHours(DEFAULT_BACKUP_HOURS),
                DEFAULT_BACKUP_KEEP);
    }

    /** For tests: a random port on 127.0.0.1 with an H2 file database in {@code dataDir}. */
    public static ServerConfig h2(Path dataDir) {
        return defaults().withPort(0).withDataDir(dataDir);
    }

    /** For tests: a random port on 127.0.0.1 with the given database. */
    public static ServerConfig jdbc(String url, String user, String password) {
        return defaults().withPort(0).withJdbc(url, user, password);
    }

    /**
     * Reads {@code JALONS_*} variables; a properties file named by {@code JALONS_CONFIG} may hold the
     * same keys, and the environment wins over it.
     */
    public static ServerConfig fromEnvironment(Map<String, String> environment) {
        Map<String, String> values = new HashMap<>();
        String file = environment.get("JALONS_CONFIG");
        if (file != null && !file.isBlank()) {
            values.putAll(readProperties(Path.of(file)));
        }
        environment.forEach((key, value) -> {
            if (key.startsWith("JALONS_")) {
                values.put(key, value);
            }
        });
        List<String> unknown = values.keySet().stream()
                .filter(k -> !SETTINGS.contains(k))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            // a mistyped name would otherwise be ignored silently (JALONS_BACKUP_DIRS: no backups, nobody told)
            throw new IllegalArgumentException("Unknown setting " + String.join(", ", unknown)
                    + "; the settings are listed in the server's README, \"Configure\".");
        }
        ServerConfig config = defaults();
        return new ServerConfig(
                values.getOrDefault("JALONS_BIND", config.bind()),
                integer(values, "JALONS_PORT", config.port()),
                Path.of(values.getOrDefault("JALONS_DATA_DIR", config.dataDir().toString())),
                blankToNull(values.get("JALONS_JDBC_URL")),
                blankToNull(values.get("JALONS_JDBC_USER")),
                values.get("JALONS_JDBC_PASSWORD"),
                blankToNull(values.get("JALONS_TLS_KEYSTORE")) == null
                        ? null
                        : Path.of(values.get("JALONS_TLS_KEYSTORE")),
                values.get("JALONS_TLS_KEYSTORE_PASSWORD"),
                integer(values, "JALONS_TOMBSTONE_DAYS", config.tombstoneDays()),
                Boolean.parseBoolean(values.getOrDefault("JALONS_TRUST_PROXY", "false")),
                config.stopTimeout(),
                config.clock(),
                dbKey(values),
                blankToNull(values.get("JALONS_METRICS_TOKEN")),
                blankToNull(values.get("JALONS_BACKUP_DIR")) == null ? null : Path.of(values.get("JALONS_BACKUP_DIR")),
                Duration.ofHours(positive(values, "JALONS_BACKUP_HOURS", DEFAULT_BACKUP_HOURS)),
                positive(values, "JALONS_BACKUP_KEEP", DEFAULT_BACKUP_KEEP));
    }

    public ServerConfig withPort(int newPort) {
        return with(b -> b.port = newPort);
    }

    public ServerConfig withDataDir(Path newDataDir) {
        return with(b -> b.dataDir = newDataDir);
    }

    public ServerConfig withJdbc(String url, String user, String password) {
        return with(b -> {
            b.jdbcUrl = url;
            b.jdbcUser = user;
            b.jdbcPassword = password;
        });
    }

    public ServerConfig withTls(Path keystore, String password) {
        return with(b -> {
            b.tlsKeystore = keystore;
            b.tlsKeystorePassword = password;
        });
    }

    public ServerConfig withTombstoneDays(int days) {
        return with(b -> b.tombstoneDays = days);
    }

    public ServerConfig withTrustProxy(boolean trust) {
        return with(b -> b.trustProxy = trust);
    }

    public ServerConfig withStopTimeout(Duration timeout) {
        return with(b -> b.stopTimeout = timeout);
    }

    public ServerConfig withClock(Clock newClock) {
        return with(b -> b.clock = newClock);
    }

    /** The bearer token a Prometheus scrape of /metrics sends; null turns /metrics off. */
    public ServerConfig withMetricsToken(String token) {
        return with(b -> b.metricsToken = token);
    }

    public ServerConfig withDbKey(String key) {
        return with(b -> b.dbKey = key);
    }

    /** Scheduled backups into {@code dir} (null: none), one every {@code every}, the newest {@code keep} kept. */
    public ServerConfig withBackups(Path dir, Duration every, int keep) {
        return with(b -> {
            b.backupDir = dir;
            b.backupEvery = every;
            b.backupKeep = keep;
        });
    }

    /** A copy with some settings changed: every wither goes through here, so a new setting is added in one place. */
    private ServerConfig with(Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        return builder.build();
    }

    /** The settings as mutable fields, for {@link #with}. */
    private static final class Builder {
        String bind;
        int port;
        Path dataDir;
        String jdbcUrl;
        String jdbcUser;
        String jdbcPassword;
        Path tlsKeystore;
        String tlsKeystorePassword;
        int tombstoneDays;
        boolean trustProxy;
        Duration stopTimeout;
        Clock clock;
        String dbKey;
        String metricsToken;
        Path backupDir;
        Duration backupEvery;
        int backupKeep;

        Builder(ServerConfig c) {
            bind = c.bind;
            port = c.port;
            dataDir = c.dataDir;
            jdbcUrl = c.jdbcUrl;
            jdbcUser = c.jdbcUser;
            jdbcPassword = c.jdbcPassword;
            tlsKeystore = c.tlsKeystore;
            tlsKeystorePassword = c.tlsKeystorePassword;
            tombstoneDays = c.tombstoneDays;
            trustProxy = c.trustProxy;
            stopTimeout = c.stopTimeout;
            clock = c.clock;
            dbKey = c.dbKey;
            metricsToken = c.metricsToken;
            backupDir = c.backupDir;
            backupEvery = c.backupEvery;
            backupKeep = c.backupKeep;
        }

        ServerConfig build() {
            return new ServerConfig(
                    bind,
                    port,
                    dataDir,
                    jdbcUrl,
                    jdbcUser,
                    jdbcPassword,
                    tlsKeystore,
                    tlsKeystorePassword,
                    tombstoneDays,
                    trustProxy,
                    stopTimeout,
                    clock,
                    dbKey,
                    metricsToken,
                    backupDir,
                    backupEvery,
                    backupKeep);
        }
    }

    /** JALONS_DB_KEY, or the first line of the file JALONS_DB_KEY_FILE names; null when neither is set. */
    private static String dbKey(Map<String, String> values) {
        String key = blankToNull(values.get("JALONS_DB_KEY"));
        String file = blankToNull(values.get("JALONS_DB_KEY_FILE"));
        if (key != null || file == null) {
            return key;
        }
        try {
            return blankToNull(Files.readString(Path.of(file)).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JALONS_DB_KEY_FILE " + file, e);
        }
    }

    private static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration file " + file, e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    private static int integer(Map<String, String> values, String key, int fallback) {
        String text = values.get(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + text + "'");
        }
    }

    private static int positive(Map<String, String> values, String key, int fallback) {
        int value = integer(values, key, fallback);
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be 1 or more, not '" + values.get(key) + "'");
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
