package org.jalons.server.summary;

import static org.jalons.server.summary.Summary.Unit.COUNT;
import static org.jalons.server.summary.Summary.Unit.HOURS;
import static org.jalons.server.summary.Summary.Unit.RATE;
import static org.jalons.server.summary.Summary.Unit.RATING;
import static org.jalons.server.summary.Summary.Unit.SCORE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.summary.Summary.Cell;
import org.jalons.server.summary.Summary.Column;
import org.jalons.server.summary.Summary.Row;
import org.jalons.server.summary.Summary.Table;
import org.jalons.server.summary.Suppressor.Dim;
import org.jalons.server.summary.Suppressor.Figure;
import org.jalons.server.summary.store.SummaryRollups;
import org.jalons.server.summary.store.SummaryStore;
import org.jalons.server.summary.store.SummaryStore.Bucket;
import org.jalons.server.summary.store.SummaryStore.Read;
import org.jalons.server.summary.store.SummaryStore.Scope;

/**
 * Builds every table of one summary, inside one read transaction, from the roll-up cells
 * ({@link SummaryRollups}): a month, quarter or year reads its own cells. Cells are read at the
 * coarsest level the filters allow: the whole organisation, else per site, else per site and
 * counsellor; additive figures also read every line of the year, to hide rows a year at a time.
 */
final class SummaryTables {

    private static final Set<Dim> PEOPLE_DIMS = EnumSet.of(Dim.SITE, Dim.COUNSELLOR);
    private static final Set<Dim> THEMED_DIMS = EnumSet.of(Dim.SITE, Dim.COUNSELLOR, Dim.THEME);
    private static final String ALL = SummaryRollups.ALL;
    static final String OTHER_CUSTOM = "OTHER_CUSTOM";
    /** Tables hidden as a whole when the request's population is 1..k-1, but for the counts in them. */
    private static final Set<String> WHOLE_WHEN_FEW = Set.of("population", "confidence", "questionnaire");

    private static final Set<String> KEPT_WHEN_FEW = Set.of("goalsRated");

    private final Connection c;
    private final SummaryStore store;
    private final UUID org;
    private final SummaryRequest request;
    private final int k;
    /** Active people under the site / counsellor filters, before any suppression. */
    private long population;

    private final int from;
    private final int to;
    /** M, Q or Y: the calendar period asked for. */
    private final String span;
    /** The level the cells are read at: 0 with a counsellor filter, 1 with a site filter, else 2. */
    private final int level;

    private final String site;
    private final UUID counsellor;
    private final String theme;
    /** Cells of the period, per measure. */
    private final Map<String, List<SummaryRollups.Cell>> periodCells = new HashMap<>();
    /** Cells of every line a supervisor can ask about the period's year, per measure and theme value. */
    private final Map<String, List<SummaryRollups.Cell>> yearCells = new HashMap<>();

    private final YearRows yearRows;
    /** Histogram cells of the months of the period, in scope (no counsellor filter). */
    private final Map<String, List<SummaryRollups.Cell>> histogramCells = new HashMap<>();

    SummaryTables(Connection c, SummaryStore store, UUID org, SummaryRequest request, int k) {
        this.c = c;
        this.store = store;
        this.org = org;
        this.request = request;
        this.k = k;
        this.yearRows = new YearRows(k);
        this.from = request.fromMonth();
        this.to = request.toMonth();
        this.span = from == to ? "M" : to - from == 2 ? "Q" : "Y";
        this.site = request.site();
        this.counsellor = request.counsellorId();
        this.theme = request.theme();
        this.level = counsellor != null
                ? SummaryRollups.LEVEL_SITE_COUNSELLOR
                : site != null ? SummaryRollups.LEVEL_SITE : SummaryRollups.LEVEL_ORGANISATION;
    }

    /** Reads the cells this request stands on. */
    private void load() throws SQLException {
        if (counsellor == null) { // histograms are kept per site and organisation, per month: in scope only
            // histograms add up: a quarter or a year reads its own cells, any other range its months
            String histogramSpan = span.equals("Q") ? "I" : span.equals("Y") ? "J" : "H";
            List<SummaryRollups.Cell> cells = store.cells(
                    c,
                    org,
                    Read.HISTOGRAMS,
                    level,
                    histogramSpan,
                    from,
                    histogramSpan.equals("H") ? to : from,
                    null,
                    site == null ? "" : site,
                    null,
                    false);
            for (SummaryRollups.Cell cell : cells) {
                histogramCells
                        .computeIfAbsent(cell.measure(), m -> new ArrayList<>())
                        .add(cell);
            }
        }
        fetch(periodCells, span, from, from);
        loadYear();
    }

    /**
     * The cells of every line of the period's year: the organisation's months, quarters and year, and each site's
     * and counsellor's year (filters are only answered for a year); with a theme, that theme's organisation lines.
     */
    private void loadYear() throws SQLException {
        int first = from - from % 12;
        int last = first + 11;
        for (String value : theme == null ? List.of(ALL) : List.of(ALL, theme)) {
            List<SummaryRollups.Cell> cells = new ArrayList<>();
            for (String span : List.of("M", "Q", "Y")) {
                cells.addAll(store.cells(
                        c,
                        org,
                        Read.THEME,
                        SummaryRollups.LEVEL_ORGANISATION,
                        span,
                        first,
                        last,
                        value,
                        null,
                        null,
                        false));
            }
            if (value.equals(ALL)) {
                for (int scope : List.of(SummaryRollups.LEVEL_SITE, SummaryRollups.LEVEL_SITE_COUNSELLOR)) {
                    cells.addAll(store.cells(c, org, Read.THEME, scope, "Y", first, first, value, null, null, false));
                }
            }
            for (SummaryRollups.Cell cell : cells) {
                yearCells
                        .computeIfAbsent(cell.measure() + "|" + value, m -> new ArrayList<>())
                        .add(cell);
            }
        }
    }

    private void fetch(Map<String, List<SummaryRollups.Cell>> into, String span, int first, int last)
            throws SQLException {
        List<SummaryRollups.Cell> cells = new ArrayList<>();
        boolean either = level == SummaryRollups.LEVEL_SITE_COUNSELLOR && site != null;
        cells.addAll(store.cells(
                c,
                org,
                Read.THEME,
                level,
                span,
                first,
                last,
                ALL,
                either ? site : null,
                either ? counsellor : null,
                either));
        if (theme != null) { // the theme itself, then for the theme grid every other theme, in scope
            cells.addAll(store.cells(
                    c,
                    org,
                    Read.THEME,
                    level,
                    span,
                    first,
                    last,
                    theme,
                    either ? site : null,
                    either ? counsellor : null,
                    either));
            cells.addAll(store.cells(
                    c,
                    org,
                    Read.OTHER_THEMES,
                    level,
                    span,
                    first,
                    last,
                    theme,
                    level == SummaryRollups.LEVEL_ORGANISATION ? "" : site,
                    counsellor,
                    false));
        }
        for (SummaryRollups.Cell cell : cells) {
            into.computeIfAbsent(cell.measure(), m -> new ArrayList<>()).add(cell);
        }
    }

    private boolean inScope(SummaryRollups.Cell x) {
        return (site == null || x.site().equals(site))
                && (counsellor == null || x.counsellorId().equals(counsellor));
    }

    Summary build() throws SQLException {
        load();
        List<Table> tables = new ArrayList<>();
        Table population = population();
        tables.add(population);
        tables.add(goals());
        tables.add(trainings(
                "trainingsByCertification",
                "Trainings by certification",
                "certification",
                "TRAINING",
                certificationRows()));
        tables.add(
                trainings("trainingsByRncpLevel", "RNCP trainings by level", "rncpLevel", "RNCP", Codes.RNCP_LEVELS));
        tables.add(confidence());
        tables.add(questionnaire());
        tables.add(barriers());
        tables.add(exits());
        tables.add(followUps());
        tables.add(qualitative());
        boolean asWhole = this.population > 0 && this.population < k;
        if (asWhole) { // additive counts are already hidden a row and a year at a time: the rest goes
            tables = tables.stream()
                    .map(t -> WHOLE_WHEN_FEW.contains(t.name()) ? t.hiddenAsWhole(KEPT_WHEN_FEW) : t)
                    .toList();
        }
        return new Summary(
                request.period(),
                request.from(),
                request.to(),
                request.site(),
                request.counsellorId() == null ? null : request.counsellorId().toString(),
                request.theme(),
                k,
                asWhole,
                tables,
                SummaryService.notes(k),
                null); // the service stamps it with the change it counts up to
    }

    // ---- additive tables ----

    /**
     * People followed during the calendar year of the period (a month or a quarter shows its year's figure): two
     * months or quarters would differ by the people who entered and left between them ({@link YearPopulation}).
     */
    private Table population() throws SQLException {
        int first = from - from % 12;
        YearPopulation year = new YearPopulation(k, store.yearPeople(c, org, first, first + 11));
        SummaryStore.YearPeople asked = year.of(level, site, counsellor);
        population = asked.people();
        Cell cell = year.hides(asked)
                ? Cell.hidden(year.organisationPeople(), k)
                : Cell.of((double) asked.people(), asked.people());
        return new Table(
                "population",
                "People followed during the year",
                "population",
                List.of(col("active", "People followed during the year", COUNT)),
                List.of(row("ACTIVE", Map.of("active", cell))),
                null,
                "People who entered by 31 December of the period's calendar year and had not left before 1 January:"
                        + " a month or a quarter shows its year's figure. Shown where k or more people entered"
                        + " that year, so that two years never differ by a few arrivals or departures.");
    }

    private Table goals() throws SQLException {
        List<String> themes = themeRows();
        Map<String, Suppressor.Result> measures = new LinkedHashMap<>();
        measures.put("opened", additive("GOAL_OPENED", themes, PEOPLE_DIMS));
        measures.put("achieved", additive("GOAL_ACHIEVED", themes, PEOPLE_DIMS));
        measures.put("abandoned", additive("GOAL_ABANDONED", themes, PEOPLE_DIMS));
        List<String> shown = request.theme() == null ? themes : List.of(request.theme());
        List<Row> rows = new ArrayList<>();
        for (String theme : shown) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            measures.forEach(
                    (name, result) -> cells.put(name, count(result.rows().get(theme))));
            rows.add(row(theme, cells));
        }
        Row total = null;
        if (request.theme() == null) {
            Map<String, Cell> cells = new LinkedHashMap<>();
            measures.forEach((name, result) -> cells.put(name, count(result.total())));
            total = row("TOTAL", cells);
        }
        return new Table(
                "goals",
                "Goals by theme",
                "theme",
                List.of(
                        col("opened", "Goals opened", COUNT),
                        col("achieved", "Goals achieved", COUNT),
                        col("abandoned", "Goals abandoned", COUNT)),
                rows,
                total,
                "Goals opened (openedOn), achieved or abandoned (closedOn) in the period. A goal reached is"
                        + " one step of a path; the number says nothing of how hard it was.");
    }

    private Table trainings(String name, String title, String rowLabel, String measure, List<String> rowKeys) {
        Suppressor.Result started = additive(measure + "_STARTED", rowKeys, THEMED_DIMS);
        Suppressor.Result completed = additive(measure + "_COMPLETED", rowKeys, THEMED_DIMS);
        Suppressor.Result certified = additive(measure + "_CERTIFIED", rowKeys, THEMED_DIMS);
        List<Row> rows = new ArrayList<>();
        for (String key : rowKeys) {
            rows.add(trainingRow(
                    key,
                    started.rows().get(key),
                    completed.rows().get(key),
                    certified.rows().get(key)));
        }
        Row total = trainingRow("TOTAL", started.total(), completed.total(), certified.total());
        return new Table(
                name,
                title,
                rowLabel,
                List.of(
                        col("started", "Started", COUNT),
                        col("completed", "Completed", COUNT),
                        col("certified", "Certified", COUNT),
                        col("plannedHours", "Planned hours (trainings started)", HOURS),
                        col("doneHours", "Hours done (trainings started)", HOURS)),
                rows,
                total,
                "Trainings started (startDate), completed or certified (endDate) in the period; hours are"
                        + " those of the trainings started in the period. With a theme, trainings linked to"
                        + " a goal of that theme.");
    }

    private Row trainingRow(String key, Figure started, Figure completed, Figure certified) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("started", count(started));
        cells.put("completed", count(completed));
        cells.put("certified", count(certified));
        cells.put(
                "plannedHours",
                started.suppressed() ? count(started) : Cell.of(round(started.sum1()), started.people()));
        cells.put(
                "doneHours", started.suppressed() ? count(started) : Cell.of(round(started.sum2()), started.people()));
        return row(key, cells);
    }

    private Table barriers() throws SQLException {
        Suppressor.Result moved = additive("BARRIER_MOVED", Codes.AREAS, PEOPLE_DIMS);
        List<Row> rows = new ArrayList<>();
        for (String area : Codes.AREAS) {
            rows.add(row(area, Map.of("movedToSupport", count(moved.rows().get(area)))));
        }
        return new Table(
                "barriers",
                "Barriers moved from need to support",
                "area",
                List.of(col("movedToSupport", "Moved from BESOIN to POINT_APPUI", COUNT)),
                rows,
                row("TOTAL", Map.of("movedToSupport", count(moved.total()))),
                "Status changes of a barrier from BESOIN to POINT_APPUI recorded in the period. Health and"
                        + " justice count only for people who consented to anonymous statistics.");
    }

    private Table exits() throws SQLException {
        Set<String> counted = new HashSet<>(Codes.EXIT_CATEGORIES);
        counted.remove("RETRAIT");
        Suppressor.Result exits = additive("EXITS", Codes.EXIT_CATEGORIES, PEOPLE_DIMS, counted);
        Figure total = exits.total();
        List<Row> rows = new ArrayList<>();
        for (String category : Codes.EXIT_CATEGORIES) {
            Figure f = exits.rows().get(category);
            Cell rate;
            if ("RETRAIT".equals(category)) {
                rate = Cell.of(null, 0);
            } else if (f.suppressed() || total.suppressed()) {
                rate = count(f.suppressed() ? f : total); // read as the figure that hides it
            } else {
                rate = Cell.of(
                        total.count() == 0 ? null : Math.round(1000.0 * f.count() / total.count()) / 1000.0,
                        total.people());
            }
            Map<String, Cell> cells = new LinkedHashMap<>();
            cells.put("exits", count(f));
            cells.put("rate", rate);
            rows.add(row(category, cells));
        }
        Map<String, Cell> totalCells = new LinkedHashMap<>();
        totalCells.put("exits", count(total));
        totalCells.put(
                "rate", total.suppressed() ? count(total) : Cell.of(total.count() == 0 ? null : 1.0, total.people()));
        return new Table(
                "exits",
                "Exits by category",
                "category",
                List.of(col("exits", "Exits", COUNT), col("rate", "Share of exits (retraits left out)", RATE)),
                rows,
                row("TOTAL", totalCells),
                "Exits dated in the period, by IAE category. Retraits (long illness, death, imprisonment...)"
                        + " are shown but left out of the total and of the rates.");
    }

    private Table followUps() throws SQLException {
        Suppressor.Result done = additive("FOLLOW_UPS", Codes.SITUATIONS, PEOPLE_DIMS);
        List<Row> rows = new ArrayList<>();
        for (String s : Codes.SITUATIONS) {
            rows.add(row(s, Map.of("followUps", count(done.rows().get(s)))));
        }
        return new Table(
                "followUps",
                "Six-month follow-up outcomes",
                "situation",
                List.of(col("followUps", "Follow-ups done", COUNT)),
                rows,
                row("TOTAL", Map.of("followUps", count(done.total()))),
                "Follow-ups done in the period (about six months after an exit), by the situation found.");
    }

    private Suppressor.Result additive(String measure, List<String> rows, Set<Dim> dims) {
        return additive(measure, rows, dims, new HashSet<>(rows));
    }

    /**
     * One additive measure as this request shows it, rows hidden a calendar year at a time ({@link YearRows}).
     * A measure with a theme dimension reads the filtered theme's cells; without one, the theme (if any) is its row.
     */
    private Suppressor.Result additive(String measure, List<String> rows, Set<Dim> dims, Set<String> totalRows) {
        String value = dims.contains(Dim.THEME) && theme != null ? theme : ALL;
        Map<String, Map<String, YearRows.Figure>> lines = new LinkedHashMap<>();
        Map<String, Long> totalPeople = new HashMap<>();
        Map<String, double[]> sums = new HashMap<>();
        String asked = lineKey(level, span, from, site, counsellor);
        for (SummaryRollups.Cell x : yearCells.getOrDefault(measure + "|" + value, List.of())) {
            String key = lineKey(x.level(), x.span(), x.period(), x.site(), x.counsellorId());
            Map<String, YearRows.Figure> line = lines.computeIfAbsent(key, l -> new LinkedHashMap<>());
            if (x.row().equals(ALL)) {
                totalPeople.merge(key, x.people(), Long::sum);
                continue;
            }
            String row = shownRow(x.row());
            // custom themes share one row: its people are at least those of its largest custom theme
            line.merge(
                    row,
                    new YearRows.Figure(x.events(), x.people()),
                    (a, b) -> new YearRows.Figure(a.count() + b.count(), Math.max(a.people(), b.people())));
            if (key.equals(asked)) {
                double[] sum = sums.computeIfAbsent(row, r -> new double[2]);
                sum[0] += x.sum1();
                sum[1] += x.sum2();
            }
        }
        List<YearRows.Line> all = new ArrayList<>();
        lines.forEach((key, line) -> all.add(new YearRows.Line(line, totalPeople.getOrDefault(key, 0L))));
        YearRows.Decision decision = yearRows.decide(all, rows, totalRows);
        Map<String, YearRows.Figure> line = lines.getOrDefault(asked, Map.of());
        boolean zeros = YearRows.showsZeros(decision, new YearRows.Line(line, 0), totalRows);
        Map<String, Figure> shown = new LinkedHashMap<>();
        long count = 0;
        double sum1 = 0;
        double sum2 = 0;
        for (String row : rows) {
            YearRows.Figure f = line.getOrDefault(row, new YearRows.Figure(0, 0));
            double[] sum = sums.getOrDefault(row, new double[2]);
            boolean hide = decision.hides(row) && !(zeros && totalRows.contains(row));
            // a hidden figure carries its row's people in the organisation's year: its label reads that
            shown.put(row, new Figure(f.count(), sum[0], sum[1], hide ? decision.yearPeople(row) : f.people(), hide));
            if (totalRows.contains(row)) {
                count += f.count();
                sum1 += sum[0];
                sum2 += sum[1];
            }
        }
        Figure total = totalRows.isEmpty()
                ? null
                : new Figure(
                        count,
                        sum1,
                        sum2,
                        decision.totalHidden() ? decision.totalYearPeople() : totalPeople.getOrDefault(asked, 0L),
                        decision.totalHidden());
        return new Suppressor.Result(shown, total);
    }

    private static String lineKey(int level, String span, int period, String site, UUID counsellor) {
        String scope = switch (level) {
            case SummaryRollups.LEVEL_SITE_COUNSELLOR -> site + "|" + counsellor;
            case SummaryRollups.LEVEL_SITE -> site;
            default -> "";
        };
        return level + "|" + span + "|" + period + "|" + scope;
    }

    /** Custom themes are counted in one row: their words never leave the server. */
    static String shownRow(String row) {
        return row.startsWith("custom:") ? OTHER_CUSTOM : row;
    }

    // ---- medians and shares: threshold on people only ----

    private Table confidence() throws SQLException {
        List<Bucket> buckets = new ArrayList<>();
        if (counsellor != null) { // histograms are kept per site and organisation: count this one from the facts
            Scope scope = new Scope(site, counsellor);
            for (Bucket b : store.ratingHistograms(c, org, scope, from, to)) {
                buckets.add(new Bucket(shownRow(b.theme()), b.series(), b.value(), b.count()));
            }
        } else {
            for (String series : List.of("SF", "SL", "CF", "CL")) {
                for (SummaryRollups.Cell x : histogramCells("RATING_" + series)) {
                    buckets.add(new Bucket(shownRow(x.row()), series, x.bucket(), x.events()));
                }
            }
            for (SummaryRollups.Cell x : periodCells.getOrDefault("GOAL_RATED", List.of())) {
                if (inScope(x) && x.theme().equals(ALL) && !x.row().equals(ALL)) {
                    buckets.add(new Bucket(shownRow(x.row()), "G", 0, x.events()));
                    buckets.add(new Bucket(shownRow(x.row()), "C", 0, Math.round(x.sum1())));
                }
            }
        }
        // goals rated add up to their total like any count: hidden a row and a year at a time, medians with them
        List<String> themes = themeRows();
        Suppressor.Result rated = additive("GOAL_RATED", themes, PEOPLE_DIMS);
        List<String> shown = request.theme() == null ? themes : List.of(request.theme());
        List<Row> rows = new ArrayList<>();
        for (String theme : shown) {
            rows.add(confidenceRow(
                    theme,
                    buckets.stream().filter(b -> theme.equals(b.theme())).toList(),
                    rated.rows().get(theme)));
        }
        Row total = request.theme() == null ? confidenceRow("TOTAL", buckets, rated.total()) : null;
        return new Table(
                "confidence",
                "Confidence check-ins (0-10)",
                "theme",
                List.of(
                        col("goalsRated", "Goals rated", COUNT),
                        col("selfFirst", "Self rating, first (median)", RATING),
                        col("selfLatest", "Self rating, latest (median)", RATING),
                        col("counsellorFirst", "Counsellor rating, first (median)", RATING),
                        col("counsellorLatest", "Counsellor rating, latest (median)", RATING),
                        col("gap", "Latest self minus counsellor (medians)", RATING),
                        col("commentShare", "Goals with a check-in comment", RATE)),
                rows,
                total,
                "Goals whose latest rating falls in the period: median of the first and of the latest rating,"
                        + " by the person (self) and by the counsellor, kept apart. A rating is how able"
                        + " someone felt that day; read it with the comments and the interviews.");
    }

    private Row confidenceRow(String key, List<Bucket> buckets, Figure rated) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        long people = rated.people();
        if (rated.suppressed()) {
            for (String name : List.of(
                    "goalsRated",
                    "selfFirst",
                    "selfLatest",
                    "counsellorFirst",
                    "counsellorLatest",
                    "gap",
                    "commentShare")) {
                cells.put(name, count(rated));
            }
            return row(key, cells);
        }
        long goals = rated.count();
        Double selfLatest = Medians.of(histogram(buckets, "SL", 10));
        Double counsellorLatest = Medians.of(histogram(buckets, "CL", 10));
        cells.put("goalsRated", Cell.of((double) goals, people));
        cells.put("selfFirst", Cell.of(Medians.of(histogram(buckets, "SF", 10)), people));
        cells.put("selfLatest", Cell.of(selfLatest, people));
        cells.put("counsellorFirst", Cell.of(Medians.of(histogram(buckets, "CF", 10)), people));
        cells.put("counsellorLatest", Cell.of(counsellorLatest, people));
        cells.put(
                "gap",
                Cell.of(selfLatest == null || counsellorLatest == null ? null : selfLatest - counsellorLatest, people));
        cells.put(
                "commentShare",
                Cell.of(goals == 0 ? null : Math.round(1000.0 * sum(buckets, "C") / goals) / 1000.0, people));
        return row(key, cells);
    }

    private Table questionnaire() throws SQLException {
        List<Bucket> buckets = new ArrayList<>();
        if (counsellor != null) {
            buckets.addAll(store.questionnaireHistograms(c, org, new Scope(site, counsellor), from, to));
        } else {
            for (String series : List.of("F", "L")) {
                for (SummaryRollups.Cell x : histogramCells("QUESTIONNAIRE_" + series)) {
                    buckets.add(new Bucket(null, series, x.bucket(), x.events()));
                }
            }
        }
        long people = sum(buckets, "L");
        Map<String, Cell> cells = new LinkedHashMap<>();
        YearRows.Decision year = questionnaireYear();
        if (year.hides("ALL")) {
            cells.put("first", Cell.hidden(year.yearPeople("ALL"), k));
            cells.put("latest", Cell.hidden(year.yearPeople("ALL"), k));
        } else {
            Double first = Medians.of(histogram(buckets, "F", 400));
            Double latest = Medians.of(histogram(buckets, "L", 400));
            cells.put("first", Cell.of(first == null ? null : first / 100.0, people));
            cells.put("latest", Cell.of(latest == null ? null : latest / 100.0, people));
        }
        return new Table(
                "questionnaire",
                "Power-to-act questionnaire (1-4)",
                "questionnaire",
                List.of(
                        col("first", "First response, mean score (median over people)", SCORE),
                        col("latest", "Latest response, mean score (median over people)", SCORE)),
                List.of(row("ALL", cells)),
                null,
                "People whose latest response to «Mon pouvoir d’agir» version 1 falls in the period: the median"
                        + " over people of their mean answer (1 Pas du tout vrai - 4 Totalement vrai), first and latest."
                        + " Answers compare only within a version: other questionnaires and versions are not counted."
                        + " A questionnaire is one voice among others, answered on one day.");
    }

    /**
     * The people behind the questionnaire medians, hidden a calendar year at a time like a count: in every answer
     * about the year (the organisation's months, quarters and year, each site's and counsellor's year) they are 0 or
     * k or more, so two nested answers' medians never differ by the responses of fewer than k people.
     */
    private YearRows.Decision questionnaireYear() throws SQLException {
        int first = from - from % 12;
        Map<String, Long> lines = new LinkedHashMap<>();
        for (String span : List.of("H", "I", "J")) {
            for (SummaryStore.PeriodPeople x : store.histogramPeople(
                    c, org, SummaryRollups.LEVEL_ORGANISATION, span, "QUESTIONNAIRE_L", first, first + 11)) {
                lines.merge(span + x.period(), x.people(), Long::sum);
            }
        }
        for (SummaryStore.PeriodPeople x :
                store.histogramPeople(c, org, SummaryRollups.LEVEL_SITE, "J", "QUESTIONNAIRE_L", first, first)) {
            lines.merge("site|" + x.site(), x.people(), Long::sum);
        }
        for (SummaryStore.YearPeople p : store.questionnairePeople(c, org, first, first + 11)) {
            lines.merge("counsellor|" + p.site() + "|" + p.counsellorId(), p.people(), Long::sum);
        }
        List<YearRows.Line> all = lines.values().stream()
                .map(n -> new YearRows.Line(Map.of("ALL", new YearRows.Figure(n, n)), 0))
                .toList();
        return yearRows.decide(all, List.of("ALL"), Set.of());
    }

    private Table qualitative() throws SQLException {
        Suppressor.Result interviews = additive("INTERVIEWS", List.of("INTERVIEWS"), PEOPLE_DIMS, Set.of());
        return new Table(
                "qualitative",
                "Qualitative side",
                "evidence",
                List.of(col("interviews", "Interviews and home visits held", COUNT)),
                List.of(row(
                        "INTERVIEWS",
                        Map.of("interviews", count(interviews.rows().get("INTERVIEWS"))))),
                null,
                "Interviews held in the period, and (confidence table) the share of goals with at least one"
                        + " check-in comment: the written, qualitative side the figures stand on.");
    }

    // ---- helpers ----

    /** Histogram cells in scope over the period: kept per month, they add up. */
    private List<SummaryRollups.Cell> histogramCells(String measure) {
        return histogramCells.getOrDefault(measure, List.of()).stream()
                .filter(this::inScope)
                .toList();
    }

    private List<String> themeRows() throws SQLException {
        List<String> themes = new ArrayList<>(Codes.THEMES);
        themes.addAll(ThemeMapping.rows(c, org));
        themes.add(OTHER_CUSTOM);
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
        return buckets.stream()
                .filter(b -> b.series().equals(series))
                .mapToLong(Bucket::count)
                .sum();
    }

    private Cell count(Figure f) {
        return f.suppressed() ? Cell.hidden(f.people(), k) : Cell.of((double) f.count(), f.people());
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
