package org.jalons.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    @Override
    public Path privateFolder() {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("The app folder cannot be created: " + folder, e);
        }
    }
}
