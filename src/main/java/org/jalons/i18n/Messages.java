package org.jalons.i18n;

import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jalons.domain.Violation;
import org.jalons.protocol.Code;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every text the person reads, in the chosen language. Screens hold no user text of their own.
 *
 * <p>Texts are ICU message patterns, always formatted, with or without arguments: a count is a plural
 * ({@code {0, plural, one {# étape faite} other {# étapes faites}}}), a grammatical form a select
 * ({@code {1, select, feminine {…} masculine {…} other {…}}}). Apostrophes follow ICU's default
 * {@code DOUBLE_OPTIONAL} mode, decided once for every text: French writes the typographic ’ (never quoted), and
 * a lone straight ' (English "don't") stays as it is; a doubled '' is never written.
 *
 * <p>ICU4J takes hundreds of milliseconds to load its plural rules and number data on a cold start, so only a text
 * with a plural or a select is formatted by ICU; the others by the JDK's MessageFormat, their apostrophes doubled
 * first so that both read a text the same way (WordingTest checks that they do, text by text).
 */
public final class Messages {
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    public static final String BUNDLE = "org.jalons.i18n.messages";
    /**
     * One bundle per screen family besides the shared {@code messages}, so that each family's texts stay together
     * and can be written side by side. A key lives in exactly one of them (a test checks it).
     */
    public static final List<String> FAMILIES = List.of(
            "messages",
            "counsellor",
            "visit",
            "beneficiary",
            "settings",
            "sync",
            "supervisor",
            "export",
            "admin",
            "journal");
    /** French is the base bundle: never fall back to the JVM's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private List<ResourceBundle> bundles;
    /** A plural or a select, which only ICU's MessageFormat reads. */
    private static final Pattern NEEDS_ICU = Pattern.compile("\\{\\s*\\w+\\s*,\\s*(plural|select|selectordinal)\\b");
    /** Parsed patterns of the current language, by key: a caseload row formats several texts per person. */
    private Map<String, Format> formats = new ConcurrentHashMap<>();

    public Messages(Language initial) {
        language.addListener((obs, was, now) -> {
            bundles = bundles(now.locale());
            formats = new ConcurrentHashMap<>();
        });
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
        Format format = formats.get(key);
        if (format == null) {
            String pattern = pattern(key);
            if (pattern == null) {
                LOG.warn("No text for '{}' in {}", key, locale());
                return key;
            }
            format = format(pattern, locale());
            formats.put(key, format);
        }
        synchronized (format) { // a MessageFormat is not safe to share between threads while formatting
            return format.format(args);
        }
    }

    /** The formatter of one text: ICU's for a plural or a select, the JDK's (apostrophes kept literal) otherwise. */
    static Format format(String pattern, Locale locale) {
        return NEEDS_ICU.matcher(pattern).find()
                ? new com.ibm.icu.text.MessageFormat(pattern, locale)
                : new MessageFormat(pattern.replace("'", "''"), locale);
    }

    /**
     * Loads ICU's plural rules and number data on a background thread, once the first screen is up, so that the
     * first text with a plural ("1 étape faite") does not pay for them on the screen's thread.
     */
    public static void warmUpPlurals() {
        Thread warm = new Thread(
                () -> {
                    for (Language language : Language.values()) {
                        format("{0, plural, one {#} other {#}}", language.locale())
                                .format(new Object[] {1});
                    }
                },
                "jalons-plural-rules");
        warm.setDaemon(true);
        warm.start();
    }

    /** Whether a text exists for the key (a code the server may send that this version does not know yet). */
    public boolean has(String key) {
        return pattern(key) != null;
    }

    private String pattern(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    public String label(Code code) {
        return get(code.labelKey());
    }

    public String violation(Violation violation) {
        return violation.message(locale());
    }
}
