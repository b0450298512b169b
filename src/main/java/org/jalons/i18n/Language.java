package org.jalons.i18n;

import java.util.Locale;

/** The languages the app speaks. French is the base: every text exists in French first. */
public enum Language {
    FRENCH(Locale.FRENCH, "Français"),
    ENGLISH(Locale.ENGLISH, "English");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so a person can find theirs whatever the current language is. */
    public String nativeName() {
        return nativeName;
    }

    public String tag() {
        return locale.toLanguageTag();
    }

    public static Language fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag().equalsIgnoreCase(tag)) {
                return l;
            }
        }
        return FRENCH;
    }
}
