package org.jalons.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jalons.domain.Code;
import org.jalons.domain.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every text the person reads, in the chosen language. Screens hold no user text of their own. */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    public static final String BUNDLE = "org.jalons.i18n.messages";
    /** French is the base bundle: never fall back to the JVM's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private ResourceBundle bundle;

    public Messages(Language initial) {
        language.addListener((obs, was, now) -> bundle = bundle(now.locale()));
        language.set(initial);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public void setLanguage(Language next) {
        language.set(next);
    }

    public Locale locale() {
        return language.get().locale();
    }

    /** The text for a key; a missing key shows as the key itself (and is logged) rather than failing a screen. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("No text for '{}' in {}", key, locale());
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    public String label(Code code) {
        return get(code.labelKey());
    }

    public String violation(Violation violation) {
        return violation.message(locale());
    }
}
