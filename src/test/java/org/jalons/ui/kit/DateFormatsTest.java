package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one way the app writes and reads dates and hours: day first, four-digit years, 24 h, in both languages. */
class DateFormatsTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void everyFormWritesTheDayBeforeTheMonthInFrenchAndInEnglish() {
        assertThat(DateFormats.shortDate(DAY)).isEqualTo("26/11/2026");
        assertThat(DateFormats.mediumDate(DAY, Locale.FRENCH)).isEqualTo("26 nov. 2026");
        assertThat(DateFormats.mediumDate(DAY, Locale.ENGLISH)).isEqualTo("26 Nov 2026");
        assertThat(DateFormats.longDate(DAY, Locale.FRENCH)).isEqualTo("26 novembre 2026");
        assertThat(DateFormats.longDate(DAY, Locale.ENGLISH)).isEqualTo("26 November 2026");
        var at = DAY.atTime(14, 30).atZone(ZoneOffset.UTC);
        assertThat(DateFormats.fullDateTime(at, Locale.FRENCH)).isEqualTo("jeudi 26 novembre 2026 à 14:30");
        assertThat(DateFormats.fullDateTime(at, Locale.ENGLISH)).isEqualTo("Thursday 26 November 2026 at 14:30");
        assertThat(DateFormats.shortDateTime(at)).isEqualTo("26/11/2026 14:30");
        assertThat(DateFormats.time(LocalTime.of(9, 5))).isEqualTo("09:05");
    }

    @Test
    void aTypedDateIsReadDayFirstInEveryUsualWriting() {
        for (String typed : new String[] {"26/11/2026", "26-11-2026", "26.11.2026", " 26/11/26 ", "2026-11-26"}) {
            assertThat(DateFormats.parse(typed)).as(typed).contains(DAY);
        }
        assertThat(DateFormats.parse("1/2/2027")).contains(LocalDate.of(2027, 2, 1));
    }

    @Test
    void textThatIsNoRealDayFirstDateIsNotADate() {
        for (String typed : new String[] {"11/26/2026", "31/02/2026", "demain", "", "26/11", "26/11/202"}) {
            assertThat(DateFormats.parse(typed)).as(typed).isEmpty();
        }
        assertThat(DateFormats.parse(null)).isEmpty();
    }
}
