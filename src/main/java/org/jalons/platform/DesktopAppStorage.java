package org.jalons.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** On a desktop: {@code ~/.gluon/jalons}, or the folder named by {@code -Djalons.home=…}. */
public final class DesktopAppStorage implements AppStorage {
    private final Path folder;

    public DesktopAppStorage(Path folder) {
        this.folder = folder;
    }

    /** Resolves the folder from the system property, else from the user's home. */
    public static DesktopAppStorage fromSystem() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new DesktopAppStorage(Path.of(override));
        }
        return new DesktopAppStorage(Path.of(System.getProperty("user.home"), ".gluon", "jalons"));
    }

    /**
     * Created if needed and made owner-only (0700) where the file system has POSIX permissions: the store, photos
     * and exports inside are then out of reach of the computer's other accounts. On a phone the app's private
     * storage is already the app's own.
     */
    @Override
    public Path privateFolder() {
        try {
            Path created = Files.createDirectories(folder);
            if (created.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rwx------"));
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("The app folder cannot be created: " + folder, e);
        }
    }
}
