package org.jalons.server.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rows of one additive measure are hidden for a whole calendar year (PROTOCOL.md, "Figures that cannot be
 * reversed"). Plain Java, no I/O.
 *
 * <p>The unit of hiding is a row and a calendar year: a row is shown in every answer about that year (each
 * month, quarter, the year; each site and counsellor) or hidden in all of them. So every shown figure is a
 * sum of shown figures, and the only published relation a hidden figure enters is a line's total: the total
 * minus the shown rows gives the hidden rows' sum. The total of the year is hidden with them unless, in every
 * line, that sum leaves each hidden cell free over k values ({@link #protects}).
 */
final class YearRows {

    /** A row's figure in one line: events (the count) and the people they stand on. */
    record Figure(long count, long people) {}

    /**
     * One answer about the year (a month, a quarter, the year, a site's or a counsellor's year): its rows and the
     * people its total stands on.
     */
    record Line(Map<String, Figure> rows, long totalPeople) {}

    /**
     * Hidden rows, whether the total line is hidden, and the people each row (and the total) stands on in the
     * organisation's whole year: a hidden figure's label is chosen by that, the same for every figure of the row
     * in the year (PROTOCOL.md rule 4), so that two labels never bound a figure between them.
     */
    record Decision(Set<String> hidden, boolean totalHidden, Map<String, Long> yearPeople, long totalYearPeople) {
        boolean hides(String row) {
            return hidden.contains(row);
        }

        long yearPeople(String row) {
            return yearPeople.getOrDefault(row, 0L);
        }
    }

    private final int k;

    YearRows(int k) {
        this.k = k;
    }

    /**
     * @param lines     every line a supervisor can ask about the year
     * @param rows      the rows laid out
     * @param totalRows the rows that add up to the total (empty: no total)
     */
    Decision decide(List<Line> lines, List<String> rows, Set<String> totalRows) {
        Set<String> hidden = new HashSet<>();
        boolean totalHidden = totalRows.isEmpty();
        // every line is a part of the organisation's year, so its largest figure is the year's
        Map<String, Long> yearPeople = new HashMap<>();
        long totalYearPeople = 0;
        for (Line line : lines) {
            for (String row : rows) {
                if (small(figure(line, row).people())) {
                    hidden.add(row);
                }
                yearPeople.merge(row, figure(line, row).people(), Math::max);
            }
            totalHidden |= small(line.totalPeople());
            totalYearPeople = Math.max(totalYearPeople, line.totalPeople());
        }
        if (totalHidden || hidden.stream().noneMatch(totalRows::contains)) {
            return new Decision(hidden, totalHidden, yearPeople, totalYearPeople);
        }
        // complementary rows: the smallest shown row that protects every line, else the largest, until it holds;
        // a row with nothing in it adds nothing. When no set of rows holds, the total goes instead of them.
        List<String> candidates = new ArrayList<>(totalRows.stream()
                .filter(r -> !hidden.contains(r) && yearCount(lines, r) > 0)
                .toList());
        candidates.sort(Comparator.comparingLong(r -> yearCount(lines, r)));
        Set<String> primary = Set.copyOf(hidden);
        while (!protects(lines, hidden, totalRows)) {
            if (candidates.isEmpty()) {
                return new Decision(primary, true, yearPeople, totalYearPeople);
            }
            String pick = candidates.stream()
                    .filter(r -> {
                        Set<String> with = new HashSet<>(hidden);
                        with.add(r);
                        return protects(lines, with, totalRows);
                    })
                    .findFirst()
                    .orElse(candidates.get(candidates.size() - 1));
            hidden.add(pick);
            candidates.remove(pick);
        }
        return new Decision(hidden, false, yearPeople, totalYearPeople);
    }

    /**
     * Whether, in every line, the hidden rows' sum (total minus shown rows) keeps each hidden cell free over k
     * values. A cell reads "< k" (0 to k-1 people) or "masqué" (k or more): with S the sum left once every
     * masqué cell is at k, each cell ranges over at least k values when S >= k-1 and some other hidden cell can
     * take up the rest (a masqué one, or enough "< k" ones).
     */
    boolean protects(List<Line> lines, Set<String> hidden, Set<String> totalRows) {
        for (Line line : lines) {
            long sum = 0;
            int masked = 0;
            int small = 0;
            for (String row : totalRows) {
                if (!hidden.contains(row)) {
                    continue;
                }
                Figure f = figure(line, row);
                sum += f.count();
                if (f.people() >= k) {
                    masked++;
                } else {
                    small++;
                }
            }
            if (sum == 0) {
                continue; // the total tells these are all 0: they are shown as such ({@link #showsZeros})
            }
            long slack = sum - (long) k * masked;
            if (slack < k - 1) {
                return false;
            }
            boolean absorbed =
                    masked >= 2 || (masked == 1 && small >= 1) || (masked == 0 && (long) (small - 1) * (k - 1) >= sum);
            if (!absorbed) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line's hidden rows are shown as the zeros they are: when the total is shown and they hold nothing,
     * the total minus the shown rows says so anyway.
     */
    static boolean showsZeros(Decision decision, Line line, Set<String> totalRows) {
        return !decision.totalHidden()
                && decision.hidden().stream()
                        .filter(totalRows::contains)
                        .allMatch(r -> figure(line, r).count() == 0);
    }

    private static long yearCount(List<Line> lines, String row) {
        return lines.stream().mapToLong(l -> figure(l, row).count()).max().orElse(0);
    }

    private static Figure figure(Line line, String row) {
        return line.rows().getOrDefault(row, new Figure(0, 0));
    }

    private boolean small(long people) {
        return people > 0 && people < k;
    }

    /** Lines keyed for building: key -> row -> figure. */
    static Map<String, Map<String, Figure>> newLines() {
        return new LinkedHashMap<>();
    }
}
