package org.jalons.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * How a date picker shows and reads a date: the language's short format (e.g. 26/11/2026), and also the ISO form
 * (2026-11-26) when typed; blank is no date.
 */
public final class ShortDateConverter extends StringConverter<LocalDate> {
    private final DateTimeFormatter shown;

    public ShortDateConverter(Locale locale) {
        this.shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
    }

    @Override
    public String toString(LocalDate d) {
        return d == null ? "" : shown.format(d);
    }

    @Override
    public LocalDate fromString(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip(), shown);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(s.strip());
        }
    }
}
