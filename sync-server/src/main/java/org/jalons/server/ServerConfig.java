package org.jalons.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

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
        String metricsToken) {

    public static final int DEFAULT_PORT = 8787;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_TOMBSTONE_DAYS = 90;

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
                null);
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
                blankToNull(values.get("JALONS_METRICS_TOKEN")));
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(
                bind,
                newPort,
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
                metricsToken);
    }

    public ServerConfig withDataDir(Path newDataDir) {
        return new ServerConfig(
                bind,
                port,
                newDataDir,
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
                metricsToken);
    }

    public ServerConfig withJdbc(String url, String user, String password) {
        return new ServerConfig(
                bind,
                port,
                dataDir,
                url,
                user,
                password,
                tlsKeystore,
                tlsKeystorePassword,
                tombstoneDays,
                trustProxy,
                stopTimeout,
                clock,
                dbKey,
                metricsToken);
    }

    public ServerConfig withTls(Path keystore, String password) {
        return new ServerConfig(
                bind,
                port,
                dataDir,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                keystore,
                password,
                tombstoneDays,
                trustProxy,
                stopTimeout,
                clock,
                dbKey,
                metricsToken);
    }

    public ServerConfig withTombstoneDays(int days) {
        return new ServerConfig(
                bind,
                port,
                dataDir,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                tlsKeystore,
                tlsKeystorePassword,
                days,
                trustProxy,
                stopTimeout,
                clock,
                dbKey,
                metricsToken);
    }

    public ServerConfig withTrustProxy(boolean trust) {
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
                trust,
                stopTimeout,
                clock,
                dbKey,
                metricsToken);
    }

    public ServerConfig withStopTimeout(Duration timeout) {
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
                timeout,
                clock,
                dbKey,
                metricsToken);
    }

    public ServerConfig withClock(Clock newClock) {
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
                newClock,
                dbKey,
                metricsToken);
    }

    /** The bearer token a Prometheus scrape of /metrics sends; null turns /metrics off. */
    public ServerConfig withMetricsToken(String token) {
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
                token);
    }

    public ServerConfig withDbKey(String key) {
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
                key,
                metricsToken);
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
