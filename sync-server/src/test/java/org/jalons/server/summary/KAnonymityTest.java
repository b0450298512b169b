package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.summary.SummaryTest.cell;
import static org.jalons.server.summary.SummaryTest.cellText;
import static org.jalons.server.summary.SummaryTest.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No figure stands on fewer than k people, not even one worked out from a total, from sibling
 * sites or counsellors, or from two overlapping periods.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class KAnonymityTest {

    @Parameter
    Backend backend;

    Org org;
    Org.Member samia;
    Org.Member supervisor;
    People people;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        samia = org.counsellor("Samia CIP");
        supervisor = org.supervisor("Direction");
        people = new People(org, samia);
    }

    @Test
    void hiddenRowsNextToZerosAndAShownTotalDoNotSolveToTheirValues() {
        // the auditor's example: total 16, MOBILITE 14, two rows of 1 among rows of 0
        people.persons(14, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.goal(people.person("Nord", "2026-01-05"), "LOGEMENT", "EN_COURS", "2026-01-10", null);
        UUID health = people.person("Nord", "2026-01-05");
        people.consent(health, "HEALTH", true, "2026-01-05T10:00:00Z"); // a health goal needs it
        people.goal(health, "SANTE", "EN_COURS", "2026-01-10", null);
        people.push();

        JsonNode month = summary("period=month&from=2026-01-01");

        assertThat(cellText(month, "goals", "LOGEMENT", "opened")).isEqualTo(SMALL);
        assertThat(cellText(month, "goals", "SANTE", "opened")).isEqualTo(SMALL);
        assertThat(cellText(month, "goals", "MOBILITE", "opened")).isEqualTo(MASKED);
        assertThat(cellText(month, "goals", "TOTAL", "opened")).isEqualTo(figure(16, 16));
        assertThat(cellText(month, "goals", "FRANCAIS", "opened")).isEqualTo(figure(0, 0));
        assertNoTotalRevealsAHiddenCell(month);
        assertTheAuditorBoundsNothing(yearQuestions());
    }

    @Test
    void aRowThatIsZeroForTheWholeOrganisationIsNeverTheSecondHiddenCell() {
        people.persons(6, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.persons(2, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "LOGEMENT", "EN_COURS", "2026-01-10", null));
        people.push();

        JsonNode month = summary("period=month&from=2026-01-01");

        assertThat(cellText(month, "goals", "LOGEMENT", "opened")).isEqualTo(SMALL);
        for (String zero : List.of("CHOISIR_METIER", "SANTE", "CONFIANCE", "OTHER_CUSTOM")) {
            assertThat(cellText(month, "goals", zero, "opened")).as(zero).isEqualTo(figure(0, 0));
        }
        // MOBILITE and LOGEMENT together cannot hide 2 people among 8: the total goes instead
        assertThat(cellText(month, "goals", "MOBILITE", "opened")).isEqualTo(figure(6, 6));
        assertThat(cellText(month, "goals", "TOTAL", "opened")).isEqualTo(MASKED);
        assertTheAuditorBoundsNothing(yearQuestions());
    }

    @Test
    void goalsRatedAddUpToTheirTotalAndAreHiddenLikeAnyCount() {
        for (int i = 0; i < 8; i++) {
            UUID person = people.person("Nord", "2026-01-05");
            UUID goal = people.goal(person, i < 6 ? "MOBILITE" : "LOGEMENT", "EN_COURS", "2026-01-10", null);
            people.checkIn(person, goal, "BENEFICIARY", 6, "2026-01-11T10:00:00Z", null);
        }
        people.push();

        JsonNode month = summary("period=month&from=2026-01-01");

        assertThat(cellText(month, "confidence", "LOGEMENT", "goalsRated")).isEqualTo(SMALL);
        assertThat(cellText(month, "confidence", "LOGEMENT", "selfLatest")).isEqualTo(SMALL);
        assertThat(cellText(month, "confidence", "MOBILITE", "goalsRated")).isEqualTo(figure(6, 6));
        assertThat(cellText(month, "confidence", "TOTAL", "goalsRated")).isEqualTo(MASKED);
        assertNoTotalRevealsAHiddenCell(month);
    }

    @Test
    void aRowIsHiddenForTheWholeYearSoNoOtherPeriodIsolatesASmallMonth() {
        people.persons(6, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.goal(people.person("Nord", "2026-01-05"), "MOBILITE", "EN_COURS", "2026-03-10", null);
        people.persons(9, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "LOGEMENT", "EN_COURS", "2026-01-10", null));
        people.push();

        for (String q : List.of(
                "period=month&from=2026-01-01",
                "period=month&from=2026-03-01",
                "period=quarter&from=2026-01-01",
                "period=year&from=2026-01-01",
                "period=year&from=2026-01-01&site=Nord",
                "period=year&from=2026-01-01&site=Nord&counsellorId=" + samia.id())) {
            JsonNode summary = summary(q);
            assertThat(hidden(cell(summary, "goals", "MOBILITE", "opened")))
                    .as(q)
                    .isTrue();
            assertNoTotalRevealsAHiddenCell(summary);
        }
        // the label is the row's for the year (7 people): March's single person reads "masqué" too, so no two
        // labels bound a figure between them
        assertThat(cellText(summary("period=month&from=2026-01-01"), "goals", "MOBILITE", "opened"))
                .isEqualTo(MASKED);
        assertThat(cellText(summary("period=month&from=2026-03-01"), "goals", "MOBILITE", "opened"))
                .isEqualTo(MASKED);
        assertTheAuditorBoundsNothing(yearQuestions());
    }

    @Test
    void aMaskedFigureWhosePartsAllReadSmallCannotBeMetByTwoLabels() {
        // MOBILITE: 6 people in the year, 2 of them in the other site; a site's part read "< k" by its own size,
        // which told that neither part was 0 (k-1 values): labels are the row's for the year now
        people.persons(4, "Nord", "2026-02-05")
                .forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-02-10", null));
        people.persons(2, "Sud", "2026-02-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-02-10", null));
        people.persons(9, "Nord", "2026-02-05")
                .forEach(p -> people.goal(p, "LOGEMENT", "EN_COURS", "2026-02-10", null));
        people.persons(9, "Sud", "2026-02-05").forEach(p -> people.goal(p, "LOGEMENT", "EN_COURS", "2026-02-10", null));
        people.push();
        String q = "period=year&from=2026-01-01";

        for (String site : List.of("Nord", "Sud")) {
            assertThat(cellText(summary(q + "&site=" + site), "goals", "MOBILITE", "opened"))
                    .as(site)
                    .isEqualTo(MASKED);
        }
        assertThat(cellText(summary(q), "goals", "MOBILITE", "opened")).isEqualTo(MASKED);
        Map<String, Set<SummaryAuditorTest.Base>> questions = new LinkedHashMap<>();
        questions.put(q, SummaryAuditorTest.region(-1, -1, 0, 11));
        questions.put(q + "&site=Nord", SummaryAuditorTest.region(0, -1, 0, 11));
        questions.put(q + "&site=Sud", SummaryAuditorTest.region(1, -1, 0, 11));
        assertTheAuditorBoundsNothing(questions);
    }

    @Test
    void twoMonthsOfPeopleFollowedNeverDifferByAFewDepartures() {
        // ten people since June 2025; one leaves in January 2026: January 10 and February 9 told that one person
        // left in January while the exits table hid that row
        List<UUID> ten = people.persons(10, "Nord", "2025-06-02");
        people.exit(ten.get(0), "2026-01-20", "EMPLOI_DURABLE");
        people.push();

        JsonNode january = summary("period=month&from=2026-01-01");
        JsonNode february = summary("period=month&from=2026-02-01");

        assertThat(hidden(cell(january, "exits", "EMPLOI_DURABLE", "exits"))).isTrue();
        for (int m = 1; m <= 12; m++) { // every month and quarter shows its year's figure, or hides it
            JsonNode month = summary(String.format("period=month&from=2026-%02d-01", m));
            assertThat(cell(month, "population", "ACTIVE", "active"))
                    .as("month " + m)
                    .isEqualTo(cell(january, "population", "ACTIVE", "active"));
        }
        assertThat(cell(february, "population", "ACTIVE", "active"))
                .isEqualTo(cell(summary("period=quarter&from=2026-01-01"), "population", "ACTIVE", "active"));
        // 2026: no one entered, so the year is hidden (from 2025 it would differ by the one departure)
        assertThat(hidden(cell(january, "population", "ACTIVE", "active"))).isTrue();
        assertThat(cellText(summary("period=year&from=2025-01-01"), "population", "ACTIVE", "active"))
                .isEqualTo(figure(10, 10));
    }

    @Test
    void freeRangesAndCrossedFiltersAreRefused() {
        people.persons(6, "Nord", "2026-01-05");
        people.push();
        Map<String, String> refused = Map.of(
                "period=custom&from=2026-01-01&to=2026-02-28",
                "invalid_period",
                "period=month&from=2026-01-01&to=2026-01-31",
                "invalid_period",
                "period=month&from=2026-01-01&site=Nord",
                "invalid_filter",
                "period=quarter&from=2026-01-01&site=Nord",
                "invalid_filter",
                "period=year&from=2026-01-01&counsellorId=" + samia.id(),
                "invalid_filter",
                "period=year&from=2026-01-01&site=Nord&theme=MOBILITE",
                "invalid_filter");
        refused.forEach((q, code) -> {
            Api.Response response = org.api.get("/api/v1/summary?" + q, supervisor.token());
            assertThat(response.status()).as(q).isEqualTo(400);
            assertThat(response.json().get("error").asText()).as(q).isEqualTo(code);
        });
    }

    @Test
    void orgWideMinusVisibleSitesNeverIsolatesASmallSite() {
        people.persons(8, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.persons(7, "Sud", "2026-01-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.persons(2, "Est", "2026-01-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.push();
        String q = "period=year&from=2026-01-01";

        JsonNode all = summary(q);
        Map<String, JsonNode> sites = Map.of(
                "Nord", summary(q + "&site=Nord"), "Sud", summary(q + "&site=Sud"), "Est", summary(q + "&site=Est"));

        assertThat(sites.get("Est").get("suppressedAsWhole").asBoolean()).isTrue();
        assertThat(cellText(all, "goals", "MOBILITE", "opened")).isEqualTo(MASKED);
        // the row stands on 17 people in the organisation's year: the small site reads "masqué" like the others
        assertThat(cellText(sites.get("Est"), "goals", "MOBILITE", "opened")).isEqualTo(MASKED);
        assertThat(cellText(sites.get("Nord"), "goals", "MOBILITE", "opened")).isEqualTo(MASKED);
        assertSiblingsNeverRevealOne(all, List.copyOf(sites.values()));
    }

    @Test
    void aSmallCaseloadCannotBeWorkedOutFromTheOrganisationMinusTheOthers() {
        Org.Member karim = org.counsellor("Karim CIP");
        People karims = new People(org, karim);
        people.persons(10, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        karims.persons(2, "Nord", "2026-01-05")
                .forEach(p -> karims.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.push();
        karims.push();
        String q = "period=year&from=2026-01-01";

        JsonNode all = summary(q);
        JsonNode ofSamia = summary(q + "&site=Nord&counsellorId=" + samia.id());
        JsonNode ofKarim = summary(q + "&site=Nord&counsellorId=" + karim.id());

        assertThat(ofKarim.get("suppressedAsWhole").asBoolean()).isTrue();
        assertThat(hidden(cell(all, "goals", "MOBILITE", "opened"))).isTrue();
        assertThat(hidden(cell(ofSamia, "goals", "MOBILITE", "opened"))).isTrue();
        assertThat(hidden(cell(ofSamia, "population", "ACTIVE", "active"))).isTrue();
        assertSiblingsNeverRevealOne(all, List.of(ofSamia, ofKarim));
    }

    @Test
    void healthAndJusticeCountOnlyPeopleWhoseLatestStatisticsConsentIsGranted() {
        List<UUID> six = people.persons(6, "Nord", "2026-01-05");
        List<UUID> barriers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID p = six.get(i);
            people.consent(p, "HEALTH", true, "2026-01-06T10:00:00Z");
            if (i < 4) {
                people.consent(p, "ANONYMOUS_STATISTICS", true, "2026-01-06T10:00:00Z");
            }
            if (i == 4) { // granted, then withdrawn: the latest is in force
                people.consent(p, "ANONYMOUS_STATISTICS", true, "2026-01-06T10:00:00Z");
                people.consent(p, "ANONYMOUS_STATISTICS", false, "2026-01-07T10:00:00Z");
            }
            barriers.add(people.barrier(p, "SANTE", "BESOIN"));
        }
        people.push();
        for (int i = 0; i < 6; i++) {
            people.barrierStatus(six.get(i), barriers.get(i), 1, "POINT_APPUI");
        }
        people.push();
        String q = "period=month&from=" + SummaryTest.thisMonth();

        assertThat(hidden(cell(summary(q), "barriers", "SANTE", "movedToSupport")))
                .isTrue();

        people.consent(six.get(5), "ANONYMOUS_STATISTICS", true, "2026-01-08T10:00:00Z");
        people.push();
        assertThat(cellText(summary(q), "barriers", "SANTE", "movedToSupport")).isEqualTo(figure(5, 5));
    }

    // ---- invariants ----

    /** In every table, a shown total never sits next to exactly one hidden row. */
    static void assertNoTotalRevealsAHiddenCell(JsonNode summary) {
        for (JsonNode table : summary.get("tables")) {
            JsonNode total = table.get("total");
            if (total == null || "exits".equals(table.get("name").asText())) {
                continue;
            }
            total.get("cells").fieldNames().forEachRemaining(column -> {
                if (hidden(total.get("cells").get(column))) {
                    return;
                }
                long hiddenRows = 0;
                for (JsonNode row : table.get("rows")) {
                    hiddenRows += hidden(row.get("cells").get(column)) ? 1 : 0;
                }
                assertThat(hiddenRows).as(table.get("name") + "/" + column).isNotEqualTo(1);
            });
        }
    }

    /** For every non-zero cell shown organisation-wide: 0 or at least 2 of the sibling answers hide it. */
    static void assertSiblingsNeverRevealOne(JsonNode all, List<JsonNode> siblings) {
        for (JsonNode table : all.get("tables")) {
            String name = table.get("name").asText();
            List<JsonNode> rows = new ArrayList<>();
            table.get("rows").forEach(rows::add);
            if (table.get("total") != null) {
                rows.add(table.get("total"));
            }
            for (JsonNode row : rows) {
                String key = row.get("key").asText();
                row.get("cells").fieldNames().forEachRemaining(column -> {
                    JsonNode shown = row.get("cells").get(column);
                    if (hidden(shown)
                            || "rate".equals(column)
                            || shown.path("value").asDouble() == 0) {
                        return; // nothing to work out from a hidden or zero total
                    }
                    long hiddenSiblings = siblings.stream()
                            .filter(s -> hidden(cell(s, name, key, column)))
                            .count();
                    assertThat(hiddenSiblings)
                            .as(name + "/" + key + "/" + column)
                            .isNotEqualTo(1);
                });
            }
        }
    }

    static final String SMALL = "{\"suppressed\":true,\"reason\":\"SMALL\"}";
    static final String MASKED = "{\"suppressed\":true,\"reason\":\"MASKED\"}";

    /** Every question about 2026 of this one-site, one-counsellor organisation, with the figures it adds up. */
    Map<String, Set<SummaryAuditorTest.Base>> yearQuestions() {
        Map<String, Set<SummaryAuditorTest.Base>> questions = new LinkedHashMap<>();
        for (int m = 0; m < 12; m++) {
            questions.put(
                    String.format("period=month&from=2026-%02d-01", m + 1), SummaryAuditorTest.region(0, 0, m, m));
        }
        for (int q = 0; q < 4; q++) {
            questions.put(
                    String.format("period=quarter&from=2026-%02d-01", 3 * q + 1),
                    SummaryAuditorTest.region(0, 0, 3 * q, 3 * q + 2));
        }
        questions.put("period=year&from=2026-01-01", SummaryAuditorTest.region(0, 0, 0, 11));
        questions.put("period=year&from=2026-01-01&site=Nord", SummaryAuditorTest.region(0, 0, 0, 11));
        questions.put(
                "period=year&from=2026-01-01&site=Nord&counsellorId=" + samia.id(),
                SummaryAuditorTest.region(0, 0, 0, 11));
        return questions;
    }

    void assertTheAuditorBoundsNothing(Map<String, Set<SummaryAuditorTest.Base>> questions) {
        List<SummaryAuditorTest.Published> published = new ArrayList<>();
        questions.forEach((q, region) -> SummaryAuditorTest.ask(org, supervisor, q, region, published));
        SummaryAuditorTest.Audit audit = SummaryAuditorTest.bound(published);
        assertThat(audit.hidden).isPositive();
        assertThat(audit.narrow).isEmpty();
    }

    static boolean hidden(JsonNode cell) {
        return cell.path("suppressed").asBoolean(false);
    }

    JsonNode summary(String query) {
        Api.Response response = org.api.get("/api/v1/summary?" + query, supervisor.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
