package org.jalons.i18n;

import java.util.Locale;

/**
 * Numbers as a reader sees them: a negative figure or a change down is written with the minus sign − (U+2212), not
 * the hyphen that Java's formats put there ("−0,3", "+1,2").
 */
public final class Numbers {
    static final char MINUS = '\u2212';

    private Numbers() {}

    /** One decimal, "7,5" or "−0,5". */
    public static String decimal(double value, Locale locale) {
        return minus(String.format(locale, "%.1f", value));
    }

    /** A change, always signed, one decimal: "+0,3", "−0,3". */
    public static String change(double value, Locale locale) {
        return minus(String.format(locale, "%+.1f", value));
    }

    /** The hyphen a number format wrote as a minus, made a minus sign. */
    public static String minus(String formatted) {
        return formatted.replace('-', MINUS);
    }
}
