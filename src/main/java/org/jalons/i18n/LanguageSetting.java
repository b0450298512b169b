package org.jalons.i18n;

import java.nio.file.Path;
import java.util.Properties;
import org.jalons.platform.SettingsFile;

/**
 * The language the person chose, kept in a small settings file of the app's private folder (outside the encrypted
 * store, because the unlock screen needs it before the PIN).
 */
public final class LanguageSetting {
    static final String FILE = "settings.properties";
    private static final String KEY = "language";

    private final SettingsFile file;

    public LanguageSetting(Path appFolder) {
        this.file = new SettingsFile(appFolder.resolve(FILE));
    }

    public Language load() {
        return Language.fromTag(file.read().getProperty(KEY, Language.FRENCH.tag()));
    }

    public void save(Language language) {
        Properties p = new Properties();
        p.setProperty(KEY, language.tag());
        file.write(p, "Jalons settings");
    }
}
