package org.jalons.server.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Json;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.MutableClock;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * People whose support ended longer ago than the organisation's retention are erased automatically, and only after
 * the admin has seen them in the retention report for the whole notice period. Changing the retention is audited.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RetentionTest {

    @Parameter
    Backend backend;

    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    JalonsServer server;
    Org org;
    Org.Member counsellor;
    People people;

    @BeforeEach
    void setUp() {
        server = TestServers.dedicated(backend, c -> c.withClock(clock));
        org = Org.create(server);
        counsellor = org.counsellor("Samia CIP");
        people = new People(org, counsellor);
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void aFileIsErasedOnlyAfterItsRetentionAndAfterTheAdminWasToldForThirtyDays() {
        UUID left = people.person("Nord", "2025-01-06");
        people.exit(left, "2026-03-01", "EMPLOI_DURABLE");
        UUID followedUp = people.person("Nord", "2025-01-06");
        UUID exit = people.exit(followedUp, "2026-03-01", "EMPLOI_DURABLE");
        people.add(
                Changes.upsert("followUp", UUID.randomUUID(), followedUp, 0, "exitId", exit, "dueDate", "2026-09-01"));
        UUID stillIn = people.person("Nord", "2025-01-06");
        people.push();
        UUID cameBack = people.person("Nord", "2024-01-08");
        people.exit(cameBack, "2026-02-01", "AUTRE_SORTIE");
        people.push();
        people.add(Changes.upsert("beneficiary", cameBack, cameBack, 1, "entryDate", "2026-03-02"));
        people.push();

        // 24 months (the default) after the exit, less the 30 days' notice: nobody is due yet
        clock.advance(Duration.ofDays(365 * 2 - 40));
        assertThat(server.sweepRetention()).isZero();
        assertThat(due()).isEmpty();

        clock.advance(Duration.ofDays(15)); // within the notice period: listed, not erased
        assertThat(server.sweepRetention()).isZero();
        JsonNode report = report();
        assertThat(report.get("retentionMonths").asInt()).isEqualTo(24);
        assertThat(report.get("noticeDays").asInt()).isEqualTo(30);
        assertThat(due()).containsExactly(left.toString());
        assertThat(report.at("/due/0/supportEndedOn").asText()).isEqualTo("2026-03-02"); // the day it last changed
        assertThat(report.at("/due/0/eraseOn").asText()).isEqualTo("2028-03-06"); // 30 days after the notice
        assertThat(report.at("/due/0/counsellors/0").asText()).isEqualTo("Samia CIP");
        assertThat(report.at("/due/0/displayName").asText())
                .as("whom the line is about, in the admin's words")
                .isEqualTo("P " + left.toString().substring(0, 4));

        clock.advance(Duration.ofDays(40)); // the date has come and the notice was long enough
        assertThat(server.sweepRetention()).isEqualTo(1);
        assertThat(pulledScope()).doesNotContain(left.toString()).contains(stillIn.toString(), cameBack.toString());
        assertThat(due()).isEmpty(); // the follow-up, due six months after the exit, keeps the other file longer
        assertThat(pulledScope()).contains(followedUp.toString());
        assertThat(org.api
                        .get("/api/v1/admin/audit?action=ERASE_PERSON_RETENTION", org.admin.token())
                        .json()
                        .at("/lines/0/personId")
                        .asText())
                .isEqualTo(left.toString());
        assertThat(org.api
                        .get("/api/v1/admin/audit?action=RETENTION_NOTICE", org.admin.token())
                        .json()
                        .get("lines"))
                .hasSize(1);
    }

    @Test
    void somethingRecordedAfterTheNoticePushesTheErasureBack() {
        UUID person = people.person("Nord", "2025-01-06");
        people.exit(person, "2026-03-01", "EMPLOI_DURABLE");
        people.push();
        clock.advance(Duration.ofDays(365 * 2 - 10));
        server.sweepRetention();
        assertThat(due()).containsExactly(person.toString());

        people.interview(person, "2028-02-20"); // the person came back to see their counsellor
        people.push();
        clock.advance(Duration.ofDays(40));
        assertThat(server.sweepRetention()).isZero();
        assertThat(due()).isEmpty();
        assertThat(pulledScope()).contains(person.toString());
    }

    @Test
    void onlyAnAdminSetsTheRetentionWithinItsBoundsAndEachChangeIsAudited() {
        assertThat(put(org.admin, Map.of("retentionMonths", 36))
                        .json()
                        .get("retentionMonths")
                        .asInt())
                .isEqualTo(36);
        assertThat(report().get("retentionMonths").asInt()).isEqualTo(36);
        for (Object wrong : List.of(11, 121, -1, "24", 24.5)) {
            Api.Response refused = put(org.admin, Map.of("retentionMonths", wrong));
            assertThat(refused.status()).as(String.valueOf(wrong)).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid_body");
        }
        assertThat(put(org.admin, Map.of("retentionMonths", 24, "k", 5)).status())
                .isEqualTo(400);
        assertThat(put(counsellor, Map.of("retentionMonths", 12)).status()).isEqualTo(403);
        assertThat(org.api.get("/api/v1/admin/retention", counsellor.token()).status())
                .isEqualTo(403);
        assertThat(report().get("retentionMonths").asInt()).isEqualTo(36);
        JsonNode audit = org.api
                .get("/api/v1/admin/audit?action=SET_RETENTION_MONTHS", org.admin.token())
                .json();
        assertThat(audit.get("lines")).hasSize(1);
        assertThat(audit.at("/lines/0/userName").asText()).isEqualTo("Nadia Admin");
    }

    private Api.Response put(Org.Member who, Map<String, ?> body) {
        return org.api.send(org.api
                .request("/api/v1/admin/retention", who.token())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        Json.MAPPER.valueToTree(body).toString())));
    }

    private JsonNode report() {
        Api.Response response = org.api.get("/api/v1/admin/retention", org.admin.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private List<String> due() {
        List<String> ids = new ArrayList<>();
        report().get("due").forEach(d -> ids.add(d.get("personId").asText()));
        return ids;
    }

    private List<String> pulledScope() {
        List<String> ids = new ArrayList<>();
        org.pull(counsellor, 0)
                .get("scope")
                .forEach(e -> ids.add(e.get("beneficiaryId").asText()));
        return ids;
    }
}
