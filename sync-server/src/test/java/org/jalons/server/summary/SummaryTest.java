package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Json;
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

/** Supervisor summaries over real HTTP: the figures, the people behind them, and who may ask. */
@ParameterizedClass
@EnumSource(Backend.class)
class SummaryTest {

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
    void supervisorSeesEachFigureWithThePeopleItStandsOn() {
        List<UUID> six = people.persons(6, "Nord", "2026-01-05");
        for (int i = 0; i < six.size(); i++) {
            UUID person = six.get(i);
            people.consent(person, "NOTES_SHARED_SUPERVISOR", true, "2026-01-05T10:00:00Z");
            UUID goal = people.goal(person, "MOBILITE", "ATTEINT", "2026-01-10", "2026-02-20");
            people.checkIn(person, goal, "BENEFICIARY", 2 + i % 2, "2026-01-11T10:00:00Z", null);
            people.checkIn(person, goal, "BENEFICIARY", 7, "2026-02-11T10:00:00Z", i < 3 ? "Plus confiante" : null);
            people.checkIn(person, goal, "COUNSELLOR", 5, "2026-02-12T10:00:00Z", null);
            people.interview(person, "2026-01-20");
            people.interview(person, "2026-02-20");
            people.training(person, "RNCP", 3, "CERTIFIEE", "2026-01-15", "2026-02-25", 100, 90);
        }
        people.push();

        JsonNode summary = summary(supervisor, "period=quarter&from=2026-01-01");

        assertThat(summary.get("suppressedAsWhole").asBoolean()).isFalse();
        assertThat(cellText(summary, "population", "ACTIVE", "active")).isEqualTo(figure(6, 6));
        assertThat(cellText(summary, "goals", "MOBILITE", "opened")).isEqualTo(figure(6, 6));
        assertThat(cellText(summary, "goals", "MOBILITE", "achieved")).isEqualTo(figure(6, 6));
        assertThat(cellText(summary, "goals", "TOTAL", "opened")).isEqualTo(figure(6, 6));
        assertThat(cellText(summary, "goals", "LOGEMENT", "opened")).isEqualTo(figure(0, 0));
        assertThat(cell(summary, "confidence", "MOBILITE", "selfFirst")
                        .get("value")
                        .asDouble())
                .isEqualTo(2.5);
        assertThat(cell(summary, "confidence", "MOBILITE", "selfLatest")
                        .get("value")
                        .asDouble())
                .isEqualTo(7.0);
        assertThat(cell(summary, "confidence", "MOBILITE", "counsellorLatest")
                        .get("value")
                        .asDouble())
                .isEqualTo(5.0);
        assertThat(cell(summary, "confidence", "MOBILITE", "gap").get("value").asDouble())
                .isEqualTo(2.0);
        assertThat(cell(summary, "confidence", "MOBILITE", "commentShare")
                        .get("value")
                        .asDouble())
                .isEqualTo(0.5);
        assertThat(cellText(summary, "qualitative", "INTERVIEWS", "interviews")).isEqualTo(figure(12, 6));
        assertThat(cellText(summary, "trainingsByRncpLevel", "3", "certified")).isEqualTo(figure(6, 6));
        assertThat(cellText(summary, "trainingsByCertification", "RNCP", "plannedHours"))
                .isEqualTo(figure(600, 6));
        assertThat(summary.toString())
                .doesNotContain("Notes that supervisors never see")
                .doesNotContain("Plus confiante");
    }

    @Test
    void exitRatesLeaveRetraitsOut() {
        List<UUID> ten = people.persons(10, "Nord", "2025-09-01");
        for (int i = 0; i < 10; i++) {
            people.exit(ten.get(i), "2026-03-10", i < 5 ? "EMPLOI_DURABLE" : "RETRAIT");
        }
        List<UUID> more = people.persons(5, "Nord", "2025-09-01");
        more.forEach(p -> people.exit(p, "2026-03-12", "AUTRE_SORTIE"));
        people.push();

        JsonNode summary = summary(supervisor, "period=month&from=2026-03-01");

        assertThat(cellText(summary, "exits", "EMPLOI_DURABLE", "exits")).isEqualTo(figure(5, 5));
        assertThat(cellText(summary, "exits", "RETRAIT", "exits")).isEqualTo(figure(5, 5));
        assertThat(cellText(summary, "exits", "TOTAL", "exits")).isEqualTo(figure(10, 10));
        assertThat(cell(summary, "exits", "EMPLOI_DURABLE", "rate").get("value").asDouble())
                .isEqualTo(0.5);
    }

    @Test
    void barrierMovesAreRecordedFromTheStatusHistory() {
        List<UUID> six = people.persons(6, "Nord", "2026-01-05");
        List<UUID> barriers =
                six.stream().map(p -> people.barrier(p, "MOBILITE", "BESOIN")).toList();
        people.push();
        for (int i = 0; i < 6; i++) {
            people.barrierStatus(six.get(i), barriers.get(i), 1, "POINT_APPUI");
        }
        people.push();

        JsonNode summary = summary(supervisor, "period=month&from=" + thisMonth());

        assertThat(cellText(summary, "barriers", "MOBILITE", "movedToSupport")).isEqualTo(figure(6, 6));
    }

    @Test
    void aThemeFilterKeepsThatThemesGoalsAndLeavesThePeopleFiguresAsTheyAre() {
        // entered in 2026: six entries in the year, so the people followed in 2026 are shown
        List<UUID> six = people.persons(6, "Nord", "2026-01-02");
        for (UUID person : six) {
            people.goal(person, "FRANCAIS", "ATTEINT", "2026-01-10", "2026-01-20");
            people.goal(person, "MOBILITE", "EN_COURS", "2026-01-10", null);
            people.exit(person, "2026-01-25", "EMPLOI_DURABLE");
        }
        people.push();

        JsonNode all = summary(supervisor, "period=month&from=2026-01-01");
        JsonNode french = summary(supervisor, "period=month&from=2026-01-01&theme=FRANCAIS");

        assertThat(cellText(french, "goals", "FRANCAIS", "opened")).isEqualTo(figure(6, 6));
        assertThat(cellText(french, "goals", "FRANCAIS", "achieved")).isEqualTo(figure(6, 6));
        assertThat(cellText(french, "goals", "FRANCAIS", "opened"))
                .isEqualTo(cellText(all, "goals", "FRANCAIS", "opened"));
        // Figures about people, not goals, have no theme: the filter leaves them as they are.
        assertThat(cellText(french, "population", "ACTIVE", "active"))
                .isEqualTo(figure(6, 6))
                .isEqualTo(cellText(all, "population", "ACTIVE", "active"));
        assertThat(cellText(french, "exits", "EMPLOI_DURABLE", "exits")).isEqualTo(figure(6, 6));
    }

    @Test
    void onlySupervisorsAndAdminsOfTheOrganisationGetSummaries() {
        people.persons(6, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.push();
        UUID person = people.person("Nord", "2026-01-05");
        people.push();
        Org.Member beneficiary = org.beneficiaryUser(person);
        Org foreign = Org.create(org.server);
        Org.Member foreignSupervisor = foreign.supervisor("Autre direction");

        assertThat(get(samia, "period=year&from=2026-01-01").status()).isEqualTo(403);
        assertThat(get(beneficiary, "period=year&from=2026-01-01").status()).isEqualTo(403);
        assertThat(get(org.admin, "period=year&from=2026-01-01").status()).isEqualTo(200);
        JsonNode foreignView = summary(foreignSupervisor, "period=year&from=2026-01-01");
        assertThat(cellText(foreignView, "goals", "MOBILITE", "opened")).isEqualTo(figure(0, 0));
        assertThat(org.api
                        .get("/api/v1/summary?period=year&from=2026-01-01", null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theAdminSetsKAboveItsFloorAndEachChangeIsAudited() throws Exception {
        people.persons(6, "Nord", "2026-01-05")
                .forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null));
        people.push();
        assertThat(cellText(summary(supervisor, "period=month&from=2026-01-01"), "goals", "MOBILITE", "opened"))
                .isEqualTo(figure(6, 6));

        assertThat(org.api
                        .send(org.api
                                .request("/api/v1/admin/settings", samia.token())
                                .header("Content-Type", "application/json")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"k\":7}")))
                        .status())
                .isEqualTo(403);
        for (String refused : List.of("{\"k\":1}", "{\"k\":2}", "{\"k\":4}", "{\"k\":\"7\"}", "{\"k\":51}")) {
            Api.Response response = putK(refused);
            assertThat(response.status()).as(refused).isEqualTo(400);
            assertThat(response.json().get("error").asText()).isEqualTo("invalid_body");
        }
        assertThat(org.api
                        .get("/api/v1/admin/settings", org.admin.token())
                        .json()
                        .get("k")
                        .asInt())
                .isEqualTo(5);
        assertThat(putK("{\"k\":7}").json().get("k").asInt()).isEqualTo(7);
        assertThat(org.api
                        .get("/api/v1/admin/settings", org.admin.token())
                        .json()
                        .get("k")
                        .asInt())
                .isEqualTo(7);

        JsonNode summary = summary(supervisor, "period=month&from=2026-01-01");
        assertThat(summary.get("k").asInt()).isEqualTo(7);
        assertThat(cell(summary, "goals", "MOBILITE", "opened").toString())
                .isEqualTo("{\"suppressed\":true,\"reason\":\"SMALL\"}");

        List<String> logged = new ArrayList<>();
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement audit = c.prepareStatement("""
                     select user_id, action, kind, record_id from audit_log
                     where organisation_id = ? and action = 'SET_K_THRESHOLD' order by id""");
                PreparedStatement changes = c.prepareStatement("""
                     select user_id, k_before, k_after from k_threshold_change where organisation_id = ? order by id""")) {
            audit.setObject(1, org.id);
            try (ResultSet r = audit.executeQuery()) {
                while (r.next()) {
                    logged.add(r.getObject("user_id") + " " + r.getString("action") + " " + r.getString("kind") + " "
                            + r.getObject("record_id"));
                }
            }
            changes.setObject(1, org.id);
            try (ResultSet r = changes.executeQuery()) {
                while (r.next()) {
                    logged.add(r.getObject("user_id") + " " + r.getInt("k_before") + " -> " + r.getInt("k_after"));
                }
            }
        }
        assertThat(logged)
                .containsExactly(
                        org.admin.id() + " SET_K_THRESHOLD organisation " + org.id, org.admin.id() + " 5 -> 7");
    }

    private Api.Response putK(String body) {
        return org.api.send(org.api
                .request("/api/v1/admin/settings", org.admin.token())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    static String thisMonth() {
        return LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString();
    }

    Api.Response get(Org.Member member, String query) {
        return org.api.get("/api/v1/summary?" + query, member.token());
    }

    JsonNode summary(Org.Member member, String query) {
        Api.Response response = get(member, query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static String figure(long value, long people) {
        return Json.object().put("value", value).put("people", people).toString();
    }

    static String cellText(JsonNode summary, String table, String row, String column) {
        return cell(summary, table, row, column).toString();
    }

    static JsonNode cell(JsonNode summary, String table, String row, String column) {
        for (JsonNode t : summary.get("tables")) {
            if (t.get("name").asText().equals(table)) {
                if ("TOTAL".equals(row)) {
                    return t.get("total").get("cells").get(column);
                }
                for (JsonNode r : t.get("rows")) {
                    if (r.get("key").asText().equals(row)) {
                        return r.get("cells").get(column);
                    }
                }
            }
        }
        throw new AssertionError("No cell " + table + "/" + row + "/" + column + " in " + summary);
    }
}
