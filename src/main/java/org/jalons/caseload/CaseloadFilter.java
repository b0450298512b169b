package org.jalons.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.jalons.storage.CaseloadRow;

/**
 * The caseload's quick filters. "Needs attention" gathers the signals a counsellor scans for: no interview
 * for {@link #QUIET_WEEKS} weeks, a goal past its target date, the person's own confidence dropping, and the
 * follow-up six months after an exit that is due.
 */
public enum CaseloadFilter {
    ALL,
    ATTENTION,
    UPCOMING;

    public static final int QUIET_WEEKS = 6;
    public static final int UPCOMING_DAYS = 7;

    public Predicate<CaseloadRow> test(Clock clock, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (this) {
            case ALL -> row -> true;
            case ATTENTION -> row -> needsAttention(row, today);
            case UPCOMING ->
                row -> row.nextAppointment() != null
                        && !row.nextAppointment().isBefore(now)
                        && row.nextAppointment().isBefore(now.plus(Duration.ofDays(UPCOMING_DAYS)));
        };
    }

    public static boolean needsAttention(CaseloadRow row, LocalDate today) {
        return row.overdueGoals() > 0 || row.confidenceDropping() || quiet(row, today) || row.followUpDue();
    }

    /** Nobody has met the person for a while (someone who has left the parcours is not chased). */
    public static boolean quiet(CaseloadRow row, LocalDate today) {
        return !row.exited()
                && (row.lastInterview() == null || row.lastInterview().isBefore(today.minusWeeks(QUIET_WEEKS)));
    }
}
