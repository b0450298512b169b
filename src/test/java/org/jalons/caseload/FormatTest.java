package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Dates on the counsellor's screens: the day before the month in French and in (British) English. */
class FormatTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    static final Instant AT = Instant.parse("2026-11-26T14:30:00Z");

    @Test
    void aDateIsWrittenDayFirstInBothLanguages() {
        assertThat(Format.date(DAY, new Messages(Language.FRENCH))).isEqualTo("26 nov. 2026");
        assertThat(Format.date(DAY, new Messages(Language.ENGLISH))).isEqualTo("26 Nov 2026");
    }

    @Test
    void aMomentIsWrittenDayFirstAndIn24HoursInBothLanguages() {
        assertThat(Format.dateTime(AT, ZoneOffset.UTC, new Messages(Language.FRENCH)))
                .isEqualTo("26 nov. 2026, 14:30");
        assertThat(Format.dateTime(AT, ZoneOffset.UTC, new Messages(Language.ENGLISH)))
                .isEqualTo("26 Nov 2026, 14:30");
    }
}
