package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Exit;
import org.jalons.domain.Goal;
import org.jalons.domain.Interview;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.platform.FakeShareService;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor dashboard against the real sync server: two counsellors push their caseloads through the sync
 * engine, a supervisor's phone is paired, and the app shows the figures worked out here from what was pushed, with
 * the small group hidden as "< 5", the filters, each chart's table, the CSV and PDF exports, and the last figures
 * with their date once the server is gone.
 *
 * <p>The data is laid out so that the server's complementary suppression has nothing to add (the two small groups,
 * Mobilité and Logement, are hidden together in every line and column they share), so the expected figures are
 * plain counts and medians with the primary rule "fewer than k people: hidden".
 */
class DashboardEndToEndAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final int K = 5;
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final Locale FR = Locale.FRENCH;

    @TempDir
    Path dir;

    final FakeShareService share = new FakeShareService();
    RealServer server;

    /** What was pushed about one person: enough to work out every expected figure. */
    record Person(
            UUID id,
            String site,
            UUID counsellor,
            int index,
            List<Goal> goals,
            List<CheckIn> checkIns,
            Training training,
            Exit exit,
            boolean barrierLifted) {}

    final List<Person> people = new ArrayList<>();
    /** The first day of the current quarter: every dated record of the data set falls on it. */
    final LocalDate quarter = quarterStart(LocalDate.now(ZoneOffset.UTC));

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    @Test
    void aSupervisorSeesTheCounsellorsFiguresFilteredExportedAndStillThereOffline() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        RealServer.User karim = server.createUser("Karim Haddad", "COUNSELLOR", null);
        RealServer.User direction = server.createUser("Direction", "SUPERVISOR", null);
        pushCaseload(camille, "Nord", true);
        pushCaseload(karim, "Sud", false);

        Path home = dir.resolve("supervisor");
        try (LocalStore store =
                new Profiles(home, CLOCK, 1000).create("Direction", Role.SUPERVISOR, PIN.toCharArray())) {
            SyncEngine engine = new SyncEngine(store, HTTP, CLOCK);
            engine.pairing().pair(server.baseUrl(), server.pairingCode(direction), "Poste de la direction");
            engine.syncOnce(); // brings the names of the organisation's counsellors for the team filter
        }
        startApp(home, c -> c.withShare(share));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        tap("#open-dashboard");
        waitUntil(() -> textOf("#dashboard-date").startsWith("Chiffres reçus le"));
        waitFor("#card-goals");

        // The whole organisation, this quarter.
        assertFigures(p -> true, "the whole organisation");
        assertThat(textOf("#cell-goals-MOBILITE-opened")).isEqualTo("< 5");
        assertThat(textOf("#cell-goals-LOGEMENT-opened")).isEqualTo("< 5");
        assertThat(textOf("#people-goals-MOBILITE-opened"))
                .as("a hidden cell tells no people count")
                .isEmpty();
        assertChartsMatchTheirTables();

        // Drill-down stops at k; a theme with enough people narrows the figures to it.
        revealAndTap("#drill-goals-MOBILITE");
        waitUntil(() -> textOf("#k-explanation").contains("moins de 5 personnes"));
        revealAndTap("#drill-goals-FRANCAIS");
        waitForAnswer();
        waitUntil(() -> lookup("#cell-goals-MOBILITE-opened").tryQuery().isEmpty());
        assertThat(lookup("#filter-theme").queryAs(ComboBox.class).getValue()).isEqualTo("FRANCAIS");
        assertThat(textOf("#cell-goals-FRANCAIS-opened")).isEqualTo(countOfGoals(goals(p -> true, GoalTheme.FRANCAIS)));
        assertThat(textOf("#cell-trainingsByCertification-CLEA-certified"))
                .isEqualTo(Integer.toString(
                        certified(p -> true, Certification.CLEA).size()));
        revealAndTap("#drill-up");
        waitForAnswer();
        waitUntil(() -> lookup("#cell-goals-MOBILITE-opened").tryQuery().isPresent());

        // Site filter.
        openFilters();
        fill("#filter-site", "Nord");
        applyFilters();
        assertFigures(p -> p.site().equals("Nord"), "site Nord");
        assertThat(textOf("#cell-goals-FRANCAIS-achieved")).isNotEqualTo("0");

        // Counsellor filter, within the counsellor's site (filters nest; both are answered for the year, which
        // holds the same records as this quarter).
        fill("#filter-site", "Sud");
        assertThat(choices("#filter-counsellor"))
                .as("the team by name, the whole team first")
                .containsExactly("Toute l’équipe", "Camille Martin", "Karim Haddad");
        choose("#filter-counsellor", "Karim Haddad");
        assertThat(lookup("#filter-counsellor").queryAs(ComboBox.class).getValue())
                .isEqualTo(karim.id().toString());
        applyFilters();
        assertFigures(p -> p.counsellor().equals(karim.id()), "Karim's caseload");
        assertThat(textOf("#cell-goals-FRANCAIS-achieved")).isEqualTo("0");
        assertThat(textOf("#cell-exits-EMPLOI_DURABLE-exits")).isEqualTo("5");
        fill("#filter-site", "");
        choose("#filter-counsellor", "Toute l’équipe");
        applyFilters();
        assertFigures(p -> true, "the whole organisation again");

        // Period: the quarter before holds no goal opened, but the same people were already followed.
        revealAndTap("#period-previous");
        waitForAnswer();
        waitUntil(() -> textOf("#cell-goals-FRANCAIS-opened").equals("0"));
        assertThat(textOf("#cell-population-ACTIVE-active")).isEqualTo(Integer.toString(people.size()));
        assertThat(textOf("#cell-trainingsByCertification-CLEA-certified")).isEqualTo("0");
        revealAndTap("#period-next");
        waitForAnswer();
        waitUntil(
                () -> textOf("#cell-goals-FRANCAIS-opened").equals(countOfGoals(goals(p -> true, GoalTheme.FRANCAIS))));
        assertFigures(p -> true, "this quarter again");
        assertThat(textOf("#dashboard-counted-up-to")).startsWith("Chiffres arrêtés au ");

        // Exports: one table as CSV, the period report as PDF.
        revealAndTap("#csv-goals");
        waitUntil(() -> share.shared.size() == 1);
        assertCsv(share.shared.get(0));
        revealAndTap("#export-pdf");
        waitUntil(() -> share.shared.size() == 2);
        assertPdf(share.shared.get(1));
        String shownAt = textOf("#dashboard-date").substring("Chiffres reçus le ".length());

        // The server goes away: the dashboard opens on the last figures received, with their date.
        server.close();
        server = null;
        stopApp();
        startApp(home, c -> c.withShare(share));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        tap("#open-dashboard");
        waitUntil(() -> textOf("#snackbar-text").startsWith("La structure ne répond pas"));
        assertThat(textOf("#dashboard-message")).isEmpty();
        assertThat(textOf("#dashboard-date")).isEqualTo("Chiffres enregistrés le " + shownAt + " (dernier échange)");
        assertFigures(p -> true, "offline, from the saved summary");
        assertThat(textOf("#cell-goals-MOBILITE-opened")).isEqualTo("< 5");
    }

    // ---- the data pushed ----

    /**
     * Six people per counsellor. Everyone has a goal "Maîtrise du français" with self and counsellor check-ins and
     * a training linked to it; on site Nord the goals are reached, the trainings certified (CléA) and a mobility
     * barrier lifted, and two small groups (2 people each) also have a goal Mobilité or Logement; on site Sud five
     * people left for a lasting job (emploi durable).
     */
    void pushCaseload(RealServer.User counsellor, String site, boolean nord) throws Exception {
        Path folder = dir.resolve(site);
        try (LocalStore phone = new Profiles(folder, CLOCK, 1000).create(site, Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(counsellor), "Téléphone " + site);
            List<Barrier> barriers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                UUID person = UUID.randomUUID();
                phone.beneficiaries()
                        .save(new Beneficiary(
                                person,
                                site + " " + i,
                                null,
                                quarter, // entered this year: a year's people followed are shown where k or more
                                // entered
                                null,
                                counsellor.id(),
                                List.of(),
                                null,
                                site));
                List<Goal> goals = new ArrayList<>();
                Goal french = new Goal(
                        UUID.randomUUID(),
                        person,
                        Term.of(GoalTheme.FRANCAIS),
                        "Je me sens capable de lire un courrier",
                        ProposedBy.JOINT,
                        nord ? GoalStatus.ATTEINT : GoalStatus.EN_COURS,
                        null,
                        quarter,
                        nord ? quarter : null);
                goals.add(french);
                if (nord && i < 4) {
                    goals.add(new Goal(
                            UUID.randomUUID(),
                            person,
                            Term.of(i < 2 ? GoalTheme.MOBILITE : GoalTheme.LOGEMENT),
                            "Je me sens capable de m’organiser",
                            ProposedBy.BENEFICIARY,
                            GoalStatus.EN_COURS,
                            null,
                            quarter,
                            null));
                }
                goals.forEach(phone.goals()::save);
                int seed = i + (nord ? 0 : 6);
                Instant morning =
                        quarter.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600L * (1 + i));
                List<CheckIn> checkIns = List.of(
                        checkIn(person, french, Rater.BENEFICIARY, 2 + seed % 4, null, morning),
                        checkIn(person, french, Rater.COUNSELLOR, 3 + seed % 3, null, morning.plusSeconds(60)),
                        checkIn(
                                person,
                                french,
                                Rater.BENEFICIARY,
                                5 + seed % 5,
                                seed % 2 == 0 ? "Plus à l’aise" : null,
                                morning.plusSeconds(7200)),
                        checkIn(person, french, Rater.COUNSELLOR, 4 + seed % 6, null, morning.plusSeconds(7260)));
                checkIns.forEach(phone.checkIns()::save);
                // the person's own ratings are given with the counsellor in a visit (write rights: the same push
                // carries the visit's interview)
                phone.interviews()
                        .save(new Interview(
                                UUID.randomUUID(),
                                person,
                                quarter,
                                org.jalons.protocol.Vocabulary.InterviewPlace.STRUCTURE,
                                null,
                                null,
                                null,
                                null));
                Training training = nord
                        ? new Training(
                                UUID.randomUUID(),
                                person,
                                french.id(),
                                "Savoirs de base",
                                "GRETA",
                                TrainingKind.CERTIFYING,
                                Term.of(Certification.CLEA),
                                null,
                                30.0 + i,
                                30.0 + i,
                                quarter,
                                quarter,
                                TrainingStatus.CERTIFIEE)
                        : new Training(
                                UUID.randomUUID(),
                                person,
                                french.id(),
                                "Code de la route",
                                "Auto-école",
                                TrainingKind.QUALIFYING,
                                Term.of(Certification.PERMIS_B),
                                null,
                                40.0,
                                10.0 + i,
                                quarter,
                                null,
                                TrainingStatus.EN_COURS);
                phone.trainings().save(training);
                Exit exit = null;
                if (!nord && i < 5) {
                    exit = new Exit(UUID.randomUUID(), person, quarter, ExitCategory.EMPLOI_DURABLE, "CDI", null);
                    phone.exits().save(exit);
                }
                if (nord) {
                    barriers.add(phone.barriers()
                            .save(new Barrier(
                                    UUID.randomUUID(),
                                    person,
                                    Term.of(BarrierArea.MOBILITE),
                                    BarrierStatus.BESOIN,
                                    null)));
                }
                people.add(new Person(person, site, counsellor.id(), i, goals, checkIns, training, exit, nord));
            }
            assertThat(sync.syncOnce().rejected()).isZero();
            for (Barrier b : barriers) {
                phone.barriers()
                        .save(new Barrier(
                                b.id(), b.beneficiaryId(), b.area(), BarrierStatus.POINT_APPUI, "Permis obtenu"));
            }
            assertThat(sync.syncOnce().rejected()).isZero();
            assertThat(phone.outbox().pendingCount()).isZero();
        }
    }

    static CheckIn checkIn(UUID person, Goal goal, Rater rater, int rating, String comment, Instant at) {
        return new CheckIn(UUID.randomUUID(), person, goal.id(), rater, rating, comment, at);
    }

    // ---- the figures expected, worked out from the data above ----

    /** A count of goals as shown: hidden when it stands on 1 to k-1 people. */
    static String countOfGoals(List<Goal> goals) {
        long distinct = goals.stream().map(Goal::beneficiaryId).distinct().count();
        return distinct > 0 && distinct < K ? "< " + K : Integer.toString(goals.size());
    }

    static String peopleLabel(long n) {
        return n + " pers.";
    }

    List<Person> selected(Predicate<Person> filter) {
        return people.stream().filter(filter).toList();
    }

    List<Goal> goals(Predicate<Person> filter, GoalTheme theme) {
        return selected(filter).stream()
                .flatMap(p -> p.goals().stream())
                .filter(g -> g.theme().known() == theme)
                .toList();
    }

    List<Goal> achieved(Predicate<Person> filter, GoalTheme theme) {
        return goals(filter, theme).stream()
                .filter(g -> g.status() == GoalStatus.ATTEINT)
                .toList();
    }

    List<Training> certified(Predicate<Person> filter, Certification certification) {
        return selected(filter).stream()
                .map(Person::training)
                .filter(t -> t.certification().known() == certification && t.status() == TrainingStatus.CERTIFIEE)
                .toList();
    }

    /** Median of the values, as the dashboard writes a rating (one decimal, French). */
    static String median(List<Integer> values) {
        int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        double m = (v[(v.length - 1) / 2] + v[v.length / 2]) / 2.0;
        NumberFormat f = NumberFormat.getNumberInstance(FR);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(m);
    }

    /** First or latest rating of each goal by a rater. */
    static List<Integer> ratings(List<Person> of, Rater rater, boolean latest) {
        List<Integer> out = new ArrayList<>();
        for (Person p : of) {
            Map<UUID, List<CheckIn>> byGoal = p.checkIns().stream()
                    .filter(c -> c.rater() == rater)
                    .collect(Collectors.groupingBy(CheckIn::goalId));
            for (List<CheckIn> list : byGoal.values()) {
                List<CheckIn> sorted = new ArrayList<>(list);
                sorted.sort((a, b) -> a.ratedAt().compareTo(b.ratedAt()));
                out.add((latest ? sorted.get(sorted.size() - 1) : sorted.get(0)).rating());
            }
        }
        return out;
    }

    void assertFigures(Predicate<Person> filter, String what) {
        List<Person> in = selected(filter);
        // Population.
        assertThat(textOf("#cell-population-ACTIVE-active")).as(what).isEqualTo(Integer.toString(in.size()));
        assertThat(textOf("#people-population-ACTIVE-active")).as(what).isEqualTo(peopleLabel(in.size()));
        // Goals by theme: opened and achieved, with the people they stand on.
        for (GoalTheme theme : List.of(GoalTheme.FRANCAIS, GoalTheme.MOBILITE, GoalTheme.LOGEMENT)) {
            List<Goal> opened = goals(filter, theme);
            assertThat(textOf("#cell-goals-" + theme + "-opened"))
                    .as(what + " " + theme)
                    .isEqualTo(countOfGoals(opened));
            assertThat(textOf("#cell-goals-" + theme + "-achieved"))
                    .as(what + " " + theme)
                    .isEqualTo(countOfGoals(achieved(filter, theme)));
        }
        List<Goal> french = goals(filter, GoalTheme.FRANCAIS);
        assertThat(textOf("#people-goals-FRANCAIS-opened"))
                .as(what)
                .isEqualTo(peopleLabel(
                        french.stream().map(Goal::beneficiaryId).distinct().count()));
        long allGoals = in.stream().mapToLong(p -> p.goals().size()).sum();
        assertThat(textOf("#cell-goals-TOTAL-opened")).as(what).isEqualTo(Long.toString(allGoals));
        // Trainings certified, and the hours of the trainings started.
        assertThat(textOf("#cell-trainingsByCertification-CLEA-certified"))
                .as(what)
                .isEqualTo(
                        Integer.toString(certified(filter, Certification.CLEA).size()));
        List<Training> started = in.stream().map(Person::training).toList();
        double planned = started.stream().mapToDouble(Training::plannedHours).sum();
        assertThat(textOf("#cell-trainingsByCertification-TOTAL-plannedHours"))
                .as(what)
                .isEqualTo(NumberFormat.getIntegerInstance(FR).format(planned) + " h");
        assertThat(textOf("#cell-trainingsByCertification-TOTAL-started"))
                .as(what)
                .isEqualTo(Integer.toString(started.size()));
        // Confidence: medians of the first and latest ratings, self and counsellor kept apart.
        assertThat(textOf("#cell-confidence-FRANCAIS-goalsRated")).as(what).isEqualTo(Integer.toString(in.size()));
        assertThat(textOf("#cell-confidence-FRANCAIS-selfFirst"))
                .as(what)
                .isEqualTo(median(ratings(in, Rater.BENEFICIARY, false)));
        assertThat(textOf("#cell-confidence-FRANCAIS-selfLatest"))
                .as(what)
                .isEqualTo(median(ratings(in, Rater.BENEFICIARY, true)));
        assertThat(textOf("#cell-confidence-FRANCAIS-counsellorFirst"))
                .as(what)
                .isEqualTo(median(ratings(in, Rater.COUNSELLOR, false)));
        assertThat(textOf("#cell-confidence-FRANCAIS-counsellorLatest"))
                .as(what)
                .isEqualTo(median(ratings(in, Rater.COUNSELLOR, true)));
        // Barriers lifted, exits by category.
        long lifted = in.stream().filter(Person::barrierLifted).count();
        assertThat(textOf("#cell-barriers-MOBILITE-movedToSupport")).as(what).isEqualTo(Long.toString(lifted));
        long exits = in.stream().filter(p -> p.exit() != null).count();
        assertThat(textOf("#cell-exits-EMPLOI_DURABLE-exits")).as(what).isEqualTo(Long.toString(exits));
        if (exits > 0) {
            assertThat(textOf("#people-exits-EMPLOI_DURABLE-exits")).as(what).isEqualTo(peopleLabel(exits));
        }
    }

    /** Every chart draws the visible figures of its table, and nothing for a hidden one. */
    @SuppressWarnings("unchecked")
    void assertChartsMatchTheirTables() {
        Map<String, String> charted = Map.of(
                "goals",
                "achieved",
                "trainingsByCertification",
                "certified",
                "barriers",
                "movedToSupport",
                "exits",
                "exits");
        charted.forEach((table, column) -> {
            BarChart<Number, String> chart = lookup("#chart-" + table).queryAs(BarChart.class);
            assertThat(chart).as(table).isNotNull();
            assertThat(lookup("#table-" + table).tryQuery()).as(table).isPresent();
            for (XYChart.Data<Number, String> bar : chart.getData().get(0).getData()) {
                assertThat(bar.getXValue().doubleValue())
                        .as(table + " " + bar.getYValue())
                        .isPositive();
            }
        });
        BarChart<Number, String> goals = lookup("#chart-goals").queryAs(BarChart.class);
        assertThat(goals.getData().get(0).getData()).singleElement().satisfies(bar -> {
            assertThat(bar.getYValue()).isEqualTo("Maîtrise du français");
            assertThat(bar.getXValue().intValue())
                    .isEqualTo(achieved(p -> true, GoalTheme.FRANCAIS).size());
        });
        BarChart<Number, String> exits = lookup("#chart-exits").queryAs(BarChart.class);
        assertThat(exits.getData().get(0).getData())
                .singleElement()
                .satisfies(bar -> assertThat(bar.getXValue().intValue()).isEqualTo((int)
                        people.stream().filter(p -> p.exit() != null).count()));
        // the confidence chart: the first and latest medians of each voice, the person's and the counsellor's apart
        assertThat(lookup("#chart-confidence .rating-bar.voice-self").queryAll())
                .hasSize(2);
        assertThat(lookup("#chart-confidence .rating-bar.voice-counsellor").queryAll())
                .hasSize(2);
        assertThat(textOf("#cell-confidence-TOTAL-selfFirst"))
                .isEqualTo(median(ratings(people, Rater.BENEFICIARY, false)));
    }

    void assertCsv(FakeShareService.Shared csv) {
        assertThat(csv.fileName()).endsWith(".csv");
        byte[] bytes = csv.content();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("theme;opened;opened_people;achieved;achieved_people;abandoned;abandoned_people"
                        + ";counted_up_to_seq;counted_up_to_at");
        List<Goal> french = goals(p -> true, GoalTheme.FRANCAIS);
        List<Goal> reached = achieved(p -> true, GoalTheme.FRANCAIS);
        assertThat(lines)
                .filteredOn(l -> l.startsWith("FRANCAIS;"))
                .singleElement()
                .asString()
                .startsWith("FRANCAIS;" + french.size() + ";" + french.size() + ";" + reached.size() + ";"
                        + reached.size() + ";0;0;");
        // every row says up to which change its figures count, as the dashboard does
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(l -> assertThat(l).matches(".*;[1-9][0-9]*;\\d{4}-\\d{2}-\\d{2}T[^;]+Z"));
        assertThat(lines)
                .filteredOn(l -> l.startsWith("MOBILITE;"))
                .singleElement()
                .asString()
                .startsWith("MOBILITE;< 5;;");
    }

    void assertPdf(FakeShareService.Shared pdf) throws Exception {
        assertThat(pdf.fileName()).endsWith(".pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            text = new PDFTextStripper().getText(doc);
        }
        int french = goals(p -> true, GoalTheme.FRANCAIS).size();
        assertThat(text)
                .contains("Jalons - period report")
                .contains("Period " + quarter + " to")
                .contains(french + " (" + french + " p.)")
                .contains("< 5");
    }

    // ---- the filters, as a person uses them ----

    void openFilters() {
        reveal("#filters");
        TitledPane pane = lookup("#filters").queryAs(TitledPane.class);
        if (!pane.isExpanded()) {
            clickOn(pane.lookup(".title"));
            waitUntil(pane::isExpanded);
        }
    }

    void fill(String field, String text) {
        reveal(field);
        TextField f = lookup(field).queryAs(TextField.class);
        interact(f::clear);
        if (!text.isEmpty()) {
            clickOn(field).write(text);
        }
        waitUntil(() -> f.getText().equals(text));
    }

    /** What a drop-down list shows when opened, closed again after. */
    List<String> choices(String box) {
        reveal(box);
        clickOn(box);
        waitUntil(() -> !cells().isEmpty());
        List<String> shown = cells();
        type(javafx.scene.input.KeyCode.ESCAPE);
        return shown;
    }

    /** Opens a drop-down list and taps the line that reads {@code shown}. */
    void choose(String box, String shown) {
        reveal(box);
        ComboBox<?> c = lookup(box).queryAs(ComboBox.class);
        clickOn(box);
        waitUntil(() -> cells().contains(shown));
        clickOn(lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> shown.equals(cell.getText()))
                .<javafx.scene.Node>query());
        waitUntil(() -> !c.isShowing());
        waitUntil(() -> shown.equals(((javafx.scene.control.ListCell<?>) c.lookup(".list-cell")).getText()));
    }

    private List<String> cells() {
        return lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText)
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }

    void applyFilters() {
        revealAndTap("#filter-apply");
        waitForAnswer();
        assertThat(textOf("#dashboard-message")).isEmpty();
    }

    /** Until the dashboard has the server's answer (its "asking the server" line is gone). */
    void waitForAnswer() {
        waitUntil(() -> lookup(".busy")
                .match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery()
                .isEmpty());
    }
}
