package org.jalons.server.summary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A supervisor summary: tables of figures, each figure with the people it stands on, hidden cells
 * marked suppressed. This is what the JSON, CSV and PDF answers all show.
 */
public record Summary(
        String period,
        LocalDate from,
        LocalDate to,
        String site,
        String counsellorId,
        String theme,
        int k,
        boolean suppressedAsWhole,
        List<Table> tables,
        List<String> notes,
        CountedUpTo countedUpTo) {

    /**
     * The figures count every change of the organisation up to {@code seq}, projected at {@code at} (null when
     * nothing was projected since the server's upgrade); later changes are not in them yet.
     */
    public record CountedUpTo(long seq, java.time.Instant at) {
        public String line() {
            return "Counted up to change " + seq + (at == null ? "" : " (projected " + at + ")") + ".";
        }
    }

    /** This summary stamped with the change it counts up to ({@code countedUpTo} is null until then). */
    public Summary withCountedUpTo(CountedUpTo counted) {
        return new Summary(period, from, to, site, counsellorId, theme, k, suppressedAsWhole, tables, notes, counted);
    }

    /** How a column's values read. */
    public enum Unit {
        COUNT,
        HOURS,
        RATING,
        SCORE,
        RATE
    }

    public record Column(String name, String title, Unit unit) {}

    /**
     * A figure: {@code value} null when there is nothing to measure (e.g. a median of no rating). A hidden figure
     * is {@code masked} ("masqué") when its row stands on k people or more in the organisation's calendar year;
     * otherwise ("< k") the row, and so this figure, stands on fewer than k.
     */
    public record Cell(Double value, Long people, boolean suppressed, boolean masked) {
        public static final Cell HIDDEN = new Cell(null, null, true, false);
        public static final Cell MASKED = new Cell(null, null, true, true);

        public static Cell of(Double value, long people) {
            return new Cell(value, people, false, false);
        }

        /** Hidden, read by the people of its row in the organisation's year: "< k" below k, "masqué" from k. */
        public static Cell hidden(long people, int k) {
            return people >= k ? MASKED : HIDDEN;
        }
    }

    public record Row(String key, Map<String, Cell> cells) {
        public Row {
            cells = new LinkedHashMap<>(cells);
        }
    }

    /** {@code total} is null for tables without a total line. */
    public record Table(
            String name,
            String title,
            String rowLabel,
            List<Column> columns,
            List<Row> rows,
            Row total,
            String method) {

        /** Every figure hidden but those of the {@code kept} columns. */
        public Table hiddenAsWhole(java.util.Set<String> kept) {
            return new Table(
                    name,
                    title,
                    rowLabel,
                    columns,
                    rows.stream().map(r -> hide(r, kept)).toList(),
                    total == null ? null : hide(total, kept),
                    method);
        }

        private static Row hide(Row row, java.util.Set<String> kept) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            row.cells().forEach((c, cell) -> cells.put(c, kept.contains(c) ? cell : Cell.HIDDEN));
            return new Row(row.key(), cells);
        }
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
