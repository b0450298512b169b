package org.jalons.caseload;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.jalons.domain.Term;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Code;
import org.jalons.ui.kit.DateFormats;

/** Dates, hours and vocabulary terms in the reader's language. */
public final class Format {
    private Format() {}

    public static String date(LocalDate d, Messages m) {
        return d == null ? "—" : DateFormats.mediumDate(d, m.locale());
    }

    public static String dateTime(Instant t, ZoneId zone, Messages m) {
        return t == null ? "—" : DateFormats.dateTime(t.atZone(zone), m.locale());
    }

    public static String term(Term<?> t, Messages m) {
        return t == null ? "—" : t.isCustom() ? t.custom() : m.label(t.known());
    }

    public static String label(Code c, Messages m) {
        return c == null ? "—" : m.label(c);
    }

    public static String hours(Double h, Locale locale) {
        if (h == null) {
            return "—";
        }
        return h == Math.rint(h) ? String.valueOf(h.longValue()) : String.format(locale, "%.1f", h);
    }
}
