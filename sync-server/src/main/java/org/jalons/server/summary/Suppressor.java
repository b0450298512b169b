package org.jalons.server.summary;

import java.util.Map;

/**
 * The shapes of a figure as a table shows it once hidden or not: additive counts are decided a row and a calendar
 * year at a time ({@link YearRows}), the people followed a year and a place at a time ({@link YearPopulation}).
 */
final class Suppressor {

    private Suppressor() {}

    enum Dim {
        SITE,
        COUNSELLOR,
        THEME
    }

    /**
     * A figure as shown: counts and sums, the people it stands on, and whether it is hidden. A hidden figure carries
     * the people of its row in the organisation's year instead: its label reads that.
     */
    record Figure(long count, double sum1, double sum2, long people, boolean suppressed) {}

    /** Shown rows (in order) and the total (null when the measure has no total). */
    record Result(Map<String, Figure> rows, Figure total) {}
}
