package org.jalons.i18n;

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
 * The language the person chose, kept in a small file of the app's private folder (outside the encrypted store,
 * because the unlock screen needs it before the PIN). A file rather than Java Preferences, which phones lack.
 */
public final class LanguageSetting {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageSetting.class);
    static final String FILE = "settings.properties";
    private static final String KEY = "language";

    private final Path file;

    public LanguageSetting(Path appFolder) {
        this.file = appFolder.resolve(FILE);
    }

    public Language load() {
        if (!Files.exists(file)) {
            return Language.FRENCH;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            LOG.warn("The settings file {} cannot be read; French is used", file, e);
            return Language.FRENCH;
        }
        return Language.fromTag(p.getProperty(KEY, Language.FRENCH.tag()));
    }

    public void save(Language language) {
        Properties p = new Properties();
        p.setProperty(KEY, language.tag());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Jalons settings");
        } catch (IOException e) {
            LOG.warn("The language choice could not be saved in {}", file, e);
        }
    }
}
