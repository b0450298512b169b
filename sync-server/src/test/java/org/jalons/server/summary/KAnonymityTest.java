package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.summary.SummaryTest.cell;
import static org.jalons.server.summary.SummaryTest.cellText;
import static org.jalons.server.summary.SummaryTest.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    void aSmallCellIsHiddenWithTheNextSmallestSoTheTotalRevealsNeither() {
        people.persons(6, "Nord", "2026-01-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.persons(2, "Nord", "2026-01-05").forEach(p -> people.goal(p, "LOGEMENT", "EN_COURS", "2026-01-10", null));
        people.push();

        JsonNode summary = summary("period=month&from=2026-01-01");

        assertThat(hidden(cell(summary, "goals", "LOGEMENT", "opened"))).isTrue();
        assertThat(hidden(cell(summary, "goals", "MOBILITE", "opened"))).isTrue();
        assertThat(cellText(summary, "goals", "TOTAL", "opened")).isEqualTo(figure(8, 8));
        assertNoTotalRevealsAHiddenCell(summary);
    }

    @Test
    void orgWideMinusVisibleSitesNeverIsolatesASmallSite() {
        people.persons(8, "Nord", "2026-01-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.persons(7, "Sud", "2026-01-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.persons(2, "Est", "2026-01-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.push();
        String q = "period=month&from=2026-01-01";

        JsonNode all = summary(q);
        Map<String, JsonNode> sites = Map.of("Nord", summary(q + "&site=Nord"), "Sud", summary(q + "&site=Sud"),
                "Est", summary(q + "&site=Est"));

        assertThat(sites.get("Est").get("suppressedAsWhole").asBoolean()).isTrue();
        assertThat(cellText(all, "goals", "MOBILITE", "opened")).isEqualTo(figure(17, 17));
        assertThat(cellText(sites.get("Nord"), "goals", "MOBILITE", "opened")).isEqualTo(figure(8, 8));
        assertThat(hidden(cell(sites.get("Sud"), "goals", "MOBILITE", "opened"))).isTrue();
        assertSiblingsNeverRevealOne(all, List.copyOf(sites.values()));
    }

    @Test
    void aSmallCaseloadCannotBeWorkedOutFromTheOrganisationMinusTheOthers() {
        Org.Member karim = org.counsellor("Karim CIP");
        People karims = new People(org, karim);
        people.persons(10, "Nord", "2026-01-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        karims.persons(2, "Nord", "2026-01-05").forEach(p -> karims.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.push();
        karims.push();
        String q = "period=month&from=2026-01-01";

        JsonNode all = summary(q);
        JsonNode ofSamia = summary(q + "&counsellorId=" + samia.id());
        JsonNode ofKarim = summary(q + "&counsellorId=" + karim.id());

        assertThat(ofKarim.get("suppressedAsWhole").asBoolean()).isTrue();
        assertThat(cellText(all, "goals", "MOBILITE", "opened")).isEqualTo(figure(12, 12));
        assertThat(hidden(cell(ofSamia, "goals", "MOBILITE", "opened"))).isTrue();
        assertThat(hidden(cell(ofSamia, "population", "ACTIVE", "active"))).isTrue();
        assertSiblingsNeverRevealOne(all, List.of(ofSamia, ofKarim));
    }

    @Test
    void twoOverlappingPeriodsCannotIsolateTheMonthBetweenThem() {
        people.persons(6, "Nord", "2026-01-05").forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        UUID late = people.person("Nord", "2026-01-05");
        people.goal(late, "MOBILITE", "EN_COURS", "2026-03-10", null);
        people.push();

        JsonNode janFeb = summary("period=custom&from=2026-01-01&to=2026-02-28");
        JsonNode quarter = summary("period=quarter&from=2026-01-01");
        JsonNode febMar = summary("period=custom&from=2026-02-01&to=2026-03-31");

        assertThat(cellText(janFeb, "goals", "MOBILITE", "opened")).isEqualTo(figure(6, 6));
        assertThat(hidden(cell(quarter, "goals", "MOBILITE", "opened"))).isTrue();
        assertThat(hidden(cell(quarter, "goals", "TOTAL", "opened"))).isTrue();
        assertThat(hidden(cell(febMar, "goals", "MOBILITE", "opened"))).isTrue();
        assertNoTotalRevealsAHiddenCell(quarter);
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

        assertThat(hidden(cell(summary(q), "barriers", "SANTE", "movedToSupport"))).isTrue();

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
                    if (hidden(shown) || "rate".equals(column) || shown.path("value").asDouble() == 0) {
                        return; // nothing to work out from a hidden or zero total
                    }
                    long hiddenSiblings = siblings.stream()
                            .filter(s -> hidden(cell(s, name, key, column))).count();
                    assertThat(hiddenSiblings).as(name + "/" + key + "/" + column).isNotEqualTo(1);
                });
            }
        }
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
