package org.jalons.server.service.summary;

import static org.jalons.server.service.summary.Summary.Unit.COUNT;
import static org.jalons.server.service.summary.Summary.Unit.HOURS;
import static org.jalons.server.service.summary.Summary.Unit.RATE;
import static org.jalons.server.service.summary.Summary.Unit.RATING;
import static org.jalons.server.service.summary.Summary.Unit.SCORE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.service.summary.Summary.Cell;
import org.jalons.server.service.summary.Summary.Column;
import org.jalons.server.service.summary.Summary.Row;
import org.jalons.server.service.summary.Summary.Table;
import org.jalons.server.service.summary.Suppressor.Dim;
import org.jalons.server.service.summary.Suppressor.Figure;
import org.jalons.server.service.summary.Suppressor.Filter;
import org.jalons.server.store.SummaryStore;
import org.jalons.server.store.SummaryStore.Bucket;
import org.jalons.server.store.SummaryStore.Group;
import org.jalons.server.store.SummaryStore.Measure;
import org.jalons.server.store.SummaryStore.Scope;

/** Builds every table of one summary, inside one read transaction. */
final class SummaryTables {

    private static final Set<Dim> PEOPLE_DIMS = EnumSet.of(Dim.SITE, Dim.COUNSELLOR);
    private static final Set<Dim> THEMED_DIMS = EnumSet.of(Dim.SITE, Dim.COUNSELLOR, Dim.THEME);
    private static final String CERT_ROW =
            "case when certification like 'custom:%' then 'CUSTOM' else certification end";
    private static final String AREA_ROW = "case when area like 'custom:%' then 'CUSTOM' else area end";
    private static final String MOVED = "from_status = 'BESOIN' and to_status = 'POINT_APPUI'";
    /** Health and justice barriers count only for people whose statistics consent is in force. */
    private static final String SENSITIVE_CONSENT = "(area not in ('SANTE', 'JUSTICE') or exists (select 1"
            + " from agg_person p where p.organisation_id = barrier_transition.organisation_id"
            + " and p.beneficiary_id = barrier_transition.beneficiary_id and p.stats_consent = true))";

    private final Connection c;
    private final SummaryStore store;
    private final UUID org;
    private final SummaryRequest request;
    private final int k;
    private final Suppressor suppressor;
    private final Filter filter;
    /** Active people under the site / counsellor filters, before any suppression. */
    private long population;

    SummaryTables(Connection c, SummaryStore store, UUID org, SummaryRequest request, int k) {
        this.c = c;
        this.store = store;
        this.org = org;
        this.request = request;
        this.k = k;
        this.suppressor = new Suppressor(k, request.multiMonth());
        this.filter = new Filter(request.site(), request.counsellorId() == null ? null
                : request.counsellorId().toString(), request.theme());
    }

    Summary build() throws SQLException {
        List<Table> tables = new ArrayList<>();
        Table population = population();
        tables.add(population);
        tables.add(goals());
        tables.add(trainings("trainingsByCertification", "Trainings by certification", "certification",
                CERT_ROW, "", certificationRows()));
        tables.add(trainings("trainingsByRncpLevel", "RNCP trainings by level", "rncpLevel",
                "cast(rncp_level as varchar(2))", "certification = 'RNCP' and rncp_level is not null",
                Codes.RNCP_LEVELS));
        tables.add(confidence());
        tables.add(questionnaire());
        tables.add(barriers());
        tables.add(exits());
        tables.add(followUps());
        tables.add(qualitative());
        boolean asWhole = this.population > 0 && this.population < k;
        if (asWhole) {
            tables = tables.stream().map(Table::hiddenAsWhole).toList();
        }
        return new Summary(request.period(), request.from(), request.to(), request.site(),
                request.counsellorId() == null ? null : request.counsellorId().toString(), request.theme(), k,
                asWhole, tables, SummaryService.notes(k));
    }

    // ---- additive tables ----

    private Table population() throws SQLException {
        List<Group> groups = new ArrayList<>();
        int exitOffset = 100_000;
        for (Group g : store.active(c, org, request.fromMonth(), request.toMonth())) {
            // entries and exits inside the period only feed the month check of the ACTIVE cell
            Integer month = g.month() == null ? null : "EXITS".equals(g.row()) ? g.month() + exitOffset : g.month();
            groups.add(new Group(g.site(), g.counsellorId(), null, "ACTIVE", month, g.count(), g.people(), 0, 0));
            if (g.month() == null && (request.site() == null || request.site().equals(g.site()))
                    && (request.counsellorId() == null || request.counsellorId().equals(g.counsellorId()))) {
                population += g.count();
            }
        }
        Suppressor.Result result = suppressor.decide(groups, List.of("ACTIVE"), Set.of(), PEOPLE_DIMS, filter);
        Figure f = result.rows().get("ACTIVE");
        return new Table("population", "Active people", "population", List.of(col("active", "Active people", COUNT)),
                List.of(row("ACTIVE", Map.of("active", count(f)))), null,
                "People who entered by the end of the period and had not left before its start.");
    }

    private Table goals() throws SQLException {
        List<String> themes = themeRows();
        Map<String, Suppressor.Result> measures = new LinkedHashMap<>();
        measures.put("opened", additive(new Measure("agg_goal", "opened_month", "theme", "theme is not null",
                false, null, null), themes, PEOPLE_DIMS));
        measures.put("achieved", additive(new Measure("agg_goal", "closed_month", "theme",
                "theme is not null and status = 'ATTEINT'", false, null, null), themes, PEOPLE_DIMS));
        measures.put("abandoned", additive(new Measure("agg_goal", "closed_month", "theme",
                "theme is not null and status = 'ABANDONNE'", false, null, null), themes, PEOPLE_DIMS));
        List<String> shown = request.theme() == null ? themes : List.of(request.theme());
        List<Row> rows = new ArrayList<>();
        for (String theme : shown) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            measures.forEach((name, result) -> cells.put(name, count(result.rows().get(theme))));
            rows.add(row(theme, cells));
        }
        Row total = null;
        if (request.theme() == null) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            measures.forEach((name, result) -> cells.put(name, count(result.total())));
            total = row("TOTAL", cells);
        }
        return new Table("goals", "Goals by theme", "theme", List.of(col("opened", "Goals opened", COUNT),
                col("achieved", "Goals achieved", COUNT), col("abandoned", "Goals abandoned", COUNT)), rows, total,
                "Goals opened (openedOn), achieved or abandoned (closedOn) in the period. A goal reached is"
                        + " one step of a path; the number says nothing of how hard it was.");
    }

    private Table trainings(String name, String title, String rowLabel, String rowExpression, String condition,
                            List<String> rowKeys) throws SQLException {
        String and = condition.isEmpty() ? "" : condition + " and ";
        Suppressor.Result started = additive(new Measure("agg_training", "start_month", rowExpression,
                condition, true, "planned_hours", "done_hours"), rowKeys, THEMED_DIMS);
        Suppressor.Result completed = additive(new Measure("agg_training", "completed_month", rowExpression,
                and + "status in ('SUIVIE', 'CERTIFIEE')", true, null, null), rowKeys, THEMED_DIMS);
        Suppressor.Result certified = additive(new Measure("agg_training", "certified_month", rowExpression,
                and + "status = 'CERTIFIEE'", true, null, null), rowKeys, THEMED_DIMS);
        List<Row> rows = new ArrayList<>();
        for (String key : rowKeys) {
            rows.add(trainingRow(key, started.rows().get(key), completed.rows().get(key),
                    certified.rows().get(key)));
        }
        Row total = trainingRow("TOTAL", started.total(), completed.total(), certified.total());
        return new Table(name, title, rowLabel, List.of(col("started", "Started", COUNT),
                col("completed", "Completed", COUNT), col("certified", "Certified", COUNT),
                col("plannedHours", "Planned hours (trainings started)", HOURS),
                col("doneHours", "Hours done (trainings started)", HOURS)), rows, total,
                "Trainings started (startDate), completed or certified (endDate) in the period; hours are"
                        + " those of the trainings started in the period. With a theme, trainings linked to"
                        + " a goal of that theme.");
    }

    private static Row trainingRow(String key, Figure started, Figure completed, Figure certified) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("started", count(started));
        cells.put("completed", count(completed));
        cells.put("certified", count(certified));
        cells.put("plannedHours", started.suppressed() ? Cell.HIDDEN : Cell.of(round(started.sum1()),
                started.people()));
        cells.put("doneHours", started.suppressed() ? Cell.HIDDEN : Cell.of(round(started.sum2()),
                started.people()));
        return row(key, cells);
    }

    private Table barriers() throws SQLException {
        Suppressor.Result moved = additive(new Measure("barrier_transition", "changed_month", AREA_ROW,
                MOVED + " and " + SENSITIVE_CONSENT, false, null, null), Codes.AREAS, PEOPLE_DIMS);
        List<Row> rows = new ArrayList<>();
        for (String area : Codes.AREAS) {
            rows.add(row(area, Map.of("movedToSupport", count(moved.rows().get(area)))));
        }
        return new Table("barriers", "Barriers moved from need to support", "area",
                List.of(col("movedToSupport", "Moved from BESOIN to POINT_APPUI", COUNT)), rows,
                row("TOTAL", Map.of("movedToSupport", count(moved.total()))),
                "Status changes of a barrier from BESOIN to POINT_APPUI recorded in the period. Health and"
                        + " justice count only for people who consented to anonymous statistics.");
    }

    private Table exits() throws SQLException {
        Set<String> counted = new HashSet<>(Codes.EXIT_CATEGORIES);
        counted.remove("RETRAIT");
        Suppressor.Result exits = additive(new Measure("agg_exit", "exit_month", "category", "", false, null, null,
                        "category <> 'RETRAIT'"),
                Codes.EXIT_CATEGORIES, PEOPLE_DIMS, counted);
        Figure total = exits.total();
        List<Row> rows = new ArrayList<>();
        for (String category : Codes.EXIT_CATEGORIES) {
            Figure f = exits.rows().get(category);
            Cell rate;
            if ("RETRAIT".equals(category)) {
                rate = Cell.of(null, 0);
            } else if (f.suppressed() || total.suppressed()) {
                rate = Cell.HIDDEN;
            } else {
                rate = Cell.of(total.count() == 0 ? null : Math.round(1000.0 * f.count() / total.count()) / 1000.0,
                        total.people());
            }
            Map<String, Cell> cells = new LinkedHashMap<>();
            cells.put("exits", count(f));
            cells.put("rate", rate);
            rows.add(row(category, cells));
        }
        Map<String, Cell> totalCells = new LinkedHashMap<>();
        totalCells.put("exits", count(total));
        totalCells.put("rate", total.suppressed() ? Cell.HIDDEN : Cell.of(total.count() == 0 ? null : 1.0,
                total.people()));
        return new Table("exits", "Exits by category", "category", List.of(col("exits", "Exits", COUNT),
                col("rate", "Share of exits (retraits left out)", RATE)), rows, row("TOTAL", totalCells),
                "Exits dated in the period, by IAE category. Retraits (long illness, death, imprisonment...)"
                        + " are shown but left out of the total and of the rates.");
    }

    private Table followUps() throws SQLException {
        String situation = "coalesce(situation, 'NON_RENSEIGNE')";
        Suppressor.Result done = additive(new Measure("agg_follow_up", "done_month", situation, "", false, null,
                null), Codes.SITUATIONS, PEOPLE_DIMS);
        List<Row> rows = new ArrayList<>();
        for (String s : Codes.SITUATIONS) {
            rows.add(row(s, Map.of("followUps", count(done.rows().get(s)))));
        }
        return new Table("followUps", "Six-month follow-up outcomes", "situation",
                List.of(col("followUps", "Follow-ups done", COUNT)), rows,
                row("TOTAL", Map.of("followUps", count(done.total()))),
                "Follow-ups done in the period (about six months after an exit), by the situation found.");
    }

    private Suppressor.Result additive(Measure measure, List<String> rows, Set<Dim> dims) throws SQLException {
        return additive(measure, rows, dims, new HashSet<>(rows));
    }

    private Suppressor.Result additive(Measure measure, List<String> rows, Set<Dim> dims, Set<String> totalRows)
            throws SQLException {
        List<Group> groups = store.measure(c, org, measure, request.fromMonth(), request.toMonth());
        return suppressor.decide(groups, rows, totalRows, dims, filter);
    }

    // ---- medians and shares: threshold on people only ----

    private Table confidence() throws SQLException {
        Scope scope = new Scope(request.site(), request.counsellorId());
        List<Bucket> buckets = store.ratingHistograms(c, org, scope, request.fromMonth(), request.toMonth());
        Map<String, Long> people = new LinkedHashMap<>();
        for (Bucket b : store.ratedPeople(c, org, scope, request.fromMonth(), request.toMonth())) {
            people.put(b.theme() == null ? "TOTAL" : b.theme(), b.count());
        }
        List<String> themes = request.theme() == null ? themeRows() : List.of(request.theme());
        List<Row> rows = new ArrayList<>();
        for (String theme : themes) {
            rows.add(confidenceRow(theme, buckets.stream().filter(b -> theme.equals(b.theme())).toList(),
                    people.getOrDefault(theme, 0L)));
        }
        Row total = request.theme() == null
                ? confidenceRow("TOTAL", buckets, people.getOrDefault("TOTAL", 0L)) : null;
        return new Table("confidence", "Confidence check-ins (0-10)", "theme", List.of(
                col("goalsRated", "Goals rated", COUNT),
                col("selfFirst", "Self rating, first (median)", RATING),
                col("selfLatest", "Self rating, latest (median)", RATING),
                col("counsellorFirst", "Counsellor rating, first (median)", RATING),
                col("counsellorLatest", "Counsellor rating, latest (median)", RATING),
                col("gap", "Latest self minus counsellor (medians)", RATING),
                col("commentShare", "Goals with a check-in comment", RATE)), rows, total,
                "Goals whose latest rating falls in the period: median of the first and of the latest rating,"
                        + " by the person (self) and by the counsellor, kept apart. A rating is how able"
                        + " someone felt that day; read it with the comments and the interviews.");
    }

    private Row confidenceRow(String key, List<Bucket> buckets, long people) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        if (people > 0 && people < k) {
            for (String name : List.of("goalsRated", "selfFirst", "selfLatest", "counsellorFirst",
                    "counsellorLatest", "gap", "commentShare")) {
                cells.put(name, Cell.HIDDEN);
            }
            return row(key, cells);
        }
        long goals = sum(buckets, "G");
        Double selfLatest = Medians.of(histogram(buckets, "SL", 10));
        Double counsellorLatest = Medians.of(histogram(buckets, "CL", 10));
        cells.put("goalsRated", Cell.of((double) goals, people));
        cells.put("selfFirst", Cell.of(Medians.of(histogram(buckets, "SF", 10)), people));
        cells.put("selfLatest", Cell.of(selfLatest, people));
        cells.put("counsellorFirst", Cell.of(Medians.of(histogram(buckets, "CF", 10)), people));
        cells.put("counsellorLatest", Cell.of(counsellorLatest, people));
        cells.put("gap", Cell.of(selfLatest == null || counsellorLatest == null ? null
                : selfLatest - counsellorLatest, people));
        cells.put("commentShare", Cell.of(goals == 0 ? null
                : Math.round(1000.0 * sum(buckets, "C") / goals) / 1000.0, people));
        return row(key, cells);
    }

    private Table questionnaire() throws SQLException {
        Scope scope = new Scope(request.site(), request.counsellorId());
        List<Bucket> buckets = store.questionnaireHistograms(c, org, scope, request.fromMonth(), request.toMonth());
        long people = sum(buckets, "L");
        Map<String, Cell> cells = new LinkedHashMap<>();
        if (people > 0 && people < k) {
            cells.put("first", Cell.HIDDEN);
            cells.put("latest", Cell.HIDDEN);
        } else {
            Double first = Medians.of(histogram(buckets, "F", 400));
            Double latest = Medians.of(histogram(buckets, "L", 400));
            cells.put("first", Cell.of(first == null ? null : first / 100.0, people));
            cells.put("latest", Cell.of(latest == null ? null : latest / 100.0, people));
        }
        return new Table("questionnaire", "Power-to-act questionnaire (1-4)", "questionnaire",
                List.of(col("first", "First response, mean score (median over people)", SCORE),
                        col("latest", "Latest response, mean score (median over people)", SCORE)),
                List.of(row("ALL", cells)), null,
                "People whose latest questionnaire response falls in the period: the median over people of"
                        + " their mean answer (1 Pas du tout vrai - 4 Totalement vrai), first and latest."
                        + " A questionnaire is one voice among others, answered on one day.");
    }

    private Table qualitative() throws SQLException {
        Suppressor.Result interviews = additive(new Measure("agg_interview", "held_month", "cast('INTERVIEWS' as varchar(16))", "",
                false, null, null), List.of("INTERVIEWS"), PEOPLE_DIMS, Set.of());
        return new Table("qualitative", "Qualitative side", "evidence",
                List.of(col("interviews", "Interviews and home visits held", COUNT)),
                List.of(row("INTERVIEWS", Map.of("interviews", count(interviews.rows().get("INTERVIEWS"))))), null,
                "Interviews held in the period, and (confidence table) the share of goals with at least one"
                        + " check-in comment: the written, qualitative side the figures stand on.");
    }

    // ---- helpers ----

    private List<String> themeRows() throws SQLException {
        List<String> themes = new ArrayList<>(Codes.THEMES);
        themes.addAll(store.customThemes(c, org));
        return themes;
    }

    private static List<String> certificationRows() {
        return Codes.CERTIFICATIONS;
    }

    private static long[] histogram(List<Bucket> buckets, String series, int max) {
        long[] h = new long[max + 1];
        for (Bucket b : buckets) {
            if (b.series().equals(series) && b.value() >= 0 && b.value() <= max) {
                h[b.value()] += b.count();
            }
        }
        return h;
    }

    private static long sum(List<Bucket> buckets, String series) {
        return buckets.stream().filter(b -> b.series().equals(series)).mapToLong(Bucket::count).sum();
    }

    private static Cell count(Figure f) {
        return f.suppressed() ? Cell.HIDDEN : Cell.of((double) f.count(), f.people());
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }

    private static Column col(String name, String title, Summary.Unit unit) {
        return new Column(name, title, unit);
    }

    private static Row row(String key, Map<String, Cell> cells) {
        return new Row(key, cells);
    }
}
