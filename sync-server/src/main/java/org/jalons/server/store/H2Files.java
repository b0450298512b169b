package org.jalons.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.h2.api.ErrorCode;
import org.h2.tools.ChangeFileEncryption;

/**
 * The server's own H2 data folder: owner-only (0700, files 0600), the database user's password generated on first
 * start and kept in a 0600 file beside it, and the file AES-encrypted when a key is configured. A folder made by an
 * older version (empty password, plain file) keeps working: it gets a password, and is encrypted when a key is set.
 */
final class H2Files {

    static final String PASSWORD_FILE = "db-password";
    /** Present once the database file is encrypted: starting without the key then stops with a clear message. */
    static final String ENCRYPTED_MARKER = "db-encrypted";

    private static final String USER = "sa";
    private static final String NAME = "jalons";

    /** How to open the database: the JDBC URL and the password (H2's "file-key user-password" when encrypted). */
    record Opening(String url, String user, String password) {}

    private H2Files() {}

    static Opening prepare(Path dataDir, String settings, String key) {
        try {
            Files.createDirectories(dataDir);
            ownerOnly(dataDir, "rwx------");
            Path database = dataDir.resolve(NAME + ".mv.db");
            boolean exists = Files.exists(database);
            boolean encrypted = Files.exists(dataDir.resolve(ENCRYPTED_MARKER));
            if (key != null && (key.length() < 16 || key.chars().anyMatch(Character::isWhitespace))) {
                throw new CannotOpenDatabase("The database key must be at least 16 characters, without spaces.");
            }
            if (encrypted && key == null) {
                throw new CannotOpenDatabase("The database in " + dataDir.toAbsolutePath() + " is encrypted: set "
                        + "JALONS_DB_KEY or JALONS_DB_KEY_FILE to its key.");
            }
            String base = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(NAME) + settings;
            String password = password(dataDir, base, exists && !encrypted);
            if (key != null && exists && !encrypted && opens(base, password)) {
                // a plain file from before the key was set: encrypted in place (the server is not running)
                ChangeFileEncryption.execute(dataDir.toString(), NAME, "AES", null, key.toCharArray(), true);
            }
            Opening opening = key == null
                    ? new Opening(base, USER, password)
                    : new Opening(base + ";CIPHER=AES", USER, key + " " + password);
            probe(dataDir, opening);
            if (key != null) {
                writeOwnerOnly(dataDir.resolve(ENCRYPTED_MARKER), "AES\n");
            }
            try (var files = Files.list(dataDir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(NAME + "."))
                        .toList()) {
                    ownerOnly(file, "rw-------");
                }
            }
            return opening;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** The generated password; a database from before it existed (empty password) is given it now. */
    private static String password(Path dataDir, String base, boolean mayBeLegacy) throws IOException, SQLException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            String stored = Files.readString(file).strip();
            if (mayBeLegacy && !opens(base, stored) && opens(base, "")) {
                setPassword(base, "", stored); // written, then the server stopped before the database had it
            }
            return stored;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writeOwnerOnly(file, password + "\n");
        if (mayBeLegacy && opens(base, "")) {
            setPassword(base, "", password);
        }
        return password;
    }

    private static void setPassword(String url, String old, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, USER, old);
                Statement s = c.createStatement()) {
            s.execute("alter user " + USER + " set password '" + password + "'"); // base64url: no quote in it
        }
    }

    private static boolean opens(String url, String password) {
        try {
            DriverManager.getConnection(url + ";IFEXISTS=TRUE", USER, password).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Opens once before the pool does, to turn a wrong key into one clear sentence. */
    private static void probe(Path dataDir, Opening opening) throws SQLException {
        try (Connection c = DriverManager.getConnection(opening.url(), opening.user(), opening.password())) {
            c.isValid(1);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                    || e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                throw new CannotOpenDatabase("Cannot open the database in " + dataDir.toAbsolutePath()
                        + ": wrong key or password (JALONS_DB_KEY, JALONS_DB_KEY_FILE, " + PASSWORD_FILE + ").");
            }
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                // an H2 file has one process at a time: the running server, or this command
                throw new CannotOpenDatabase(
                        "The database in " + dataDir.toAbsolutePath() + " is in use by a "
                                + "running Jalons server: stop the server, run this command, then start the server again.",
                        true);
            }
            throw e;
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        if (!Files.exists(file) && posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, text);
        ownerOnly(file, "rw-------");
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
