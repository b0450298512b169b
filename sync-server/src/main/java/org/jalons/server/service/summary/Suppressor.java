package org.jalons.server.service.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * k-anonymity of one additive measure (counts, hours) for one request. Plain Java, no I/O.
 *
 * <p>For each dimension a supervisor can filter on (site, counsellor, and theme when it is not the
 * row), the measure is laid out as a grid: one column per sibling value of that dimension (every
 * site, ...) plus the organisation-wide column, one line per row plus the total line. Then:
 * <ol>
 * <li>primary suppression: a cell standing on 1..k-1 people is hidden; for a period of several
 * months, so is a cell whose people in any single month are 1..k-1 (two periods differing by that
 * month would otherwise reveal it);</li>
 * <li>complementary suppression, repeated until nothing changes: in every line and every column,
 * when exactly one member is hidden and the total is shown, the next smallest member is hidden too
 * (or the total, when there is no other member), so a total minus the visible cells never gives
 * a hidden one.</li>
 * </ol>
 * The requested cell is hidden if it is hidden in any dimension's grid. Because the grids are
 * computed the same way whichever sibling is asked for, every query shows a subset of one
 * consistent, protected layout.
 *
 * <p>When a dimension is not filtered on, its grid is given with the organisation-wide column only:
 * the siblings could change that column only when there is exactly one of them, and then it holds
 * the same figures, so the answer is the same without them.
 */
final class Suppressor {

    static final String TOTAL = "\u0000TOTAL";
    static final String ALL = "\u0000ALL";

    enum Dim { SITE, COUNSELLOR, THEME }

    /**
     * The figures of one grid cell before suppression: counts and sums over the period, the people
     * they stand on over the period, and per month the people of that month (multi-month periods).
     * In the TOTAL line only {@code people} is given (the rest adds up from the rows).
     */
    static final class Stat {
        long count;
        double sum1;
        double sum2;
        long people;
        final Map<Integer, Long> monthly = new HashMap<>();
    }

    /** One grid: view (sibling value or ALL) -> row (or TOTAL) -> figures. */
    static Map<String, Map<String, Stat>> newGrid() {
        Map<String, Map<String, Stat>> grid = new LinkedHashMap<>();
        grid.put(ALL, new LinkedHashMap<>());
        return grid;
    }

    /** What the request narrows to: null = every value of that dimension. */
    record Filter(String site, String counsellor, String theme) {
        String of(Dim dim) {
            return switch (dim) {
                case SITE -> site;
                case COUNSELLOR -> counsellor;
                case THEME -> theme;
            };
        }
    }

    /** A figure as shown: counts and sums, the people it stands on, and whether it is hidden. */
    record Figure(long count, double sum1, double sum2, long people, boolean suppressed) {
        static final Figure HIDDEN = new Figure(0, 0, 0, 0, true);
    }

    /** Shown rows (in order) and the total (null when the measure has no total). */
    record Result(Map<String, Figure> rows, Figure total) {
    }

    private static final class Cell {
        long count;
        double sum1;
        double sum2;
        long people;
        final Map<Integer, Long> monthly = new HashMap<>();
        boolean hidden;
    }

    private final int k;
    private final boolean multiMonth;

    Suppressor(int k, boolean multiMonth) {
        this.k = k;
        this.multiMonth = multiMonth;
    }

    /**
     * @param grids     per dimension to protect against differencing, its grid (siblings when filtered on)
     * @param rows      the rows to lay out, in order
     * @param totalRows the rows that add up to the total (empty: no total)
     */
    Result decide(Map<Dim, Map<String, Map<String, Stat>>> grids, List<String> rows, Set<String> totalRows,
                  Filter filter) {
        Map<String, Figure> shown = new LinkedHashMap<>();
        Figure total = null;
        boolean first = true;
        for (Map.Entry<Dim, Map<String, Map<String, Stat>>> entry : grids.entrySet()) {
            Dim dim = entry.getKey();
            Map<String, Map<String, Cell>> grid = grid(entry.getValue(), rows, totalRows, dim, filter);
            suppress(grid, rows, totalRows);
            String view = filter.of(dim) == null ? ALL : filter.of(dim);
            Map<String, Cell> column = grid.get(view);
            for (String row : rows) {
                Figure figure = figure(column.get(row));
                shown.merge(row, figure, first ? (a, b) -> b : Suppressor::hideEither);
            }
            if (!totalRows.isEmpty()) {
                Figure figure = figure(column.get(TOTAL));
                total = total == null ? figure : hideEither(total, figure);
            }
            first = false;
        }
        return new Result(shown, total);
    }

    private static Figure hideEither(Figure a, Figure b) {
        return a.suppressed() || b.suppressed() ? Figure.HIDDEN : a;
    }

    private static Figure figure(Cell cell) {
        return cell.hidden ? Figure.HIDDEN : new Figure(cell.count, cell.sum1, cell.sum2, cell.people, false);
    }

    /** view (sibling value or ALL) -> row (or TOTAL) -> cell, from the given figures. */
    private Map<String, Map<String, Cell>> grid(Map<String, Map<String, Stat>> stats, List<String> rows,
                                                Set<String> totalRows, Dim dim, Filter filter) {
        Map<String, Map<String, Cell>> grid = new LinkedHashMap<>();
        grid.put(ALL, emptyColumn(rows));
        if (filter.of(dim) != null) {
            grid.put(filter.of(dim), emptyColumn(rows));
        }
        stats.forEach((view, figures) -> {
            Map<String, Cell> column = grid.computeIfAbsent(view, v -> emptyColumn(rows));
            figures.forEach((row, stat) -> add(column, row, stat));
        });
        for (Map<String, Cell> column : grid.values()) {
            finishTotal(column, totalRows);
            for (Cell cell : column.values()) {
                cell.hidden = primaryHidden(cell);
            }
        }
        return grid;
    }

    private static Map<String, Cell> emptyColumn(List<String> rows) {
        Map<String, Cell> column = new LinkedHashMap<>();
        rows.forEach(r -> column.put(r, new Cell()));
        column.put(TOTAL, new Cell());
        return column;
    }

    private static void add(Map<String, Cell> column, String row, Stat stat) {
        if (TOTAL.equals(row)) {
            column.get(TOTAL).people += stat.people;
            return;
        }
        Cell cell = column.get(row);
        if (cell == null) {
            return; // a row this request does not lay out
        }
        cell.count += stat.count;
        cell.sum1 += stat.sum1;
        cell.sum2 += stat.sum2;
        cell.people += stat.people;
        stat.monthly.forEach((m, p) -> cell.monthly.merge(m, p, Long::sum));
    }

    /** The total adds up its rows; its monthly people are bounded below by the largest row's. */
    private static void finishTotal(Map<String, Cell> column, Set<String> totalRows) {
        Cell total = column.get(TOTAL);
        for (String row : totalRows) {
            Cell cell = column.get(row);
            if (cell == null) {
                continue;
            }
            total.count += cell.count;
            total.sum1 += cell.sum1;
            total.sum2 += cell.sum2;
            cell.monthly.forEach((m, p) -> total.monthly.merge(m, p, Math::max));
        }
    }

    private boolean primaryHidden(Cell cell) {
        if (small(cell.people)) {
            return true;
        }
        return multiMonth && cell.monthly.values().stream().anyMatch(this::small);
    }

    private boolean small(long people) {
        return people > 0 && people < k;
    }

    private static void suppress(Map<String, Map<String, Cell>> grid, List<String> rows, Set<String> totalRows) {
        List<String> lines = new ArrayList<>(rows);
        lines.add(TOTAL);
        boolean changed = true;
        for (int round = 0; changed && round < 100; round++) {
            changed = false;
            if (!totalRows.isEmpty()) {
                for (Map<String, Cell> column : grid.values()) {
                    List<Cell> members = totalRows.stream().map(column::get).filter(c -> c != null).toList();
                    changed |= complement(members, column.get(TOTAL));
                }
            }
            for (String line : lines) {
                List<Cell> members = new ArrayList<>();
                grid.forEach((view, column) -> {
                    if (!ALL.equals(view)) {
                        members.add(column.get(line));
                    }
                });
                changed |= complement(members, grid.get(ALL).get(line));
            }
        }
    }

    /** One hidden member and a shown total: hide the next smallest member, else the total. */
    private static boolean complement(List<Cell> members, Cell total) {
        if (total.hidden || members.stream().filter(c -> c.hidden).count() != 1) {
            return false;
        }
        Cell next = members.stream().filter(c -> !c.hidden)
                .min(Comparator.comparing((Cell c) -> c.count == 0 && c.people == 0)
                        .thenComparingLong(c -> c.count))
                .orElse(total);
        next.hidden = true;
        return true;
    }
}
