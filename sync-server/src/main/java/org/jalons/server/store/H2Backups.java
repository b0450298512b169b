package org.jalons.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the server's H2 data folder, and restores from them.
 *
 * <p>A backup is taken by the running server itself, with H2's {@code BACKUP TO}: online (pushes go on) and
 * consistent (one MVCC snapshot). The file H2 writes is the database file as it is on disk, so a database encrypted
 * with {@code JALONS_DB_KEY} stays encrypted in the backup, and restoring it needs the same key. Jalons wraps it in
 * its own zip with what a restore into an empty folder needs besides: the database user's generated password, the
 * encrypted marker, and a {@code backup.properties} manifest (format, time, schema version). A backup is written
 * under a temporary name and renamed when complete, then checked by opening a copy; only checked backups count for
 * retention, and a failed one never replaces a good one.
 */
public final class H2Backups {

    /** Backups written by the server are named {@code jalons-YYYYMMDD-HHMMSSZ.zip}, so names sort by time. */
    public static final String PREFIX = "jalons-";

    public static final String SUFFIX = ".zip";
    private static final String MANIFEST = "backup.properties";
    private static final String DATABASE_FILE = "jalons.mv.db";
    private static final String FORMAT = "1";
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What a checked backup holds: when it was taken, the schema version, how many organisations. */
    public record Summary(Path file, Instant takenAt, String schemaVersion, int organisations, boolean encrypted) {}

    private H2Backups() {}

    /**
     * Takes a backup of the running database {@code db}, whose data folder is {@code dataDir}, into {@code backupDir}
     * (created owner-only), checks it with {@code key}, and returns what it holds.
     */
    public static Summary take(Database db, Path dataDir, String key, Path backupDir, Instant now) {
        try {
            Files.createDirectories(backupDir);
            ownerOnly(backupDir, "rwx------");
            Path target = backupDir.resolve(PREFIX + NAME_TIME.format(now) + SUFFIX);
            Path raw = Files.createTempFile(backupDir, ".h2-", ".part");
            Path part = Files.createTempFile(backupDir, ".jalons-", ".part");
            try {
                Files.delete(raw); // BACKUP TO refuses an existing file
                String schema = db.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute(
                                "BACKUP TO '" + raw.toAbsolutePath().toString().replace("'", "''") + "'");
                    }
                    return schemaVersion(c);
                });
                boolean encrypted = Files.exists(dataDir.resolve(H2Files.ENCRYPTED_MARKER));
                wrap(raw, dataDir, part, now, schema, encrypted);
                ownerOnly(part, "rw-------");
                moveIntoPlace(part, target);
            } finally {
                Files.deleteIfExists(raw);
                Files.deleteIfExists(part);
            }
            try {
                return check(target, key);
            } catch (RuntimeException e) {
                Files.deleteIfExists(target); // never leave an unreadable backup among the good ones
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a copy of the backup in a temporary folder beside it (removed after) and reads what it holds. */
    public static Summary check(Path backup, String key) {
        Path scratch = null;
        try {
            // beside the backup, not in /tmp: same disk, same owner-only folder, no copy of the data elsewhere
            scratch = Files.createTempDirectory(backup.toAbsolutePath().getParent(), ".check-");
            Properties manifest = unpack(backup, scratch);
            return opened(backup, scratch, key, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Restores {@code backup} into {@code dataDir}, which must hold no database: nothing is overwritten. The folder
     * is left as it was (empty) when the backup cannot be read or opened with {@code key}.
     */
    public static Summary restore(Path backup, Path dataDir, String key) {
        try {
            Files.createDirectories(dataDir);
            try (var files = Files.list(dataDir)) {
                List<Path> present = files.filter(f -> {
                            String name = f.getFileName().toString();
                            return name.startsWith("jalons.") || name.equals(H2Files.PASSWORD_FILE);
                        })
                        .toList();
                if (!present.isEmpty()) {
                    throw new CannotOpenDatabase("Restore goes into an empty data folder only: "
                            + dataDir.toAbsolutePath() + " already holds a database ("
                            + present.get(0).getFileName() + "). Move it aside first.");
                }
            }
            ownerOnly(dataDir, "rwx------");
            Path staging = Files.createTempDirectory(dataDir, ".restore-");
            try {
                Properties manifest = unpack(backup, staging);
                Summary summary = opened(backup, staging, key, manifest);
                newHistory(backup, staging, key, manifest);
                try (var files = Files.list(staging)) {
                    for (Path file : files.toList()) {
                        Files.move(file, dataDir.resolve(file.getFileName()));
                    }
                }
                return summary;
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives the restored database a new history id (PROTOCOL.md, "A server restored from a backup"), before it is
     * moved into place: a restore that cannot replace it fails and leaves the data folder empty. A backup older than
     * the history id (schema before 25) gets a new one from its migration when the server starts.
     */
    private static void newHistory(Path backup, Path folder, String key, Properties manifest) {
        boolean encrypted = Boolean.parseBoolean(manifest.getProperty("encrypted"));
        H2Files.Opening opening = H2Files.prepare(folder, "", encrypted ? key : null);
        try (Connection c = DriverManager.getConnection(opening.url(), opening.user(), opening.password())) {
            boolean hasHistory;
            try (ResultSet tables = c.getMetaData().getTables(null, null, "SYNC_HISTORY", null)) {
                hasHistory = tables.next();
            }
            if (hasHistory) {
                SyncHistory.replace(c);
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN"); // closes the file before it is moved
            }
        } catch (SQLException e) {
            throw notABackup(
                    backup,
                    "its database cannot be written ("
                            + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** Deletes the oldest server backups in {@code backupDir} beyond the newest {@code keep}; returns those deleted. */
    public static List<Path> prune(Path backupDir, int keep) {
        try (var files = Files.list(backupDir)) {
            List<Path> backups = files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList();
            List<Path> deleted = new ArrayList<>();
            for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
                Files.deleteIfExists(old);
                deleted.add(old);
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wrap(Path raw, Path dataDir, Path target, Instant now, String schema, boolean encrypted)
            throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(file);
                ZipFile h2 = new ZipFile(raw.toFile())) {
            ZipEntry database = h2.getEntry(DATABASE_FILE);
            if (database == null) {
                throw new IOException("H2 wrote a backup without " + DATABASE_FILE);
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("database", "h2");
            manifest.setProperty("takenAt", now.toString());
            manifest.setProperty("schemaVersion", schema);
            manifest.setProperty("encrypted", Boolean.toString(encrypted));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "Jalons server backup");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(DATABASE_FILE));
            try (InputStream in = h2.getInputStream(database)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            for (String name : List.of(H2Files.PASSWORD_FILE, H2Files.ENCRYPTED_MARKER)) {
                Path beside = dataDir.resolve(name);
                if (Files.exists(beside)) {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(beside, zip);
                    zip.closeEntry();
                }
            }
        }
    }

    /** Extracts the backup's known entries into {@code folder}; anything else in the zip is refused. */
    private static Properties unpack(Path backup, Path folder) throws IOException {
        Set<String> allowed = Set.of(MANIFEST, DATABASE_FILE, H2Files.PASSWORD_FILE, H2Files.ENCRYPTED_MARKER);
        Properties manifest = null;
        boolean database = false;
        try (InputStream file = Files.newInputStream(backup);
                ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!allowed.contains(name)) {
                    throw notABackup(backup, "unexpected entry " + printable(name));
                }
                if (name.equals(MANIFEST)) {
                    manifest = new Properties();
                    manifest.load(new StringReader(new String(zip.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1)));
                } else {
                    Path out = folder.resolve(name);
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                    ownerOnly(out, "rw-------");
                    database |= name.equals(DATABASE_FILE);
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw notABackup(backup, "not a zip file, or cut short");
        }
        if (manifest == null || !database || !FORMAT.equals(manifest.getProperty("format"))) {
            throw notABackup(backup, manifest == null ? "no " + MANIFEST : "no database file or unknown format");
        }
        if (!"h2".equals(manifest.getProperty("database"))) {
            throw notABackup(backup, "not an H2 backup");
        }
        return manifest;
    }

    private static Summary opened(Path backup, Path folder, String key, Properties manifest) {
        boolean encrypted = Boolean.parseBoolean(manifest.getProperty("encrypted"));
        if (encrypted && key == null) {
            throw new CannotOpenDatabase(
                    "The backup " + backup + " is encrypted: set JALONS_DB_KEY or JALONS_DB_KEY_FILE "
                            + "to the key of the database it was taken from.");
        }
        H2Files.Opening opening;
        try {
            opening = H2Files.prepare(folder, ";ACCESS_MODE_DATA=r", encrypted ? key : null);
        } catch (CannotOpenDatabase | StoreException e) {
            throw notABackup(
                    backup, "its database cannot be opened: " + (encrypted ? "the wrong key, or " : "") + "damaged");
        }
        try (Connection c = DriverManager.getConnection(opening.url(), opening.user(), opening.password());
                Statement s = c.createStatement();
                ResultSet orgs = s.executeQuery("select count(*) from organisation")) {
            orgs.next();
            int organisations = orgs.getInt(1);
            return new Summary(
                    backup, Instant.parse(manifest.getProperty("takenAt")), schemaVersion(c), organisations, encrypted);
        } catch (SQLException e) {
            throw notABackup(
                    backup,
                    "its database cannot be read ("
                            + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\""
                        + " and \"version\" is not null order by \"installed_rank\" desc limit 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static CannotOpenDatabase notABackup(Path backup, String why) {
        return new CannotOpenDatabase(
                "Not a Jalons backup, or a damaged one: " + backup + " (" + why + ").".replaceAll("[\\r\\n]+", " "));
    }

    private static String printable(String name) {
        String cut = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
