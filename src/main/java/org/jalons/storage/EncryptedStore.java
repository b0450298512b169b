package org.jalons.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and opens the AES-encrypted H2 file of one profile folder. The key comes from the PIN; a wrong PIN,
 * a damaged file and a missing file each give their own {@link UnlockException}, and the data file is never
 * deleted, repaired or overwritten on the way.
 */
public final class EncryptedStore {
    private static final Logger LOG = LoggerFactory.getLogger(EncryptedStore.class);
    static final String DB_NAME = "jalons";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    public static final int MIN_SECRET_LENGTH = 6;
    private static final String USER = "jalons";
    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    /**
     * Data files found damaged by this process, with their size and time. When the newest chunks are damaged,
     * H2 (2.3.232) can take the file for a new, empty database; in read-only mode that fails and H2 keeps the
     * file locked until the process ends, so a second try would wrongly say "in use". The same unchanged file
     * is reported as damaged again without asking H2.
     */
    private static final Map<Path, Fingerprint> KNOWN_DAMAGED = new ConcurrentHashMap<>();
    /**
     * Data files this process read whole at unlock (or created), then closed, with their fingerprint taken after
     * the close. Reading a store whole to find damage decrypts all of it: about a second for 500 people with two
     * years of history. An unlock in the same run that finds the same fingerprint skips that read, since only this
     * process's own H2 wrote the file since it was read; any difference, and the whole read runs again.
     */
    private static final Map<Path, Fingerprint> CHECKED_AND_CLOSED = new ConcurrentHashMap<>();
    /** How many times a store was read whole, for tests. */
    static final java.util.concurrent.atomic.AtomicInteger WHOLE_READS =
            new java.util.concurrent.atomic.AtomicInteger();
    /** Two 4 KiB file headers and at least one chunk: anything shorter is not a store H2 wrote. */
    private static final long MIN_FILE_BYTES = 3 * 4096;

    private final Path folder;
    private final Clock clock;
    /** For the keys this object makes (a new store, a new PIN); an existing key file says how its key is derived. */
    private final KeyDerivation.Parameters parameters;

    public EncryptedStore(Path folder, Clock clock, KeyDerivation.Parameters parameters) {
        this.folder = folder;
        this.clock = clock;
        this.parameters = parameters;
    }

    /** New keys with PBKDF2 and this many iterations (tests use few, to run fast). */
    public EncryptedStore(Path folder, Clock clock, int iterations) {
        this(folder, clock, KeyDerivation.Parameters.pbkdf2(iterations));
    }

    public EncryptedStore(Path folder) {
        this(folder, Clock.systemUTC(), KeyDerivation.Parameters.FOR_NEW_STORES);
    }

    public Path folder() {
        return folder;
    }

    public boolean exists() {
        return Files.exists(keyFile());
    }

    Path keyFile() {
        return folder.resolve(KeyFile.NAME);
    }

    public Path dataFile() {
        return folder.resolve(DB_FILE);
    }

    /** Creates a new, empty, migrated store. Refuses to replace an existing one. */
    public Database create(char[] secret) throws IOException {
        return create(secret, MigrationVersion.LATEST);
    }

    /** Creates a store with the schema of an older version, as an older app did: for migration tests. */
    Database create(char[] secret, MigrationVersion schema) throws IOException {
        if (secret == null || secret.length < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("The PIN must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (exists() || Files.exists(dataFile())) {
            throw new IllegalStateException("A store already exists in " + folder + "; it is never replaced");
        }
        Files.createDirectories(folder);
        byte[] salt = KeyDerivation.newSalt();
        KeyDerivation.Keys keys = KeyDerivation.derive(secret, salt, parameters);
        Database db = connect(keys, false, schema);
        KeyFile.of(parameters, salt, keys.verifierHash()).write(keyFile());
        return db;
    }

    /** Opens the store with the person's PIN. */
    public Database open(char[] secret) throws UnlockException {
        if (!exists()) {
            throw new UnlockException(UnlockException.Reason.NO_PROFILE, "No profile on this device", null);
        }
        if (Files.exists(pendingKeyFile())) {
            Database finished = finishInterruptedChange(secret);
            if (finished != null) {
                return finished;
            }
        }
        KeyFile key;
        try {
            key = KeyFile.read(keyFile());
        } catch (IOException e) {
            throw new UnlockException(
                    UnlockException.Reason.KEY_FILE_DAMAGED,
                    "The key file " + keyFile() + " is not readable JSON: " + e.getMessage(),
                    e);
        }
        String keyProblem = key.problem();
        if (keyProblem != null) {
            throw new UnlockException(
                    UnlockException.Reason.KEY_FILE_DAMAGED,
                    "The key file " + keyFile() + " is damaged: " + keyProblem,
                    null);
        }
        KeyDerivation.Keys keys = checkPin(key, secret);
        if (!Files.exists(dataFile())) {
            throw new UnlockException(UnlockException.Reason.MISSING, "The data file is missing: " + dataFile(), null);
        }
        verifyReadOnly(keys);
        try {
            return connect(keys, true);
        } catch (StoreException e) {
            throw classify(e);
        }
    }

    /**
     * Changes the PIN: the data file is re-encrypted with the key of the new PIN (H2's ChangeFileEncryption writes
     * a re-encrypted copy and moves it over the file) and the key file is replaced. The store must be closed. The
     * old PIN is required and checked first (a wrong one counts as a failed unlock). The new key file is written
     * beside the old one first, so that an interruption between the two steps is finished by the next unlock
     * (see {@link #open}). The new key is derived with this object's parameters: a store made with PBKDF2 moves to
     * Argon2id when its PIN is changed.
     */
    public void changeSecret(char[] oldSecret, char[] newSecret) throws UnlockException {
        if (newSecret == null || newSecret.length < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("The PIN must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        KeyDerivation.Keys oldKeys = verify(oldSecret);
        byte[] salt = KeyDerivation.newSalt();
        KeyDerivation.Keys newKeys = KeyDerivation.derive(newSecret, salt, parameters);
        try {
            KeyFile.of(parameters, salt, newKeys.verifierHash()).write(pendingKeyFile());
            ChangeFileEncryption.execute(
                    folder.toString(),
                    DB_NAME,
                    "AES",
                    oldKeys.filePassword().toCharArray(),
                    newKeys.filePassword().toCharArray(),
                    true);
        } catch (IOException | SQLException e) {
            deleteQuietly(pendingKeyFile());
            throw new StoreException(
                    "The store could not be encrypted with the new PIN; the old PIN still opens it", e);
        }
        promotePendingKey();
        LOG.info("The store of {} is now encrypted with a new PIN", folder);
    }

    /** Checks a PIN against the key file without opening the data; a wrong PIN counts as a failed unlock. */
    public KeyDerivation.Keys verify(char[] secret) throws UnlockException {
        if (!exists()) {
            throw new UnlockException(UnlockException.Reason.NO_PROFILE, "No profile on this device", null);
        }
        return checkPin(readKey(), secret);
    }

    /**
     * Checks a PIN against a key file, for opening and for a bare check alike: refused while locked out; a wrong
     * PIN is counted (and may lock out), a right one clears the count.
     */
    private KeyDerivation.Keys checkPin(KeyFile key, char[] secret) throws UnlockException {
        if (key.problem() != null) {
            throw new UnlockException(
                    UnlockException.Reason.KEY_FILE_DAMAGED,
                    "The key file " + keyFile() + " is damaged: " + key.problem(),
                    null);
        }
        Instant now = clock.instant();
        Instant retryAt = UnlockPolicy.retryAt(key, now);
        if (retryAt != null) {
            throw new UnlockException(UnlockException.Reason.LOCKED_OUT, "Too many wrong PINs", retryAt, 0, null);
        }
        KeyDerivation.Keys keys = KeyDerivation.derive(secret, key.salt(), key.parameters());
        if (!KeyDerivation.matches(keys, key.verifierHash())) {
            KeyFile failed = key.withFailure(now);
            save(failed);
            throw new UnlockException(
                    UnlockException.Reason.WRONG_PIN,
                    "Wrong PIN",
                    UnlockPolicy.retryAt(failed, now),
                    UnlockPolicy.attemptsBeforeDelay(failed),
                    null);
        }
        if (key.failedAttempts() > 0) {
            save(key.withSuccess());
        }
        return keys;
    }

    private KeyFile readKey() throws UnlockException {
        try {
            return KeyFile.read(keyFile());
        } catch (IOException e) {
            throw new UnlockException(UnlockException.Reason.CORRUPTED, "The key file cannot be read", e);
        }
    }

    Path pendingKeyFile() {
        return folder.resolve(KeyFile.NAME + ".new");
    }

    private void promotePendingKey() {
        try {
            Files.move(
                    pendingKeyFile(), keyFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("The new key file could not replace the old one", e);
        }
    }

    /**
     * A PIN change interrupted after the data was re-encrypted but before the key file was replaced: the new PIN
     * opens the data, so the new key file is kept. Interrupted before: the data still has the old key, the pending
     * key file is dropped. Returns the open store, or null to go on with the ordinary unlock.
     */
    private Database finishInterruptedChange(char[] secret) {
        KeyFile pending;
        try {
            pending = KeyFile.read(pendingKeyFile());
        } catch (IOException e) {
            deleteQuietly(pendingKeyFile());
            return null;
        }
        if (pending.problem() != null) {
            deleteQuietly(pendingKeyFile());
            return null;
        }
        KeyDerivation.Keys keys = KeyDerivation.derive(secret, pending.salt(), pending.parameters());
        if (!KeyDerivation.matches(keys, pending.verifierHash())) {
            return null;
        }
        try {
            Database db = connect(keys, true);
            promotePendingKey();
            LOG.info("Finished a PIN change that was interrupted");
            return db;
        } catch (StoreException e) {
            LOG.info("A PIN change was interrupted before the data was re-encrypted; the old PIN still applies");
            deleteQuietly(pendingKeyFile());
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    private void save(KeyFile key) {
        try {
            key.write(keyFile());
        } catch (IOException e) {
            LOG.warn("Could not record the unlock attempt in {}", keyFile(), e);
        }
    }

    /**
     * Reads every table once with the file opened read-only before it is opened for writing. A read-write open
     * lets H2 roll back to older chunks, rewrite headers or initialise an empty file: a damaged store must
     * instead stay exactly as it is, byte for byte, so that it can still be recovered or sent for analysis.
     */
    private void verifyReadOnly(KeyDerivation.Keys keys) throws UnlockException {
        Fingerprint fingerprint = fingerprint();
        if (fingerprint.equals(CHECKED_AND_CLOSED.remove(dataFile().toAbsolutePath()))) {
            return;
        }
        if (fingerprint.equals(KNOWN_DAMAGED.get(dataFile().toAbsolutePath()))) {
            throw new UnlockException(
                    UnlockException.Reason.CORRUPTED,
                    "The data file is still the damaged one found earlier: " + dataFile(),
                    null);
        }
        try {
            checkReadable(keys, fingerprint);
        } catch (UnlockException e) {
            if (e.reason() == UnlockException.Reason.CORRUPTED) {
                KNOWN_DAMAGED.put(dataFile().toAbsolutePath(), fingerprint);
            }
            throw e;
        }
    }

    /** Size, time, and a CRC of the two file headers and of the last 64 KiB (where H2 writes its newest chunk). */
    private record Fingerprint(long size, FileTime modified, long sample) {}

    private static final int HEADERS = 8192;
    private static final int TAIL = 64 * 1024;

    private Fingerprint fingerprint() throws UnlockException {
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(dataFile())) {
            long size = file.size();
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(TAIL);
            for (long from : new long[] {0, Math.max(HEADERS, size - TAIL)}) {
                buffer.clear().limit(from == 0 ? HEADERS : TAIL);
                long at = from;
                while (buffer.hasRemaining() && file.read(buffer, at) > 0) {
                    at = from + buffer.position();
                }
                crc.update(buffer.flip());
            }
            return new Fingerprint(size, Files.getLastModifiedTime(dataFile()), crc.getValue());
        } catch (IOException e) {
            throw new UnlockException(UnlockException.Reason.CORRUPTED, "The data file cannot be read", e);
        }
    }

    /** After a store this process checked or created is closed: see {@link #CHECKED_AND_CLOSED}. */
    private void rememberClosed() {
        try {
            CHECKED_AND_CLOSED.put(dataFile().toAbsolutePath(), fingerprint());
        } catch (UnlockException e) {
            CHECKED_AND_CLOSED.remove(dataFile().toAbsolutePath()); // the next unlock reads it whole
        }
    }

    private void checkReadable(KeyDerivation.Keys keys, Fingerprint fingerprint) throws UnlockException {
        if (fingerprint.size() < MIN_FILE_BYTES) {
            throw new UnlockException(
                    UnlockException.Reason.CORRUPTED,
                    "The data file is too short to be a Jalons store: " + dataFile(),
                    null);
        }
        WHOLE_READS.incrementAndGet();
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL(url(true) + ";ACCESS_MODE_DATA=r");
        readOnly.setUser(USER);
        readOnly.setPassword(keys.filePassword() + " " + USER);
        try (Connection c = readOnly.getConnection()) {
            List<String> tables = tables(c);
            if (!tables.contains(FLYWAY_HISTORY)) {
                throw new UnlockException(
                        UnlockException.Reason.CORRUPTED, "The data file holds no Jalons store", null);
            }
            for (String table : tables) {
                readAll(c, table);
            }
        } catch (SQLException | RuntimeException e) {
            throw classify(new StoreException("The local store could not be read", e));
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
                WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void readAll(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private String url(boolean mustExist) {
        // TRACE_LEVEL_FILE=0: H2's trace file sits beside the encrypted file, in plain text.
        // WRITE_DELAY=0: a commit is written to the file before it returns. With H2's default (commits kept in
        // memory up to a second), killing the app (Android does) lost about half of the writes that had
        // returned in KillDuringWritesTest. Many records are written in one commit with inOneTransaction.
        // MAX_COMPACT_TIME=0: no compaction while closing. With H2 2.3.232 the close-time chunk moves corrupted the
        // file after a few hundred close/reopen cycles in the fault-injection test ("Double mark" on the next open,
        // cf. h2database issues #4123 and #4247); the background housekeeping still reclaims space while open.
        // QUERY_CACHE_SIZE=64: each session keeps its parsed statements; a save uses more than H2's default of 8
        // (find, MERGE or INSERT per kind, outbox insert, rule checks), so they were parsed again every time.
        return "jdbc:h2:file:" + folder.resolve(DB_NAME).toAbsolutePath()
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;WRITE_DELAY=0;MAX_COMPACT_TIME=0;QUERY_CACHE_SIZE=64"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    private Database connect(KeyDerivation.Keys keys, boolean mustExist) {
        return connect(keys, mustExist, MigrationVersion.LATEST);
    }

    private Database connect(KeyDerivation.Keys keys, boolean mustExist, MigrationVersion schema) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(mustExist), USER, keys.filePassword() + " " + USER);
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
            // Migrations are listed, not scanned (see Migrations): the same on the JVM and in a native image.
            Flyway.configure()
                    .dataSource(pool)
                    .resourceProvider(Migrations.INSTANCE)
                    .javaMigrationClassProvider(Migrations.INSTANCE)
                    .target(schema)
                    .load()
                    .migrate();
            return new Database(pool, () -> {
                pool.dispose(); // H2 closes the file with its last connection
                rememberClosed();
            });
        } catch (SQLException | FlywayException e) {
            pool.dispose();
            throw new StoreException("The local store could not be opened", e);
        }
    }

    private UnlockException classify(StoreException e) {
        SQLException sql = findSql(e);
        int code = sql == null ? 0 : sql.getErrorCode();
        LOG.error("Opening {} failed (H2 error {})", dataFile(), code, e);
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new UnlockException(UnlockException.Reason.IN_USE, "The store is already open", e);
        }
        if (code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
            return new UnlockException(UnlockException.Reason.MISSING, "The data file is missing", e);
        }
        return new UnlockException(UnlockException.Reason.CORRUPTED, "The data file cannot be read", e);
    }

    private static SQLException findSql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
