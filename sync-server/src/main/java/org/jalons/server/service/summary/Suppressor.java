package org.jalons.server.service.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jalons.server.store.SummaryStore.Group;

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
 */
final class Suppressor {

    static final String TOTAL = "\u0000TOTAL";
    static final String ALL = "\u0000ALL";

    enum Dim {
        SITE(g -> g.site() == null ? "" : g.site()),
        COUNSELLOR(g -> g.counsellorId() == null ? "" : g.counsellorId().toString()),
        THEME(g -> g.theme() == null ? "" : g.theme());

        final Function<Group, String> value;

        Dim(Function<Group, String> value) {
            this.value = value;
        }
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
     * @param rows      the rows to lay out, in order
     * @param totalRows the rows that add up to the total (empty: no total)
     * @param dims      the dimensions to protect against differencing
     */
    Result decide(List<Group> groups, List<String> rows, Set<String> totalRows, Set<Dim> dims, Filter filter) {
        Map<String, Figure> shown = new LinkedHashMap<>();
        Figure total = null;
        boolean first = true;
        for (Dim dim : dims) {
            Map<String, Map<String, Cell>> grid = grid(groups, rows, totalRows, dims, dim, filter);
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

    /** view (sibling value or ALL) -> row (or TOTAL) -> cell, for the groups matching the other filters. */
    private Map<String, Map<String, Cell>> grid(List<Group> groups, List<String> rows, Set<String> totalRows,
                                                Set<Dim> dims, Dim dim, Filter filter) {
        Map<String, Map<String, Cell>> grid = new LinkedHashMap<>();
        grid.put(ALL, emptyColumn(rows));
        if (filter.of(dim) != null) {
            grid.put(filter.of(dim), emptyColumn(rows));
        }
        for (Group g : groups) {
            if (!matchesOthers(g, dims, dim, filter)) {
                continue;
            }
            String view = dim.value.apply(g);
            Map<String, Cell> column = grid.computeIfAbsent(view, v -> emptyColumn(rows));
            for (Map<String, Cell> target : List.of(column, grid.get(ALL))) {
                add(target, g, rows);
            }
        }
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

    /**
     * Whether a group matches the filters on the measure's other dimensions. A filter on a dimension the measure
     * does not have (a theme, for people, exits or goals, whose theme is their row) does not narrow it: those
     * groups carry no theme, and the request's theme only picks which rows are shown.
     */
    private static boolean matchesOthers(Group g, Set<Dim> dims, Dim dim, Filter filter) {
        for (Dim other : dims) {
            String wanted = filter.of(other);
            if (other != dim && wanted != null && !wanted.equals(other.value.apply(g))) {
                return false;
            }
        }
        return true;
    }

    private static void add(Map<String, Cell> column, Group g, List<String> rows) {
        if (g.row() == null) {
            column.get(TOTAL).people += g.people();
            return;
        }
        Cell cell = column.get(g.row());
        if (cell == null) {
            return; // a row this request does not lay out
        }
        cell.count += g.count();
        cell.sum1 += g.sum1();
        cell.sum2 += g.sum2();
        if (g.month() == null) {
            cell.people += g.people();
        } else {
            cell.monthly.merge(g.month(), g.people(), Long::sum);
        }
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
