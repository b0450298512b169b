package org.jalons.server.summary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.store.Database;
import org.jalons.server.store.DeferredInserts;
import org.jalons.server.store.Jdbc;
import org.jalons.server.summary.measure.Fact;
import org.jalons.server.summary.measure.Measure;
import org.jalons.server.summary.measure.Measure.Event;
import org.jalons.server.summary.measure.Measure.Span;
import org.jalons.server.summary.measure.Measures;

/**
 * The summary roll-ups (table {@code agg_cell}, migration V3): pre-summed counts, distinct people
 * and sums per measure x month / quarter / year x site x counsellor x theme x row, so a summary
 * reads a few hundred cells instead of scanning the facts.
 *
 * <p>The measures are defined once, in {@link Measures}. Their SQL gives the rebuild from the facts (migration
 * backfill, bench data); their Java side gives the write path: {@link #around} reads the cells of one person before
 * and after a change of their facts and adds the difference, in the same transaction. Because a person has one site
 * and one counsellor, their cells say "1 person" wherever they have a fact, and cells of several people add up
 * exactly, distinct people included.
 */
public final class SummaryRollups {

    /** counsellor_id of cells without one (a person with no counsellor, or levels 1 and 2). */
    public static final UUID NONE = new UUID(0, 0);
    /** Exit bucket of people still in. */
    public static final int OPEN = Measures.OPEN;

    public static final String ALL = Measures.ALL;
    public static final int LEVEL_SITE_COUNSELLOR = 0;
    public static final int LEVEL_SITE = 1;
    public static final int LEVEL_ORGANISATION = 2;

    /**
     * Nobody who refused the use of their data in statistics (their latest ANONYMOUS_STATISTICS consent is a
     * refusal) counts in any figure: every measure's facts are read under this condition.
     */
    static String notRefused(String table) {
        return "agg_person".equals(table)
                ? "stats_refused = false"
                : "not exists (select 1 from agg_person rp where rp.organisation_id = " + table
                        + ".organisation_id and rp.beneficiary_id = " + table
                        + ".beneficiary_id and rp.stats_refused = true)";
    }

    static final List<String> TABLES = Measures.TABLES;

    public static Measure measure(String name) {
        return Measures.named(name);
    }

    /** A cell's key. */
    public record Key(
            String measure,
            String span,
            int period,
            int level,
            String site,
            UUID counsellorId,
            String theme,
            String row,
            int bucket) {}

    /** A cell's values. */
    public static final class Counts {
        public long events;
        public long people;
        public double sum1;
        public double sum2;

        void add(Counts o, int sign) {
            events += sign * o.events;
            people += sign * o.people;
            sum1 += sign * o.sum1;
            sum2 += sign * o.sum2;
        }

        boolean isZero() {
            return events == 0 && people == 0 && Math.abs(sum1) < 1e-9 && Math.abs(sum2) < 1e-9;
        }
    }

    /** A cell as read. */
    public record Cell(
            String measure,
            String span,
            int period,
            int level,
            String site,
            UUID counsellorId,
            String theme,
            String row,
            int bucket,
            long events,
            long people,
            double sum1,
            double sum2) {}

    // ---- SQL from the definitions ----

    /**
     * Level-0 cells of one measure, span, theme and row variant: organisation_id, measure, span, period, site,
     * counsellor_id, theme, row_key, bucket, events, people, sum1, sum2. {@code where} narrows the facts
     * (its parameters are the caller's).
     */
    private static String select(Measure m, Span span, boolean allThemes, boolean totalRow, String where) {
        String month = m.month().sql();
        String period = span.periodSql(month);
        String theme = m.theme() == null || allThemes
                ? "cast('*' as varchar(140))"
                : "cast(" + m.theme().sql() + " as varchar(140))";
        String row = totalRow ? "cast('*' as varchar(140))" : "cast(" + m.row().sql() + " as varchar(140))";
        String bucket = m.bucket() == null ? "cast(0 as integer)" : m.bucket().sql();
        String total = m.total() == null ? "" : m.total().sql();
        String condition = month + " is not null and " + m.where().sql() + " and " + notRefused(m.table())
                + (totalRow && !"1 = 1".equals(total) ? " and " + total : "");
        String sum1 = m.sum1() == null ? "0" : m.sum1().sql();
        String sum2 = m.sum2() == null ? "0" : m.sum2().sql();
        // per person first, then people = count(*): cheaper than count(distinct) over many groups
        String perPerson = "select organisation_id, " + period + " p, site, counsellor_id, " + theme + " t, " + row
                + " r, " + bucket + " b, beneficiary_id, count(*) e, sum(" + sum1 + ") s1, sum(" + sum2
                + ") s2 from " + m.table() + " where " + condition + where + " group by organisation_id, " + period
                + ", site, counsellor_id, " + theme + ", " + row + ", " + bucket + ", beneficiary_id";
        return "select organisation_id, cast('" + m.name() + "' as varchar(24)), cast('" + span.code
                + "' as varchar(1)), p, site, counsellor_id, t, r, b, sum(e), count(*), sum(s1), sum(s2) from ("
                + perPerson + ") x group by organisation_id, p, site, counsellor_id, t, r, b";
    }

    /** Every (span, theme variant, row variant) select of a measure. */
    static List<String> selects(Measure m, String where) {
        List<String> selects = new ArrayList<>();
        for (Span span : m.layout().spans()) {
            for (boolean allThemes : m.theme() == null ? List.of(true) : List.of(false, true)) {
                for (boolean total : m.hasTotal() ? List.of(false, true) : List.of(false)) {
                    selects.add(select(m, span, allThemes, total, where));
                }
            }
        }
        return selects;
    }

    public SummaryRollups() {}

    // ---- write path ----

    /** A change of facts, run between the two reads of {@link #around}. */
    @FunctionalInterface
    public interface Change {
        void run() throws SQLException;
    }

    /**
     * Runs {@code change} (a write to the given fact tables of one person) and brings the cells in line:
     * the person's cells after minus their cells before. Within a transaction of {@link Database} the
     * differences of every change are added up and written once, just before commit: a push of 500
     * check-ins touches the organisation's cells once, not 500 times (on PostgreSQL each update of a row
     * leaves a version behind that the next one has to step over).
     */
    public void around(Connection c, UUID org, UUID person, Set<String> tables, Change change) throws SQLException {
        flushFacts(c);
        Map<Key, Counts> before = personCells(c, org, person, tables);
        change.run();
        addDifference(c, org, before, personCells(c, org, person, tables));
        forgetCounted(c, org, person); // the change may have moved the person's facts or their consent
    }

    /**
     * Adds {@code after} minus {@code before} to the cells: to the differences of the transaction, written once
     * before its commit, or at once outside a transaction of {@link Database}.
     */
    private static void addDifference(Connection c, UUID org, Map<Key, Counts> before, Map<Key, Counts> after)
            throws SQLException {
        Map<Key, Counts> delta = new HashMap<>();
        after.forEach(
                (key, counts) -> delta.computeIfAbsent(key, k -> new Counts()).add(counts, 1));
        before.forEach(
                (key, counts) -> delta.computeIfAbsent(key, k -> new Counts()).add(counts, -1));
        delta.values().removeIf(Counts::isZero);
        if (delta.isEmpty()) {
            return;
        }
        Map<Key, Counts> pending = Database.attached(c, new PendingKey(org), HashMap::new, (connection, deltas) -> {
            deltas.values().removeIf(Counts::isZero);
            apply(connection, org, deltas);
        });
        if (pending == null) {
            apply(c, org, delta);
        } else {
            delta.forEach((key, counts) ->
                    pending.computeIfAbsent(key, k -> new Counts()).add(counts, 1));
        }
    }

    /** The key of one organisation's pending differences in a transaction. */
    private record PendingKey(UUID org) {}

    /** The cells of one person's facts in {@code tables}, computed in Java from their rows. */
    Map<Key, Counts> personCells(Connection c, UUID org, UUID person, Set<String> tables) throws SQLException {
        Map<Key, Counts> cells = new HashMap<>();
        if (statsRefused(c, org, person)) {
            return cells; // counted nowhere
        }
        boolean consent = tables.contains("barrier_transition") && statsConsent(c, org, person);
        for (String table : tables) {
            addRows(
                    cells,
                    c,
                    table,
                    consent,
                    "select * from " + table + " where organisation_id = ? and beneficiary_id = ?",
                    org,
                    person);
        }
        cells.values().forEach(v -> v.people = 1); // one person: one wherever they count
        return cells;
    }

    private static boolean statsConsent(Connection c, UUID org, UUID person) throws SQLException {
        return Jdbc.one(
                        c,
                        "select stats_consent from agg_person where organisation_id = ? and beneficiary_id = ?",
                        row -> row.getBoolean(1),
                        org,
                        person)
                .orElse(false);
    }

    private static boolean statsRefused(Connection c, UUID org, UUID person) throws SQLException {
        return Jdbc.one(
                        c,
                        "select stats_refused from agg_person where organisation_id = ? and beneficiary_id = ?",
                        row -> row.getBoolean(1),
                        org,
                        person)
                .orElse(false);
    }

    /** The events of the fact rows {@code query} returns, added to {@code cells} (people left as they are). */
    private static void addRows(
            Map<Key, Counts> cells, Connection c, String table, boolean consent, String query, Object... args)
            throws SQLException {
        try (PreparedStatement s = Jdbc.prepare(c, query, args);
                ResultSet rows = s.executeQuery()) {
            int n = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Map<String, Object> values = new HashMap<>();
                for (int i = 1; i <= n; i++) {
                    values.put(
                            rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rows.getObject(i));
                }
                Fact fact = new Fact(values, consent);
                String site = fact.text("site");
                UUID counsellor = (UUID) values.get("counsellor_id");
                for (Measure m : Measures.MEASURES) {
                    if (m.table().equals(table)) {
                        Event e = m.event(fact);
                        if (e != null) {
                            expand(cells, m, e, site, counsellor == null ? NONE : counsellor);
                        }
                    }
                }
            }
        }
    }

    /**
     * {@link #around} for a fact appended to an append-only table (barrier transitions, interviews): the other facts
     * of the person do not change, so the difference is the new fact's own events, plus one person in each of its
     * cells the person was not counted in yet. {@code values} are the new row's columns (lower case) as
     * {@code insert} writes them. A fact no measure counts (a barrier created, a move back to BESOIN) reads
     * nothing; otherwise one query per measure asks, before the insert, in which months and rows of the fact's
     * year the person already counts: the person's whole history is never read into the server. Within a
     * transaction of {@link Database} the answer is kept and the new fact added to it, so that the person's next
     * facts of the same push ask nothing (see {@link #alreadyCounted}).
     */
    public void appended(
            Connection c,
            UUID org,
            UUID person,
            String table,
            Map<String, Object> values,
            String insertSql,
            Object... insertArgs)
            throws SQLException {
        List<Measure> measures = APPENDED.get(table);
        if (measures == null) {
            throw new IllegalArgumentException(table + " is not an append-only fact table");
        }
        if (statsRefused(c, org, person)) {
            PENDING_FACTS.insert(c, insertSql, insertArgs); // kept for the day the person agrees again
            return;
        }
        Map<Measure, Event> events = events(measures, values, false);
        Map<Measure, Event> withConsent = events(measures, values, true);
        if (!events.equals(withConsent) && statsConsent(c, org, person)) {
            events = withConsent; // the fact counts only with the statistics consent, which the person gave
        }
        Map<Key, Counts> delta = new HashMap<>();
        String site = values.get("site") == null ? "" : values.get("site").toString();
        UUID counsellor = values.get("counsellor_id") == null ? NONE : (UUID) values.get("counsellor_id");
        for (Map.Entry<Measure, Event> counted : events.entrySet()) {
            Measure m = counted.getKey();
            Event e = counted.getValue();
            Set<List<Object>> already = alreadyCounted(c, org, person, m, e.month());
            Map<Key, Counts> cells = new HashMap<>();
            expand(cells, m, e, site, counsellor);
            for (Map.Entry<Key, Counts> cell : cells.entrySet()) {
                Key k = cell.getKey();
                if (!already.contains(List.of(k.span(), k.period(), k.row()))) {
                    cell.getValue().people = 1;
                }
                delta.computeIfAbsent(k, x -> new Counts()).add(cell.getValue(), 1);
            }
            countIn(already, m, e.month(), e.row()); // from now on the person counts here too
        }
        PENDING_FACTS.insert(c, insertSql, insertArgs);
        addDifference(c, org, Map.of(), delta);
    }

    /**
     * Appended fact rows of a transaction not yet written: one JDBC batch per statement before the next read of
     * the facts ({@link #around}, a rebuild or a range; {@link #appended} needs none) or just before the commit. A
     * first push of 10,000 barriers makes a few batches, not 10,000 statements.
     */
    private static final DeferredInserts PENDING_FACTS = new DeferredInserts();

    /** Writes the appended rows not yet written: every read of the facts in the transaction sees them. */
    static void flushFacts(Connection c) throws SQLException {
        PENDING_FACTS.flush(c);
    }

    /**
     * The tables {@link #appended} keeps, with their measures. Its shortcut holds for measures with no theme, no
     * histogram bucket, no extra total condition and the month, quarter and year spans; a class check fails at
     * start-up if a measure of these tables ever stops meeting that.
     */
    private static final Map<String, List<Measure>> APPENDED = Map.of(
            "barrier_transition", appendedMeasures("barrier_transition"),
            "agg_interview", appendedMeasures("agg_interview"));

    private static List<Measure> appendedMeasures(String table) {
        List<Measure> measures =
                Measures.MEASURES.stream().filter(m -> m.table().equals(table)).toList();
        for (Measure m : measures) {
            if (m.theme() != null
                    || m.bucket() != null
                    || (m.hasTotal() && !"1 = 1".equals(m.total().sql()))
                    || m.layout() != Measure.Layout.COUNT) {
                throw new IllegalStateException(m.name() + " cannot be kept by SummaryRollups.appended");
            }
        }
        return measures;
    }

    private static Map<Measure, Event> events(List<Measure> measures, Map<String, Object> values, boolean consent) {
        Fact fact = new Fact(values, consent);
        Map<Measure, Event> events = new java.util.LinkedHashMap<>();
        for (Measure m : measures) {
            Event e = m.event(fact);
            if (e != null) {
                events.put(m, e);
            }
        }
        return events;
    }

    /** The months and rows of a person's facts that count in {@code m} between two months. */
    static String alreadyCountedQuery(Measure m) {
        String month = m.month().sql();
        return "select distinct " + month + ", cast(" + m.row().sql() + " as varchar(140)) from " + m.table()
                + " where organisation_id = ? and beneficiary_id = ? and " + month + " between ? and ? and "
                + m.where().sql() + " and " + notRefused(m.table());
    }

    /**
     * Where the person already counts in measure {@code m} during the year of {@code month}, as (span, period, row)
     * for the month, quarter and year spans and for the fact's row and the total row.
     *
     * <p>Within a transaction of {@link Database} the set is read once per person, measure and year and then kept
     * with the transaction: {@link #appended} adds each new fact to it, and {@link #around} (any other change of the
     * person's facts, placement or consent) drops the person's sets. The facts appended but not yet written need no
     * flush before the read: each of them counts only where a set was kept for it before it was added, so a person,
     * measure and year without a kept set has no such fact.
     */
    private static Set<List<Object>> alreadyCounted(Connection c, UUID org, UUID person, Measure m, int month)
            throws SQLException {
        int yearStart = Span.YEAR.periodOf(month);
        Map<Counted, Set<List<Object>>> kept = counted(c);
        Counted key = new Counted(org, person, m.name(), yearStart);
        Set<List<Object>> known = kept == null ? null : kept.get(key);
        if (known != null) {
            return known;
        }
        Set<List<Object>> counted = new java.util.HashSet<>();
        try (PreparedStatement s = Jdbc.prepare(c, alreadyCountedQuery(m), org, person, yearStart, yearStart + 11);
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                countIn(counted, m, rows.getInt(1), rows.getString(2));
            }
        }
        if (kept != null) {
            kept.put(key, counted);
        }
        return counted;
    }

    /** Adds a fact of {@code m} at {@code month} in {@code row} to {@code counted} (see {@link #alreadyCounted}). */
    private static void countIn(Set<List<Object>> counted, Measure m, int month, String row) {
        for (Span span : m.layout().spans()) {
            counted.add(List.of(span.code, span.periodOf(month), row));
            if (m.hasTotal()) {
                counted.add(List.of(span.code, span.periodOf(month), ALL));
            }
        }
    }

    /** One set of {@link #alreadyCounted}: a person in a measure during the year starting at {@code yearStart}. */
    private record Counted(UUID org, UUID person, String measure, int yearStart) {}

    /** The key of the transaction's {@link Counted} sets. */
    private record CountedSets() {}

    /** The sets of {@link #alreadyCounted} kept with {@code c}'s transaction; null outside such a transaction. */
    private static Map<Counted, Set<List<Object>>> counted(Connection c) {
        return Database.attached(c, new CountedSets(), HashMap::new, (connection, sets) -> {});
    }

    private static void forgetCounted(Connection c, UUID org, UUID person) {
        Map<Counted, Set<List<Object>>> kept = counted(c);
        if (kept != null) {
            kept.keySet().removeIf(k -> k.person().equals(person) && k.org().equals(org));
        }
    }

    /** One event of one person into its cells: every span, theme and total variant and level. */
    private static void expand(Map<Key, Counts> cells, Measure m, Event e, String site, UUID counsellor) {
        List<String> themes = m.theme() == null ? List.of(ALL) : List.of(e.theme(), ALL);
        boolean inTotal = e.inTotal();
        List<String> rows = inTotal ? List.of(e.row(), ALL) : List.of(e.row());
        for (Span span : m.layout().spans()) {
            int period = span.periodOf(e.month());
            for (String theme : themes) {
                for (String row : rows) {
                    if (m.layout().counsellorLevel) {
                        add(
                                cells,
                                new Key(
                                        m.name(),
                                        span.code,
                                        period,
                                        LEVEL_SITE_COUNSELLOR,
                                        site,
                                        counsellor,
                                        theme,
                                        row,
                                        e.bucket()),
                                e);
                    }
                    add(cells, new Key(m.name(), span.code, period, LEVEL_SITE, site, NONE, theme, row, e.bucket()), e);
                    add(
                            cells,
                            new Key(m.name(), span.code, period, LEVEL_ORGANISATION, "", NONE, theme, row, e.bucket()),
                            e);
                }
            }
        }
    }

    private static void add(Map<Key, Counts> cells, Key key, Event e) {
        Counts counts = cells.computeIfAbsent(key, k -> new Counts());
        counts.events++;
        counts.sum1 += e.sum1();
        counts.sum2 += e.sum2();
    }

    private static final String KEY = " where organisation_id = ? and level = ? and span = ? and period = ?"
            + " and measure = ? and site = ? and counsellor_id = ? and theme = ? and row_key = ? and bucket = ?";

    /** Adds {@code deltas} to the cells: update, insert what was missing, drop cells back to nothing. */
    private static void apply(Connection c, UUID org, Map<Key, Counts> deltas) throws SQLException {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map.Entry<Key, Counts>> entries = new ArrayList<>(deltas.entrySet());
        int[] updated;
        try (PreparedStatement s = c.prepareStatement("update agg_cell set events = events + ?,"
                + " people = people + ?, sum1 = sum1 + ?, sum2 = sum2 + ?" + KEY)) {
            for (Map.Entry<Key, Counts> e : entries) {
                Counts v = e.getValue();
                s.setLong(1, v.events);
                s.setLong(2, v.people);
                s.setDouble(3, v.sum1);
                s.setDouble(4, v.sum2);
                bindKey(s, 5, org, e.getKey());
                s.addBatch();
            }
            updated = s.executeBatch();
        }
        boolean anyInsert = false;
        boolean anyDecrease = false;
        try (PreparedStatement s = c.prepareStatement("insert into agg_cell (organisation_id, level, span, period,"
                + " measure, site, counsellor_id, theme, row_key, bucket, events, people, sum1, sum2)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entries.size(); i++) {
                Counts v = entries.get(i).getValue();
                anyDecrease |= v.events < 0 || v.people < 0;
                if (updated[i] == 0) {
                    bindKey(s, 1, org, entries.get(i).getKey());
                    s.setLong(11, v.events);
                    s.setLong(12, v.people);
                    s.setDouble(13, v.sum1);
                    s.setDouble(14, v.sum2);
                    s.addBatch();
                    anyInsert = true;
                }
            }
            if (anyInsert) {
                s.executeBatch();
            }
        }
        if (anyDecrease) {
            try (PreparedStatement s =
                    c.prepareStatement("delete from agg_cell" + KEY + " and events = 0 and people = 0")) {
                for (Map.Entry<Key, Counts> e : entries) {
                    if (e.getValue().events < 0 || e.getValue().people < 0) {
                        bindKey(s, 1, org, e.getKey());
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
        }
    }

    /** Binds organisation, level, span, period, measure, site, counsellor, theme, row, bucket from {@code first}. */
    private static void bindKey(PreparedStatement s, int first, UUID org, Key k) throws SQLException {
        s.setObject(first, org);
        s.setInt(first + 1, k.level());
        s.setString(first + 2, k.span());
        s.setInt(first + 3, k.period());
        s.setString(first + 4, k.measure());
        s.setString(first + 5, k.site());
        s.setObject(first + 6, k.counsellorId());
        s.setString(first + 7, k.theme());
        s.setString(first + 8, k.row());
        s.setInt(first + 9, k.bucket());
    }

    // ---- rebuild from the facts ----

    /**
     * Recomputes every cell from the facts: of one organisation, or of all of them ({@code org} null, the
     * migration's backfill). Level 0 from the facts, then levels 1 and 2 as its sums.
     */
    public static void rebuild(Connection c, UUID org) throws SQLException {
        rebuild(c, org, Measures.MEASURES);
    }

    /** {@link #rebuild} of some measures only (a migration that changes how one measure is kept). */
    public static void rebuild(Connection c, UUID org, List<Measure> measures) throws SQLException {
        flushFacts(c);
        String where = org == null ? "" : " and organisation_id = ?";
        Object[] args = org == null ? new Object[0] : new Object[] {org};
        String only = measures.equals(Measures.MEASURES)
                ? ""
                : " and measure in ("
                        + String.join(
                                ", ",
                                measures.stream().map(m -> "'" + m.name() + "'").toList()) + ")";
        Jdbc.update(c, "delete from agg_cell where 1 = 1" + where + only, args);
        String columns = "insert into agg_cell (organisation_id, measure, span, period, site, counsellor_id, theme,"
                + " row_key, bucket, events, people, sum1, sum2, level) ";
        String named = " x(organisation_id, measure, span, period, site, counsellor_id, theme, row_key, bucket,"
                + " events, people, sum1, sum2)";
        for (Measure m : measures) {
            for (String select : selects(m, where)) {
                if (m.layout().counsellorLevel) {
                    Jdbc.update(
                            c,
                            columns + "select organisation_id, measure, span, period, site,"
                                    + " coalesce(counsellor_id, cast('" + NONE
                                    + "' as uuid)), theme, row_key, bucket, events,"
                                    + " people, sum1, sum2, 0 from (" + select + ")" + named,
                            args);
                } else { // kept per site and organisation only: straight to level 1
                    Jdbc.update(
                            c,
                            columns + "select organisation_id, measure, span, period, site,"
                                    + " cast('" + NONE + "' as uuid), theme, row_key, bucket, sum(events), sum(people),"
                                    + " sum(sum1), sum(sum2), 1 from (" + select + ")" + named
                                    + " group by organisation_id,"
                                    + " measure, span, period, site, theme, row_key, bucket",
                            args);
                }
            }
        }
        String sums = " sum(events), sum(people), sum(sum1), sum(sum2) from agg_cell where level = 0" + where + only;
        Jdbc.update(
                c,
                "insert into agg_cell (organisation_id, level, span, period, measure, site, counsellor_id,"
                        + " theme, row_key, bucket, events, people, sum1, sum2) select organisation_id, 1, span, period,"
                        + " measure, site, cast('" + NONE + "' as uuid), theme, row_key, bucket," + sums
                        + " group by organisation_id, span, period, measure, site, theme, row_key, bucket",
                args);
        Jdbc.update(
                c,
                "insert into agg_cell (organisation_id, level, span, period, measure, site, counsellor_id,"
                        + " theme, row_key, bucket, events, people, sum1, sum2) select organisation_id, 2, span, period,"
                        + " measure, '', cast('" + NONE + "' as uuid), theme, row_key, bucket,"
                        + sums.replace("level = 0", "level = 1")
                        + " group by organisation_id, span, period, measure, theme, row_key, bucket",
                args);
    }
}
