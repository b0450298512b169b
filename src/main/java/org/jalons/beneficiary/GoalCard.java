package org.jalons.beneficiary;

import java.time.LocalDate;
import java.util.UUID;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;

/** One goal (themeCode null for a theme of the person's own words) as "Mon parcours" shows it: the person's own words, where it stands, the latest ratings. */
public record GoalCard(
        UUID goalId,
        String phrasing,
        String theme,
        GoalTheme themeCode,
        GoalStatus status,
        String statusLabel,
        Integer latestSelfRating,
        Integer latestCounsellorRating,
        LocalDate targetDate,
        int steps,
        int stepsDone) {

    public boolean isOpen() {
        return status == GoalStatus.EN_COURS || status == GoalStatus.REPORTE;
    }
}
