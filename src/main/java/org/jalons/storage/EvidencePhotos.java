package org.jalons.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photos kept as evidence (a training's certificate), inside the encrypted store: a photo never lies as a plain
 * file in the app's folder, where anyone holding the folder could read it without the PIN. A photo is named by the
 * training's {@code evidenceRef} ({@code evidence/<training id>.jpg}).
 */
public final class EvidencePhotos {
    private static final Logger LOG = LoggerFactory.getLogger(EvidencePhotos.class);
    /** Where older versions copied the photos as plain files, under the app's folder. */
    public static final String FOLDER = "evidence";
    /** A phone camera's photo is 2 to 8 MB; more is no photo of a certificate, and would bloat the store. */
    public static final long MAX_BYTES = 12L * 1024 * 1024;

    static final int MAX_NAME = 500;

    /** A picture over {@link #MAX_BYTES}: the person is told, nothing is kept. */
    public static final class TooLargeException extends RuntimeException {
        public TooLargeException(long size) {
            super("The picture has " + size + " bytes, more than " + MAX_BYTES);
        }
    }

    private final Database db;
    private final Clock clock;

    public EvidencePhotos(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Reads a picture file (size checked first) and keeps it under {@code name}, replacing any photo of that name. */
    public void putFile(String name, Path picture) throws IOException {
        long size = Files.size(picture);
        if (size > MAX_BYTES) {
            throw new TooLargeException(size);
        }
        put(name, Files.readAllBytes(picture));
    }

    public void put(String name, byte[] content) {
        checkName(name);
        if (content.length > MAX_BYTES) {
            throw new TooLargeException(content.length);
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO EVIDENCE_PHOTO (NAME, CONTENT, ADDED_AT) KEY (NAME) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setBytes(2, content);
                ps.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<byte[]> read(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT CONTENT FROM EVIDENCE_PHOTO WHERE NAME = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    public void delete(String name) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM EVIDENCE_PHOTO WHERE NAME = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Moves the plain photo files an older version left in {@code <appFolder>/evidence/} into the store, then deletes
     * them (each file only once its row is committed; the folder last). A file that cannot be moved stays for the
     * next unlock. Whatever their size: they are the person's evidence already. Returns how many were moved.
     */
    public int adoptPlainFiles(Path appFolder) {
        Path folder = appFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            LOG.warn("The folder {} of plain evidence photos cannot be listed", folder, e);
            return 0;
        }
        int moved = 0;
        for (Path file : files) {
            String name = FOLDER + "/" + file.getFileName();
            try {
                if (name.length() <= MAX_NAME) {
                    adopt(name, file);
                }
                Files.delete(file);
                moved++;
            } catch (IOException | UncheckedIOException | StoreException e) {
                LOG.warn("The plain evidence photo {} could not be moved into the store; next unlock", file, e);
            }
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.info("The evidence folder {} still holds files", folder);
        }
        if (moved > 0) {
            LOG.info("{} evidence photos moved from plain files into the encrypted store", moved);
        }
        return moved;
    }

    /** Streams the file into the row, so that an unusually large older photo needs no copy in memory. */
    private void adopt(String name, Path file) {
        db.inTransaction(c -> {
            try (InputStream in = Files.newInputStream(file);
                    PreparedStatement ps = c.prepareStatement(
                            "MERGE INTO EVIDENCE_PHOTO (NAME, CONTENT, ADDED_AT) KEY (NAME) VALUES (?, ?, ?)")) {
                ps.setString(1, name);
                ps.setBinaryStream(2, in, Files.size(file));
                ps.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("An evidence photo needs a name of 1 to " + MAX_NAME + " characters");
        }
    }
}
