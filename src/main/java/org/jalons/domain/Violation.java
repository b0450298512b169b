package org.jalons.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** One broken rule on one field, told in plain words in the person's language. */
public record Violation(String field, String key, Object... args) {
    private static final String BUNDLE = "org.jalons.domain.rules";
    /** French is the base bundle: never fall back to the JVM's default locale instead. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String message(Locale locale) {
        return message(locale, false);
    }

    /** In easy-read, the rule's {@code .easy} wording (short sentences, common words) where it has one. */
    public String message(Locale locale, boolean easyRead) {
        String pattern;
        try {
            ResourceBundle rules = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
            pattern = easyRead && rules.containsKey(key + ".easy")
                    ? rules.getString(key + ".easy")
                    : rules.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public String toString() {
        return field + ": " + message(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && v.field.equals(field) && v.key.equals(key) && Arrays.equals(v.args, args);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + key.hashCode();
    }
}
