package org.jalons.server.summary.measure;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One fact row by column name (lower case), plus the person's statistics consent; and the small vocabulary the
 * measures ({@link Measures}) are written in. Each {@link Value} and {@link Condition} is written once and read
 * two ways: as SQL over a whole fact table (the rebuild) and in Java over one row (the write path), so the two can
 * never drift apart.
 */
public record Fact(Map<String, Object> values, boolean statsConsent) {

    /** Health and justice barriers count only for people whose statistics consent is in force. */
    private static final Set<String> SENSITIVE_AREAS = Set.of("SANTE", "JUSTICE");

    Object get(String column) {
        return values.get(column);
    }

    public String text(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }

    /** A value of a fact row: its SQL expression, and the same value computed from one row. */
    public interface Value {
        String sql();

        Object of(Fact f);
    }

    /** A condition on a fact row: its SQL, and whether one row meets it (SQL's unknown is false). */
    public interface Condition {
        String sql();

        boolean holds(Fact f);
    }

    private record V(String sql, java.util.function.Function<Fact, Object> java) implements Value {
        @Override
        public Object of(Fact f) {
            return java.apply(f);
        }
    }

    private record C(String sql, java.util.function.Predicate<Fact> java) implements Condition {
        @Override
        public boolean holds(Fact f) {
            return java.test(f);
        }
    }

    // ---- values ----

    /** A column as it is. */
    static Value column(String name) {
        return new V(name, f -> f.get(name));
    }

    /** A fixed text. */
    static Value literal(String text) {
        return new V("'" + text + "'", f -> text);
    }

    /** A fixed number. */
    static Value number(int n) {
        return new V("cast(" + n + " as integer)", f -> n);
    }

    /** A text column, {@code otherwise} when it is null. */
    static Value orElse(String column, String otherwise) {
        return new V(
                "coalesce(" + column + ", '" + otherwise + "')",
                f -> Objects.requireNonNullElse(f.get(column), otherwise));
    }

    /** A number column, {@code otherwise} when it is null. */
    static Value orElse(String column, int otherwise) {
        return new V(
                "coalesce(" + column + ", " + otherwise + ")",
                f -> Objects.requireNonNullElse(f.get(column), otherwise));
    }

    /** The first month of the year of a month column. */
    static Value yearOf(String column) {
        return new V("(" + column + " - mod(" + column + ", 12))", f -> yearStart(f.get(column)));
    }

    /** The first month of the year of a month column, {@code otherwise} when it is null. */
    static Value yearOf(String column, int otherwise) {
        return new V(
                "coalesce(" + column + " - mod(" + column + ", 12), " + otherwise + ")",
                f -> f.get(column) == null ? otherwise : yearStart(f.get(column)));
    }

    private static Integer yearStart(Object month) {
        return month == null ? null : Measure.Span.YEAR.periodOf(((Number) month).intValue());
    }

    /**
     * A code column where every custom value ("custom:...") is one row, CUSTOM: its words never reach a cell. Written
     * "left(x, 7) = 'custom:'", not "x like 'custom:%'": H2 2.3.232 plans a statement holding LIKE with a constant
     * pattern again on every execution, even from its statement cache (about 40% of a warm push's query time).
     */
    static Value customAsOne(String column) {
        return new V(
                "case when left(" + column + ", 7) = 'custom:' then 'CUSTOM' else " + column + " end",
                f -> f.text(column) != null && f.text(column).startsWith("custom:") ? "CUSTOM" : f.get(column));
    }

    /** A small number column as text (a row key). */
    static Value asText(String column) {
        return new V("cast(" + column + " as varchar(2))", f -> f.get(column) == null ? null : f.text(column));
    }

    /** 1 when a flag column is true, else 0. */
    static Value oneIf(String column) {
        return new V("case when " + column + " then 1 else 0 end", f -> Boolean.TRUE.equals(f.get(column)) ? 1 : 0);
    }

    // ---- conditions ----

    /** Every condition at once; none at all holds for every row. */
    static Condition allOf(Condition... conditions) {
        List<Condition> all = Arrays.asList(conditions);
        String sql = all.isEmpty() ? "1 = 1" : all.stream().map(Condition::sql).collect(Collectors.joining(" and "));
        return new C(sql, f -> all.stream().allMatch(c -> c.holds(f)));
    }

    static Condition notNull(String column) {
        return new C(column + " is not null", f -> f.get(column) != null);
    }

    static Condition is(String column, String value) {
        return new C(column + " = '" + value + "'", f -> value.equals(f.text(column)));
    }

    static Condition isNot(String column, String value) {
        return new C(column + " <> '" + value + "'", f -> f.get(column) != null && !value.equals(f.text(column)));
    }

    static Condition in(String column, String... values) {
        Set<String> set = Set.of(values);
        return new C(
                column + " in (" + Arrays.stream(values).map(v -> "'" + v + "'").collect(Collectors.joining(", "))
                        + ")",
                f -> f.get(column) != null && set.contains(f.text(column)));
    }

    /** A custom code ("custom:..."), see {@link #customAsOne}. */
    static Condition custom(String column) {
        return new C(
                "left(" + column + ", 7) = 'custom:'",
                f -> f.text(column) != null && f.text(column).startsWith("custom:"));
    }

    /** A barrier of an area other than health and justice, or of a person whose statistics consent is in force. */
    static final Condition CONSENTED_AREA = new C(
            "(area not in ('SANTE', 'JUSTICE') or exists (select 1"
                    + " from agg_person p where p.organisation_id = barrier_transition.organisation_id"
                    + " and p.beneficiary_id = barrier_transition.beneficiary_id and p.stats_consent = true))",
            f -> !SENSITIVE_AREAS.contains(f.text("area")) || f.statsConsent());
}
