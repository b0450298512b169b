package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The .ics file an appointment is exported as (RFC 5545). */
class AppointmentCalendarTest {
    private static final UUID SAMIA = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant START = Instant.parse("2026-12-08T09:30:00Z");
    private static final Instant NOW = Instant.parse("2026-12-06T22:47:12.345Z");

    @Test
    void oneEventInUtcWithAStableUidAndCrlfLines() {
        String ics = AppointmentCalendar.of(SAMIA, START, "Rendez-vous avec Samia", NOW);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
                .contains("\r\nBEGIN:VEVENT\r\n")
                .contains("\r\nDTSTAMP:20261206T224712Z\r\n")
                .contains("\r\nDTSTART:20261208T093000Z\r\n")
                .contains("\r\nSUMMARY:Rendez-vous avec Samia\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String uid = ics.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
        // The same appointment exported again replaces the first in the calendar; the person's id is not in it.
        assertThat(AppointmentCalendar.of(SAMIA, START, "x", NOW.plusSeconds(60)))
                .contains(uid + "\r\n");
        assertThat(AppointmentCalendar.of(SAMIA, START.plusSeconds(3600), "x", NOW))
                .doesNotContain(uid + "\r\n");
        assertThat(uid).doesNotContain(SAMIA.toString()).endsWith("@jalons");
    }

    @Test
    void textIsEscapedCommasSemicolonsBackslashesAndLineBreaks() {
        assertThat(AppointmentCalendar.escape("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
        String ics = AppointmentCalendar.of(SAMIA, START, "RDV; avec Zoé, \\ salle\n2", NOW);
        assertThat(ics).contains("SUMMARY:RDV\\; avec Zoé\\, \\\\ salle\\n2\r\n");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsNeverInsideACharacter() {
        String summary = "Rendez-vous avec " + "é".repeat(80) + " fin";
        String ics = AppointmentCalendar.of(SAMIA, START, summary, NOW);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        // Unfolding (CRLF then one space removed) gives the summary back, every "é" whole.
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + summary + "\r\n");
        assertThat(Arrays.stream(ics.split("\r\n"))
                        .filter(l -> l.startsWith(" "))
                        .count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCalendarIsToldTheFirstNameOnlyAndTheFileNameHasNoName() {
        assertThat(AppointmentCalendar.firstName("Samia B.")).isEqualTo("Samia");
        assertThat(AppointmentCalendar.firstName("  Jean-Paul   Martin ")).isEqualTo("Jean-Paul");
        assertThat(AppointmentCalendar.firstName(" ")).isEqualTo("?");
        assertThat(AppointmentCalendar.fileName(START)).isEqualTo("rendez-vous-20261208-0930.ics");
    }
}
