package org.jalons.server.summary.measure;

import java.util.List;
import java.util.Objects;
import org.jalons.server.summary.store.SummaryRollups;

/**
 * One measure of the summaries: the facts of {@code table} meeting {@code where}, dated by {@code month}, one row per
 * value of {@code row} (and per {@code theme} when it has that dimension), laid out as its {@link Layout} says.
 * Built with named steps, see {@link Measures}; {@link #event} is the measure over one fact row, and
 * {@link SummaryRollups} writes its SQL from the same parts.
 *
 * @param total rows counted in its total row, or null when it has none
 * @param bucket the histogram value (or the entry month of {@code PEOPLE}), or null
 * @param sum1 first summed value (hours planned, goals with a comment), or null
 * @param sum2 second summed value (hours done), or null
 */
public record Measure(
        String name,
        Layout layout,
        String table,
        Fact.Value month,
        Fact.Condition where,
        Fact.Value theme,
        Fact.Value row,
        Fact.Condition total,
        Fact.Value bucket,
        Fact.Value sum1,
        Fact.Value sum2) {

    /**
     * The periods a measure is kept for, as stored in agg_cell's span column, and how a month falls into them.
     */
    public enum Span {
        MONTH("M", 1),
        QUARTER("Q", 3),
        YEAR("Y", 12),
        HISTOGRAM_MONTH("H", 1),
        HISTOGRAM_QUARTER("I", 3),
        HISTOGRAM_YEAR("J", 12),
        /**
         * People by the year they left (its first month; OPEN while still in), the year they entered as bucket: a
         * year's "people followed" reads one cell per counsellor and pair of years, not one per person.
         */
        BY_EXIT("P", 1),
        BY_ENTRY("E", 1),
        /** A list without a date (period 0): the custom themes in use. */
        UNDATED("T", 1);

        public final String code;
        private final int months;

        Span(String code, int months) {
            this.code = code;
            this.months = months;
        }

        /** The period of {@code month}: its quarter's or year's first month, or the month itself. */
        public int periodOf(int month) {
            return month - Math.floorMod(month, months);
        }

        /** The same in SQL, over the expression {@code month}. */
        public String periodSql(String month) {
            return months == 1 ? month : "(" + month + " - mod(" + month + ", " + months + "))";
        }
    }

    /** The shape of a measure's cells. */
    public enum Layout {
        /** Counts, people and sums per month, quarter and year, down to the counsellor. */
        COUNT(true),
        /** Histograms per month, quarter and year, kept per site and organisation only. */
        HISTOGRAM(false),
        PEOPLE_BY_EXIT(true),
        PEOPLE_BY_ENTRY(true),
        /** Kept per site and organisation only. */
        UNDATED_LIST(false);

        /** False: kept per site and organisation only. */
        public final boolean counsellorLevel;

        Layout(boolean counsellorLevel) {
            this.counsellorLevel = counsellorLevel;
        }

        public List<Span> spans() {
            return switch (this) {
                case COUNT -> List.of(Span.MONTH, Span.QUARTER, Span.YEAR);
                case HISTOGRAM -> List.of(Span.HISTOGRAM_MONTH, Span.HISTOGRAM_QUARTER, Span.HISTOGRAM_YEAR);
                case PEOPLE_BY_EXIT -> List.of(Span.BY_EXIT);
                case PEOPLE_BY_ENTRY -> List.of(Span.BY_ENTRY);
                case UNDATED_LIST -> List.of(Span.UNDATED);
            };
        }
    }

    /** What one fact counts in one measure (theme null when the measure has none). */
    public record Event(int month, String theme, String row, int bucket, double sum1, double sum2, boolean inTotal) {}

    /** What {@code f} counts in this measure, or null when it does not count (the Java side of its SQL). */
    public Event event(Fact f) {
        Object m = month.of(f);
        if (m == null || !where.holds(f)) {
            return null;
        }
        return new Event(
                ((Number) m).intValue(),
                theme == null ? null : Objects.toString(theme.of(f), null),
                Objects.toString(row.of(f), null),
                bucket == null ? 0 : ((Number) bucket.of(f)).intValue(),
                number(sum1, f),
                number(sum2, f),
                total != null && total.holds(f));
    }

    private static double number(Fact.Value v, Fact f) {
        Object n = v == null ? null : v.of(f);
        return n == null ? 0 : ((Number) n).doubleValue();
    }

    public boolean hasTotal() {
        return total != null;
    }

    // ---- named steps ----

    /** Counts per month, quarter and year. */
    static Builder count(String name) {
        return new Builder(name, Layout.COUNT);
    }

    /** A histogram of {@code bucket} per month, quarter and year. */
    static Builder histogram(String name) {
        return new Builder(name, Layout.HISTOGRAM);
    }

    static Builder peopleByExit(String name) {
        return new Builder(name, Layout.PEOPLE_BY_EXIT);
    }

    static Builder peopleByEntry(String name) {
        return new Builder(name, Layout.PEOPLE_BY_ENTRY);
    }

    static Builder undatedList(String name) {
        return new Builder(name, Layout.UNDATED_LIST);
    }

    /** The steps of {@link Measures}' lines; {@link #build} checks the measure is whole. */
    static final class Builder {
        private final String name;
        private final Layout layout;
        private String table;
        private Fact.Value month;
        private Fact.Condition where = Fact.allOf();
        private Fact.Value theme;
        private Fact.Value row;
        private Fact.Condition total;
        private Fact.Value bucket;
        private Fact.Value sum1;
        private Fact.Value sum2;

        private Builder(String name, Layout layout) {
            this.name = name;
            this.layout = layout;
        }

        /** The fact table counted. */
        Builder from(String table) {
            this.table = table;
            return this;
        }

        /** The month column that dates a fact. */
        Builder datedBy(String column) {
            return datedBy(Fact.column(column));
        }

        Builder datedBy(Fact.Value month) {
            this.month = month;
            return this;
        }

        /** The facts that count (all of them when not given). */
        Builder where(Fact.Condition... conditions) {
            this.where = Fact.allOf(conditions);
            return this;
        }

        /** One row per value. */
        Builder rowPer(Fact.Value row) {
            this.row = row;
            return this;
        }

        /** Also one cell per theme (beside the all-themes cell). */
        Builder perTheme(Fact.Value theme) {
            this.theme = theme;
            return this;
        }

        /** A total row over every row. */
        Builder withTotal() {
            return withTotalOf(Fact.allOf());
        }

        /** A total row over the rows meeting {@code rows}. */
        Builder withTotalOf(Fact.Condition rows) {
            this.total = rows;
            return this;
        }

        Builder bucket(Fact.Value bucket) {
            this.bucket = bucket;
            return this;
        }

        /** Values summed beside the counts. */
        Builder summing(Fact.Value first, Fact.Value second) {
            this.sum1 = first;
            this.sum2 = second;
            return this;
        }

        Builder summing(Fact.Value first) {
            return summing(first, null);
        }

        Measure build() {
            if (table == null || month == null || row == null) {
                throw new IllegalStateException(name + ": a measure needs its table, its month and its rows");
            }
            if ((layout == Layout.HISTOGRAM) != (bucket != null) && layout != Layout.PEOPLE_BY_EXIT) {
                throw new IllegalStateException(name + ": histograms, and only they, have a bucket");
            }
            return new Measure(name, layout, table, month, where, theme, row, total, bucket, sum1, sum2);
        }
    }
}
