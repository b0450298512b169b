package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.support.Api;
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
 * The auditor: for a randomised small organisation (seeded), asks every question a supervisor can ask about a
 * year (each month, quarter and the year; each site's and each counsellor's year; each theme), keeps every
 * published figure of one additive measure (goals opened, by theme), and bounds each hidden figure by linear
 * programming over every relation between published and hidden figures: rows add up to the total, months to
 * quarters and the year, counsellors to their site and sites to the organisation. A label is chosen per row and
 * year (PROTOCOL.md rule 4): "< k" puts every figure of the row in [0, k-1]; "masqué" says only that the row's
 * organisation-wide year is k or more (the other figures are 0 or more); a shown one is exact. No hidden figure
 * may be bounded to fewer than k values (PROTOCOL.md, "Figures that cannot be reversed").
 *
 * <p>Each person opens at most one goal in the year, so a figure's count is also the people it stands on and the
 * labels bound the counts exactly. Runs on H2: the figures are the same on PostgreSQL (RollupConsistencyTest).
 */
class SummaryAuditorTest {

    static final int K = 5;
    static final int YEAR = 2025;
    static final List<String> SITES = List.of("Nord", "Sud");
    static final List<String> THEMES = List.of(
            "MOBILITE",
            "LOGEMENT",
            "CANDIDATURE",
            "FRANCAIS",
            "SANTE",
            "TROUVER_EMPLOI",
            "custom:Atelier couture",
            "custom:Sevrage alcool - M. Durand");

    /** Where a base figure sits: a site, a counsellor (0 or 1) and a month (0-11). */
    record Base(int site, int counsellor, int month) {}

    /** One published figure: the base figures it adds up, per row. */
    record Published(String question, String row, Set<Base> region, JsonNode cell) {
        boolean hidden() {
            return cell.path("suppressed").asBoolean(false);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 22, 33, 44, 55})
    void noHiddenFigureIsBoundedToFewerThanKValues(long seed) {
        Audit audit = audit(seed);
        System.out.printf(
                "auditor seed %d: %d figures, %d hidden, %d with fewer than k values, %d exact%n",
                seed, audit.figures, audit.hidden, audit.narrow.size(), audit.exact);
        assertThat(audit.hidden)
                .as("the organisation has hidden figures to audit")
                .isPositive();
        assertThat(audit.narrow)
                .as("hidden figures bounded to fewer than k values")
                .isEmpty();
    }

    static final class Audit {
        int figures;
        int hidden;
        int exact;
        /** Hidden figures with fewer than k possible values. */
        final List<String> narrow = new ArrayList<>();
    }

    Audit audit(long seed) {
        Random random = new Random(seed);
        Org org = Org.create(TestServers.shared(Backend.H2));
        setK(org, K);
        List<Org.Member> counsellors = List.of(org.counsellor("CIP A"), org.counsellor("CIP B"));
        Org.Member supervisor = org.supervisor("Direction");
        List<People> people = List.of(new People(org, counsellors.get(0)), new People(org, counsellors.get(1)));
        int persons = 15 + random.nextInt(30);
        for (int i = 0; i < persons; i++) {
            int site = random.nextInt(SITES.size());
            int counsellor = random.nextInt(2);
            People p = people.get(counsellor);
            UUID person = p.person(SITES.get(site), (YEAR - 1) + "-12-01");
            if (random.nextInt(10) < 8) {
                String theme = THEMES.get(random.nextInt(THEMES.size()));
                String day = String.format("%d-%02d-%02d", YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28));
                if ("SANTE".equals(theme)) {
                    p.consent(person, "HEALTH", true, (YEAR - 1) + "-12-01T10:00:00Z"); // a health goal needs it
                }
                p.goal(person, theme, "EN_COURS", day, null);
            }
        }
        people.forEach(People::push);

        List<Published> published = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            ask(
                    org,
                    supervisor,
                    String.format("period=month&from=%d-%02d-01", YEAR, m + 1),
                    region(-1, -1, m, m),
                    published);
        }
        for (int q = 0; q < 4; q++) {
            ask(
                    org,
                    supervisor,
                    String.format("period=quarter&from=%d-%02d-01", YEAR, 3 * q + 1),
                    region(-1, -1, 3 * q, 3 * q + 2),
                    published);
        }
        String year = "period=year&from=" + YEAR + "-01-01";
        ask(org, supervisor, year, region(-1, -1, 0, 11), published);
        for (int s = 0; s < SITES.size(); s++) {
            ask(org, supervisor, year + "&site=" + SITES.get(s), region(s, -1, 0, 11), published);
            for (int c = 0; c < 2; c++) {
                ask(
                        org,
                        supervisor,
                        year + "&site=" + SITES.get(s) + "&counsellorId="
                                + counsellors.get(c).id(),
                        region(s, c, 0, 11),
                        published);
            }
        }
        for (String theme :
                THEMES.stream().filter(t -> !t.startsWith("custom:")).toList()) {
            ask(org, supervisor, year + "&theme=" + theme, region(-1, -1, 0, 11), published);
        }
        return bound(published);
    }

    static void setK(Org org, int k) {
        Api.Response response = org.api.send(org.api
                .request("/api/v1/admin/settings", org.admin.token())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"k\":" + k + "}")));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    static Set<Base> region(int site, int counsellor, int firstMonth, int lastMonth) {
        Set<Base> region = new HashSet<>();
        for (int s = 0; s < SITES.size(); s++) {
            for (int c = 0; c < 2; c++) {
                for (int m = firstMonth; m <= lastMonth; m++) {
                    if ((site < 0 || s == site) && (counsellor < 0 || c == counsellor)) {
                        region.add(new Base(s, c, m));
                    }
                }
            }
        }
        return region;
    }

    static void ask(Org org, Org.Member supervisor, String query, Set<Base> region, List<Published> into) {
        Api.Response response = org.api.get("/api/v1/summary?" + query, supervisor.token());
        assertThat(response.status()).as(query + " " + response).isEqualTo(200);
        for (JsonNode table : response.json().get("tables")) {
            if (!table.get("name").asText().equals("goals")) {
                continue;
            }
            for (JsonNode row : table.get("rows")) {
                into.add(new Published(
                        query, row.get("key").asText(), region, row.get("cells").get("opened")));
            }
            if (table.path("total").isObject()) {
                into.add(new Published(
                        query, "TOTAL", region, table.get("total").get("cells").get("opened")));
            }
        }
    }

    /** Bounds every hidden figure by linear programming over all published ones. */
    static Audit bound(List<Published> published) {
        Audit audit = new Audit();
        Set<String> rows = new HashSet<>();
        published.stream().filter(p -> !p.row().equals("TOTAL")).forEach(p -> rows.add(p.row()));
        // rows never hidden are known exactly where asked; only rows hidden somewhere are unknowns
        Set<String> unknownRows = new HashSet<>();
        published.stream().filter(p -> p.hidden() && !p.row().equals("TOTAL")).forEach(p -> unknownRows.add(p.row()));
        Map<String, Double> knownInQuestion = new HashMap<>();
        for (Published p : published) {
            if (!p.row().equals("TOTAL") && !unknownRows.contains(p.row())) {
                knownInQuestion.merge(p.question(), p.cell().get("value").asDouble(), Double::sum);
            }
        }
        Map<String, Set<Base>> hiddenFigures = new LinkedHashMap<>();
        for (Published p : published) {
            audit.figures++;
            if (p.hidden()) {
                hiddenFigures.putIfAbsent(p.question() + " / " + p.row(), p.region());
            }
        }
        audit.hidden = hiddenFigures.size();
        Set<Base> wholeYear = new HashSet<>(); // the organisation's year: every answer is a part of it
        published.forEach(p -> wholeYear.addAll(p.region()));
        for (Published target : published) {
            if (!target.hidden() || !hiddenFigures.containsKey(target.question() + " / " + target.row())) {
                continue;
            }
            hiddenFigures.remove(target.question() + " / " + target.row());
            double min = optimum(published, unknownRows, knownInQuestion, wholeYear, target, false);
            double max = optimum(published, unknownRows, knownInQuestion, wholeYear, target, true);
            if (max - min < K - 1 - 1e-6) {
                audit.narrow.add(target.question() + " / " + target.row() + " " + target.cell() + ": [" + min + ", "
                        + max + "]");
            }
            if (max - min < 1e-6) {
                audit.exact++;
            }
        }
        return audit;
    }

    private static double optimum(
            List<Published> published,
            Set<String> unknownRows,
            Map<String, Double> knownInQuestion,
            Set<Base> wholeYear,
            Published target,
            boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Variable> variables = new HashMap<>();
        int n = 0;
        for (Published p : published) {
            List<Variable> terms = new ArrayList<>();
            for (String row : p.row().equals("TOTAL") ? unknownRows : Set.of(p.row())) {
                if (!unknownRows.contains(row)) {
                    continue;
                }
                for (Base b : p.region()) {
                    terms.add(variables.computeIfAbsent(
                            row + "/" + b, name -> model.newVariable(name).lower(0)));
                }
            }
            if (terms.isEmpty()) {
                continue;
            }
            double known = p.row().equals("TOTAL") ? knownInQuestion.getOrDefault(p.question(), 0.0) : 0;
            Expression e = model.newExpression("c" + n++);
            terms.forEach(v -> e.set(v, 1));
            if (!p.hidden()) {
                e.level(p.cell().get("value").asDouble() - known);
            } else if ("SMALL".equals(p.cell().path("reason").asText())) {
                e.lower(0 - known).upper(K - 1 - known);
            } else if ("MASKED".equals(p.cell().path("reason").asText())
                    && p.region().equals(wholeYear)) {
                e.lower(K - known); // "masqué" claims k or more of the organisation's year only
            } else {
                e.lower(0 - known);
            }
        }
        Expression objective = model.newExpression("objective").weight(1);
        for (Base b : target.region()) {
            for (String row : target.row().equals("TOTAL") ? unknownRows : Set.of(target.row())) {
                Variable v = variables.get(row + "/" + b);
                if (v != null) {
                    objective.set(v, 1);
                }
            }
        }
        double known = target.row().equals("TOTAL") ? knownInQuestion.getOrDefault(target.question(), 0.0) : 0;
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        assertThat(result.getState().isFeasible())
                .as("the published figures are consistent: " + result)
                .isTrue();
        return result.getValue() + known;
    }
}
