package org.jalons.ui.kit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way the app writes and reads a date or an hour: day before month in both languages (French, and British
 * English: never the US order the JVM's {@code Locale.ENGLISH} short format gives), four-digit years, 24 h times.
 * Long forms ("26 novembre 2026", "26 November 2026") come from the same place so that every screen agrees.
 */
public final class DateFormats {
    /** The short form written in fields and lists: 26/11/2026. */
    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    /** What a person may type: 26/11/2026, 26-11-2026, 26.11.2026 or 26/11/26 (this century). */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern(
                    "[d/M/uuuu][d-M-uuuu][d.M.uuuu]", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter TWO_DIGIT_YEAR = DateTimeFormatter.ofPattern(
                    "[d/M/uu][d-M-uu][d.M.uu]", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private DateFormats() {}

    /** 26/11/2026, the same in French and English. */
    public static String shortDate(LocalDate d) {
        return d == null ? "" : SHORT.format(d);
    }

    /** 26 nov. 2026 / 26 Nov 2026: a date in a list or a summary line. */
    public static String mediumDate(LocalDate d, Locale locale) {
        return d == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMM uuuu", british(locale)).format(d);
    }

    /** 26 novembre 2026 / 26 November 2026. */
    public static String longDate(LocalDate d, Locale locale) {
        return d == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM uuuu", british(locale)).format(d);
    }

    /** jeudi 26 novembre 2026 / Thursday 26 November 2026. */
    public static String fullDate(LocalDate d, Locale locale) {
        return d == null
                ? ""
                : DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", british(locale))
                        .format(d);
    }

    /** 26 nov. 2026, 14:30 / 26 Nov 2026, 14:30. */
    public static String dateTime(ZonedDateTime t, Locale locale) {
        return t == null ? "" : mediumDate(t.toLocalDate(), locale) + ", " + time(t.toLocalTime());
    }

    /** 26/11/2026 14:30: a moment in a dense list. */
    public static String shortDateTime(ZonedDateTime t) {
        return t == null ? "" : shortDate(t.toLocalDate()) + " " + time(t.toLocalTime());
    }

    /** jeudi 26 novembre 2026 à 14:30 / Thursday 26 November 2026 at 14:30. */
    public static String fullDateTime(ZonedDateTime t, Locale locale) {
        if (t == null) {
            return "";
        }
        String at = "fr".equals(locale.getLanguage()) ? " 'à' " : " 'at' ";
        return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu" + at + "HH:mm", british(locale))
                .format(t);
    }

    /** 14:30, in both languages (24 h). */
    public static String time(LocalTime t) {
        return t == null ? "" : TIME.format(t);
    }

    /** A month on a chart's time axis: "nov. 26" / "Nov 26". */
    public static String month(LocalDate d, Locale locale) {
        return DateTimeFormatter.ofPattern("MMM uu", british(locale)).format(d);
    }

    /**
     * A typed date: day/month/year (with /, - or .; two-digit years are this century), or the ISO form
     * 2026-11-26; empty when the text is no real date (31/02/2026, 11/26/2026).
     */
    public static Optional<LocalDate> parse(String typed) {
        String s = typed == null ? "" : typed.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {TYPED, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // the next form may read it
            }
        }
        try {
            return Optional.of(LocalDate.parse(s, TWO_DIGIT_YEAR));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The JVM's plain English is American; the app's English is British (day before month). */
    static Locale british(Locale locale) {
        return "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? Locale.UK : locale;
    }
}
