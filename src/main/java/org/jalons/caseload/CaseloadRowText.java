package org.jalons.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.kit.DateFormats;

/**
 * The words of one caseload line. Both confidence ratings are shown side by side (co-evaluation: never
 * averaged), the person's first, named by their first name. The markers (overdue goals, no interview for weeks,
 * confidence dropping, the six-month follow-up due, exit, not yet synchronised) are null when they do not apply.
 */
public record CaseloadRowText(
        String name,
        String goals,
        String overdue,
        String selfRating,
        String counsellorRating,
        String nextAppointment,
        String pending,
        String exited,
        String quiet,
        String dropping,
        String followUpDue,
        String proposed) {

    public CaseloadRowText(
            String name,
            String goals,
            String overdue,
            String selfRating,
            String counsellorRating,
            String nextAppointment,
            String pending,
            String exited,
            String quiet,
            String dropping,
            String followUpDue) {
        this(
                name,
                goals,
                overdue,
                selfRating,
                counsellorRating,
                nextAppointment,
                pending,
                exited,
                quiet,
                dropping,
                followUpDue,
                null);
    }

    public static CaseloadRowText of(CaseloadRow row, Messages m, ZoneId zone) {
        return of(row, m, zone, null);
    }

    /** With {@code today}, also says when nobody has met the person for weeks. */
    public static CaseloadRowText of(CaseloadRow row, Messages m, ZoneId zone, LocalDate today) {
        String firstName = row.displayName().strip().split("\\s+", 2)[0];
        String self = row.latestSelfRating() == null
                ? m.get("caseload.selfNotRated", firstName)
                : m.get("caseload.selfRating", firstName, row.latestSelfRating());
        String mine = row.latestCounsellorRating() == null
                ? m.get("caseload.counsellorNotRated")
                : m.get("caseload.counsellorRating", row.latestCounsellorRating());
        String next = row.nextAppointment() == null
                ? m.get("caseload.noNext")
                : m.get(
                        "caseload.next",
                        // The short form: it fits the row's two lines even at twice the text size.
                        DateFormats.shortDateTime(row.nextAppointment().atZone(zone)));
        return new CaseloadRowText(
                row.displayName(),
                m.get("caseload.openGoals", row.openGoals()),
                row.overdueGoals() > 0 ? m.get("caseload.overdue", row.overdueGoals()) : null,
                self,
                mine,
                next,
                row.pendingSync() ? m.get("caseload.pending") : null,
                row.exited() ? m.get("caseload.exited") : null,
                today != null && CaseloadFilter.quiet(row, today)
                        ? m.get("caseload.quiet", CaseloadFilter.QUIET_WEEKS)
                        : null,
                row.confidenceDropping() ? m.get("caseload.dropping") : null,
                row.followUpDue() ? m.get("caseload.followUpDue") : null,
                row.proposals() > 0 ? m.get("caseload.proposed", row.proposals()) : null);
    }

    /**
     * The markers in the order the line shows them, most pressing first (the follow-up due, overdue goals, no
     * interview for weeks, confidence dropping, a status the person proposed, then the exit and what is not yet synchronised); null where the row
     * has no such marker.
     */
    public String[] markers() {
        return new String[] {followUpDue, overdue, quiet, dropping, proposed, exited, pending};
    }

    /** Everything the line says, for a screen reader: the lines in order, then the markers, most pressing first. */
    public String spoken() {
        StringBuilder said =
                new StringBuilder(String.join(", ", name, goals, selfRating, counsellorRating, nextAppointment));
        for (String marker : markers()) {
            if (marker != null) {
                said.append(", ").append(marker);
            }
        }
        return said.toString();
    }
}
