package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The people followed, audited with the exits: for a randomised organisation (seeded: people entering and leaving
 * in various months of two years, two sites, two counsellors), asks every question a supervisor can ask about the
 * years around (each year for the organisation, each site and each counsellor within a site; each month and
 * quarter of the organisation), and bounds by linear programming, over every relation between them (a place's
 * people followed in a year are those of the year before, plus the year's entries, minus the exits of the year
 * before; exits add up over months, categories, counsellors and sites), each hidden population figure, each hidden
 * exits figure, and the entries and exits of every place and year. Labels read as in SummaryAuditorTest.
 *
 * <p>No hidden figure may have fewer than k possible values; every place's entries and exits in a year are known
 * to be 0, known to be k or more, or left k possible values or more (PROTOCOL.md, "People followed").
 */
class PopulationAuditorTest {

    static final int K = SummaryAuditorTest.K;
    static final List<String> SITES = List.of("Nord", "Sud");
    static final List<String> CATEGORIES = List.of("EMPLOI_DURABLE", "SORTIE_POSITIVE", "AUTRE_SORTIE", "RETRAIT");
    /** Data lies in 2024 and 2025 (months 0 to 23); the years around are asked too. */
    static final int FIRST_YEAR = 2024;

    static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

    record Base(int site, int counsellor) {}

    /** A published exits figure: a category or TOTAL, over bases and months [first, last] (0 = January 2024). */
    record ExitFigure(String question, String row, Set<Base> bases, int first, int last, JsonNode cell) {}

    /** A published population figure of a year, with the request's suppressedAsWhole. */
    record PeopleFigure(String question, int year, Set<Base> bases, JsonNode cell, boolean asWhole) {}

    @ParameterizedTest
    @ValueSource(longs = {7, 17, 27})
    void noHiddenPopulationOrExitsFigureAndNoSmallFlowCanBeWorkedOut(long seed) {
        Random random = new Random(seed);
        Org org = Org.create(TestServers.shared(Backend.H2));
        SummaryAuditorTest.setK(org, K);
        List<Org.Member> counsellors = List.of(org.counsellor("CIP A"), org.counsellor("CIP B"));
        Org.Member supervisor = org.supervisor("Direction");
        List<People> people = List.of(new People(org, counsellors.get(0)), new People(org, counsellors.get(1)));
        int persons = 25 + random.nextInt(35);
        for (int i = 0; i < persons; i++) {
            People p = people.get(random.nextInt(2));
            int entry = random.nextInt(24);
            UUID person = p.person(SITES.get(random.nextInt(2)), day(entry, 1 + random.nextInt(27)));
            if (random.nextBoolean()) {
                int exit = entry + random.nextInt(24 - entry);
                p.exit(person, day(exit, 28), CATEGORIES.get(random.nextInt(CATEGORIES.size())));
            }
        }
        people.forEach(People::push);

        List<ExitFigure> exits = new ArrayList<>();
        List<PeopleFigure> population = new ArrayList<>();
        for (int year : YEARS) {
            String q = "period=year&from=" + year + "-01-01";
            int first = (year - FIRST_YEAR) * 12;
            JsonNode whole = ask(org, supervisor, q, bases(-1, -1), first, first + 11, year, exits, population);
            for (int s = 0; s < 2; s++) {
                ask(
                        org,
                        supervisor,
                        q + "&site=" + SITES.get(s),
                        bases(s, -1),
                        first,
                        first + 11,
                        year,
                        exits,
                        population);
                for (int c = 0; c < 2; c++) {
                    ask(
                            org,
                            supervisor,
                            q + "&site=" + SITES.get(s) + "&counsellorId="
                                    + counsellors.get(c).id(),
                            bases(s, c),
                            first,
                            first + 11,
                            year,
                            exits,
                            population);
                }
            }
            for (int m = 0; m < 12; m++) {
                JsonNode month = ask(
                        org,
                        supervisor,
                        String.format("period=month&from=%d-%02d-01", year, m + 1),
                        bases(-1, -1),
                        first + m,
                        first + m,
                        year,
                        exits,
                        population);
                assertThat(SummaryTest.cell(month, "population", "ACTIVE", "active"))
                        .as("a month shows its year")
                        .isEqualTo(SummaryTest.cell(whole, "population", "ACTIVE", "active"));
            }
            for (int quarter = 0; quarter < 4; quarter++) {
                ask(
                        org,
                        supervisor,
                        String.format("period=quarter&from=%d-%02d-01", year, 3 * quarter + 1),
                        bases(-1, -1),
                        first + 3 * quarter,
                        first + 3 * quarter + 2,
                        year,
                        exits,
                        population);
            }
        }

        Audit audit = new Audit(exits, population);
        audit.run();
        System.out.printf(
                "population auditor seed %d: %d people, %d hidden figures (%d population), %d flows," + " %d narrow%n",
                seed, persons, audit.hidden, audit.hiddenPopulation, audit.flows, audit.narrow.size());
        assertThat(audit.hiddenPopulation)
                .as("population figures hidden somewhere")
                .isPositive();
        assertThat(audit.narrow)
                .as("hidden figures or flows left fewer than k values")
                .isEmpty();
    }

    static String day(int month, int day) {
        return String.format("%d-%02d-%02d", FIRST_YEAR + month / 12, month % 12 + 1, day);
    }

    static Set<Base> bases(int site, int counsellor) {
        Set<Base> bases = new HashSet<>();
        for (int s = 0; s < 2; s++) {
            for (int c = 0; c < 2; c++) {
                if ((site < 0 || s == site) && (counsellor < 0 || c == counsellor)) {
                    bases.add(new Base(s, c));
                }
            }
        }
        return bases;
    }

    static JsonNode ask(
            Org org,
            Org.Member supervisor,
            String query,
            Set<Base> bases,
            int first,
            int last,
            int year,
            List<ExitFigure> exits,
            List<PeopleFigure> population) {
        JsonNode summary =
                org.api.get("/api/v1/summary?" + query, supervisor.token()).json();
        assertThat(summary.has("tables")).as(query + " " + summary).isTrue();
        population.add(new PeopleFigure(
                query,
                year,
                bases,
                SummaryTest.cell(summary, "population", "ACTIVE", "active"),
                summary.get("suppressedAsWhole").asBoolean()));
        if (first >= 0 && last < 24) {
            for (String row : CATEGORIES) {
                exits.add(new ExitFigure(
                        query, row, bases, first, last, SummaryTest.cell(summary, "exits", row, "exits")));
            }
            exits.add(new ExitFigure(
                    query, "TOTAL", bases, first, last, SummaryTest.cell(summary, "exits", "TOTAL", "exits")));
        }
        return summary;
    }

    /** The linear programs: one model of the published figures, one objective per figure or flow bounded. */
    static final class Audit {
        final List<ExitFigure> exits;
        final List<PeopleFigure> population;
        final Set<Base> everywhere = bases(-1, -1);
        int hidden;
        int hiddenPopulation;
        int flows;
        final List<String> narrow = new ArrayList<>();

        Audit(List<ExitFigure> exits, List<PeopleFigure> population) {
            this.exits = exits;
            this.population = population;
        }

        void run() {
            Set<String> seen = new HashSet<>();
            for (ExitFigure f : exits) {
                if (hidden(f.cell()) && seen.add(f.question() + "/" + f.row())) {
                    hidden++;
                    double[] range = range(m -> exitTerms(m, f.row(), f.bases(), f.first(), f.last()));
                    check(f.question() + " / exits " + f.row() + " " + f.cell(), range, false);
                }
            }
            for (PeopleFigure f : population) {
                if (hidden(f.cell()) && seen.add(f.question() + "/population")) {
                    hidden++;
                    hiddenPopulation++;
                    double[] range = range(m -> peopleTerms(m, f.year(), f.bases()));
                    check(f.question() + " / population " + f.cell(), range, false);
                }
            }
            List<Set<Base>> places = new ArrayList<>(List.of(everywhere, bases(0, -1), bases(1, -1)));
            places.addAll(everywhere.stream().map(Set::of).toList());
            for (Set<Base> place : places) {
                for (int year : YEARS) {
                    flows++;
                    check("entries " + year + " " + place, range(m -> entryTerms(m, year, place)), true);
                    int first = (year - FIRST_YEAR) * 12;
                    if (first >= 0 && first < 24) {
                        flows++;
                        check(
                                "exits " + year + " " + place,
                                range(m -> exitTerms(m, "ALL", place, first, first + 11)),
                                true);
                    }
                }
            }
        }

        /** A hidden figure keeps k values or more; a flow too, unless it is known to be 0 or k or more. */
        private void check(String what, double[] range, boolean flow) {
            boolean wide = range[1] - range[0] >= K - 1 - 1e-6;
            boolean known = flow && (range[1] < 1e-6 || range[0] >= K - 1e-6);
            if (!wide && !known) {
                narrow.add(what + ": [" + range[0] + ", " + range[1] + "]");
            }
        }

        private double[] range(java.util.function.Function<Model, List<Variable>> target) {
            double[] range = new double[2];
            for (int i = 0; i < 2; i++) {
                Model m = model();
                Expression objective = m.lp.newExpression("objective").weight(1);
                target.apply(m).forEach(v -> objective.set(v, 1));
                Optimisation.Result result = i == 1 ? m.lp.maximise() : m.lp.minimise();
                assertThat(result.getState().isFeasible() || result.getState() == Optimisation.State.UNBOUNDED)
                        .as("the published figures are consistent: " + result)
                        .isTrue();
                range[i] = result.getState() == Optimisation.State.UNBOUNDED
                        ? (i == 1 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY)
                        : result.getValue();
            }
            return range;
        }

        /** Exits per base, month and category; entries and people followed per base and year. */
        final class Model {
            final ExpressionsBasedModel lp = new ExpressionsBasedModel();
            final Map<String, Variable> variables = new HashMap<>();

            Variable v(String name) {
                return variables.computeIfAbsent(name, n -> lp.newVariable(n).lower(0));
            }
        }

        private Model model() {
            Model m = new Model();
            int n = 0;
            // a base's people followed: last year's, plus this year's entries, minus last year's exits
            for (Base b : everywhere) {
                for (int year : YEARS) {
                    Expression chain = m.lp.newExpression("chain" + n++).level(0);
                    chain.set(m.v("p" + b + year), 1);
                    chain.set(m.v("e" + b + year), -1);
                    if (year > YEARS.get(0)) {
                        chain.set(m.v("p" + b + (year - 1)), -1);
                        for (Variable x : exitTerms(
                                m, "ALL", Set.of(b), (year - 1 - FIRST_YEAR) * 12, (year - 1 - FIRST_YEAR) * 12 + 11)) {
                            chain.set(x, 1);
                        }
                    }
                }
            }
            for (ExitFigure f : exits) {
                constrain(
                        m,
                        "x" + n++,
                        exitTerms(m, f.row(), f.bases(), f.first(), f.last()),
                        f.cell(),
                        f.bases().equals(everywhere) && f.last() - f.first() == 11,
                        false);
            }
            for (PeopleFigure f : population) {
                constrain(
                        m,
                        "p" + n++,
                        peopleTerms(m, f.year(), f.bases()),
                        f.cell(),
                        f.bases().equals(everywhere),
                        f.asWhole());
            }
            return m;
        }

        private static void constrain(
                Model m, String name, List<Variable> terms, JsonNode cell, boolean wholeYear, boolean fewPeople) {
            Expression e = m.lp.newExpression(name);
            terms.forEach(v -> e.set(v, 1));
            if (!hidden(cell)) {
                e.level(cell.get("value").asDouble());
            } else if ("SMALL".equals(cell.path("reason").asText()) || fewPeople) {
                e.lower(0).upper(K - 1);
            } else if (wholeYear) {
                e.lower(K); // "masqué": k or more for the organisation's year
            } else {
                e.lower(0);
            }
        }

        /** Months outside the data (2023, 2026) hold no exit: nothing to add there. */
        private List<Variable> exitTerms(Model m, String row, Set<Base> bases, int first, int last) {
            List<Variable> terms = new ArrayList<>();
            for (Base b : bases) {
                for (int month = Math.max(0, first); month <= Math.min(23, last); month++) {
                    for (String c : CATEGORIES) {
                        if (row.equals("ALL") || row.equals(c) || row.equals("TOTAL") && !c.equals("RETRAIT")) {
                            terms.add(m.v("x" + b + month + c));
                        }
                    }
                }
            }
            return terms;
        }

        private List<Variable> peopleTerms(Model m, int year, Set<Base> bases) {
            return bases.stream().map(b -> m.v("p" + b + year)).toList();
        }

        private List<Variable> entryTerms(Model m, int year, Set<Base> bases) {
            return bases.stream().map(b -> m.v("e" + b + year)).toList();
        }
    }

    static boolean hidden(JsonNode cell) {
        return cell.path("suppressed").asBoolean(false);
    }
}
