package org.jalons.caseload;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One appointment as an iCalendar file (RFC 5545) for the phone's own calendar: a VCALENDAR with one VEVENT, its
 * times in UTC, lines ended by CRLF and folded at 75 octets.
 *
 * <p>What leaves the app is the least a reminder needs: the title says "appointment" and the person's first name
 * only ({@link #firstName}), never a barrier, a goal, a note or a place; the calendar may be shared or copied to a
 * cloud the person never agreed to. The UID is derived from the person and the time (not their id in the clear),
 * so exporting the same appointment again updates it instead of adding a second one.
 */
public final class AppointmentCalendar {
    /** What the file's MIME type is, for the share sheet. */
    public static final String MIME_TYPE = "text/calendar";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private AppointmentCalendar() {}

    /**
     * The .ics text of an appointment with {@code personName} at {@code start}, one hour long; {@code summary} is the
     * title already worded (e.g. "Rendez-vous avec Samia"), {@code now} the time stamp of the export.
     */
    public static String of(UUID personId, Instant start, String summary, Instant now) {
        String uid = UUID.nameUUIDFromBytes((personId + "/" + start.getEpochSecond()).getBytes(StandardCharsets.UTF_8))
                + "@jalons";
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Jalons//Agenda//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid);
        line(out, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
        line(out, "DTSTART:" + UTC.format(start.truncatedTo(ChronoUnit.SECONDS)));
        line(out, "DURATION:PT1H");
        line(out, "SUMMARY:" + escape(summary));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The first word of a display name ("Samia B." gives "Samia"): what the calendar is told of the person. */
    public static String firstName(String displayName) {
        String stripped = displayName == null ? "" : displayName.strip();
        return stripped.isEmpty() ? "?" : stripped.split("\\s+", 2)[0];
    }

    /** A file name without the person's name: the share sheet and the downloads folder show it. */
    public static String fileName(Instant start) {
        return "rendez-vous-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")
                        .withZone(ZoneOffset.UTC)
                        .format(start) + ".ics";
    }

    /** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, a line break written {@code \n}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue; // CRLF is one line break
                    }
                    out.append("\\n");
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets of UTF-8 (§3.1), never inside a character, ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the space that starts a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
