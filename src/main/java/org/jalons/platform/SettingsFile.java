package org.jalons.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small properties file of the app's private folder, outside the encrypted store, for what the screens need
 * before the PIN (language, display). A file rather than Java Preferences, which phones lack. A file that cannot
 * be read counts as empty, and a failed save is logged: neither may stop the app.
 */
public final class SettingsFile {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The file's values; empty when it does not exist or cannot be read. */
    public Properties read() {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return p;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("The settings file {} cannot be read; defaults are used", file, e);
            return new Properties();
        }
        return p;
    }

    public void write(Properties values, String comment) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, comment);
        } catch (IOException e) {
            LOG.warn("The settings could not be saved in {}", file, e);
        }
    }
}
