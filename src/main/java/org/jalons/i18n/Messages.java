package org.jalons.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jalons.domain.Violation;
import org.jalons.protocol.Code;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every text the person reads, in the chosen language. Screens hold no user text of their own. */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    public static final String BUNDLE = "org.jalons.i18n.messages";
    /**
     * One bundle per screen family besides the shared {@code messages}, so that each family's texts stay together
     * and can be written side by side. A key lives in exactly one of them (a test checks it).
     */
    public static final List<String> FAMILIES =
            List.of("messages", "counsellor", "visit", "beneficiary", "settings", "sync", "supervisor", "export");
    /** French is the base bundle: never fall back to the JVM's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private List<ResourceBundle> bundles;

    public Messages(Language initial) {
        language.addListener((obs, was, now) -> bundles = bundles(now.locale()));
        language.set(initial);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** Every family's bundle in one language, the shared one first. */
    public static List<ResourceBundle> bundles(Locale locale) {
        return FAMILIES.stream()
                .map(family -> ResourceBundle.getBundle("org.jalons.i18n." + family, locale, NO_FALLBACK))
                .toList();
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
        String pattern = null;
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
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
