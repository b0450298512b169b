package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.JalonsServer;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.MutableClock;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Each organisation keeps its deletion markers as long as its admin set; the server's default for the others. */
@ParameterizedClass
@EnumSource(Backend.class)
class TombstoneWindowPerOrganisationTest {

    static final int SERVER_DAYS = 90;

    @Parameter
    Backend backend;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));
    String url;
    JalonsServer server;

    @BeforeEach
    void setUp() {
        url = TestServers.newDatabase(backend);
        server = JalonsServer.start(
                TestServers.config(backend, url).withClock(clock).withTombstoneDays(SERVER_DAYS));
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    /** One organisation with a counsellor whose goal was deleted: the cursor from before the delete. */
    record Deleted(Org org, Org.Member counsellor, long cursorBefore) {}

    Deleted organisationWithADeletedGoal() {
        Org org = Org.create(server);
        Org.Member counsellor = org.counsellor("Samia CIP");
        UUID person = org.newBeneficiary(counsellor);
        UUID goal = UUID.randomUUID();
        org.push(counsellor, Changes.batch(Changes.newGoal(goal, person)));
        long before = org.pull(counsellor, 0).get("cursor").asLong();
        org.push(counsellor, Changes.batch(Changes.delete("goal", goal, person, 1)));
        return new Deleted(org, counsellor, before);
    }

    @Test
    void eachOrganisationPurgesAndRefusesOldCursorsByItsOwnWindow() throws SQLException {
        Deleted shortWindow = organisationWithADeletedGoal();
        Deleted serverDefault = organisationWithADeletedGoal();
        assertThat(settings(shortWindow.org()).get("tombstoneDays").asInt()).isEqualTo(SERVER_DAYS);

        Api.Response set = put(shortWindow.org(), "{\"tombstoneDays\":30}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("tombstoneDays").asInt()).isEqualTo(30);
        assertThat(set.json().get("k").asInt()).isEqualTo(5);
        assertThat(settings(shortWindow.org()).get("tombstoneDays").asInt()).isEqualTo(30);
        assertThat(settings(serverDefault.org()).get("tombstoneDays").asInt()).isEqualTo(SERVER_DAYS);

        clock.advance(Duration.ofDays(31));
        assertThat(server.purgeTombstones()).isEqualTo(1); // the short window's marker only
        assertThat(pullStatus(shortWindow)).isEqualTo(412);
        assertThat(pullStatus(serverDefault)).isEqualTo(200);

        clock.advance(Duration.ofDays(SERVER_DAYS - 30));
        assertThat(server.purgeTombstones()).isEqualTo(1); // the other's, at the server's default
        assertThat(pullStatus(serverDefault)).isEqualTo(412);

        assertThat(changes(shortWindow.org()))
                .containsExactly(shortWindow.org().admin.id() + " TOMBSTONE_DAYS " + SERVER_DAYS + " -> 30");
        JsonNode audit = shortWindow
                .org()
                .api
                .get(
                        "/api/v1/admin/audit?action=SET_TOMBSTONE_DAYS",
                        shortWindow.org().admin.token())
                .json();
        assertThat(audit.get("lines").size()).isEqualTo(1);
        assertThat(audit.get("lines").get(0).get("userId").asText())
                .isEqualTo(shortWindow.org().admin.id().toString());
    }

    @Test
    void aLongerWindowKeepsMarkersPastTheServerDefault() {
        Deleted longWindow = organisationWithADeletedGoal();
        assertThat(put(longWindow.org(), "{\"tombstoneDays\":400}").status()).isEqualTo(200);

        clock.advance(Duration.ofDays(SERVER_DAYS + 10));
        assertThat(server.purgeTombstones()).isZero();
        assertThat(pullStatus(longWindow)).isEqualTo(200);

        clock.advance(Duration.ofDays(400 - SERVER_DAYS));
        assertThat(server.purgeTombstones()).isEqualTo(1);
        assertThat(pullStatus(longWindow)).isEqualTo(412);
    }

    @Test
    void outOfBoundsValuesAndOtherRolesAreRefusedAndNothingIsSaved() throws SQLException {
        Deleted deleted = organisationWithADeletedGoal();
        Org org = deleted.org();
        for (String refused : List.of(
                "{\"tombstoneDays\":29}",
                "{\"tombstoneDays\":3651}",
                "{\"tombstoneDays\":\"60\"}",
                "{\"tombstoneDays\":60.5}",
                "{}",
                "{\"k\":7,\"tombstoneDays\":10}",
                "{\"k\":4,\"tombstoneDays\":60}")) {
            Api.Response response = put(org, refused);
            assertThat(response.status()).as(refused).isEqualTo(400);
            assertThat(response.json().get("error").asText()).isEqualTo("invalid_body");
        }
        Api.Response counsellor = org.api.send(org.api
                .request("/api/v1/admin/settings", deleted.counsellor().token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"tombstoneDays\":60}")));
        assertThat(counsellor.status()).isEqualTo(403);
        assertThat(org.api
                        .get("/api/v1/admin/settings", deleted.counsellor().token())
                        .status())
                .isEqualTo(403);

        JsonNode settings = settings(org);
        assertThat(settings.get("k").asInt()).isEqualTo(5);
        assertThat(settings.get("tombstoneDays").asInt()).isEqualTo(SERVER_DAYS);
        assertThat(changes(org)).isEmpty();

        assertThat(put(org, "{\"k\":6,\"tombstoneDays\":60}")
                        .json()
                        .get("tombstoneDays")
                        .asInt())
                .isEqualTo(60);
        assertThat(settings(org).get("k").asInt()).isEqualTo(6);
        assertThat(put(org, "{\"tombstoneDays\":60}").status()).isEqualTo(200); // unchanged: nothing to log
        assertThat(changes(org)).containsExactly(org.admin.id() + " TOMBSTONE_DAYS " + SERVER_DAYS + " -> 60");
    }

    @Test
    void aChangeOfTheFilesRetentionIsKeptWithItsValueBeforeAndAfter() throws SQLException {
        Org org = Org.create(server);
        int before = org.api
                .get("/api/v1/admin/retention", org.admin.token())
                .json()
                .get("retentionMonths")
                .asInt();
        Api.Response set = org.api.send(org.api
                .request("/api/v1/admin/retention", org.admin.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"retentionMonths\":" + (before + 12) + "}")));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(changes(org))
                .containsExactly(org.admin.id() + " RETENTION_MONTHS " + before + " -> " + (before + 12));
    }

    private int pullStatus(Deleted deleted) {
        return deleted.org()
                .api
                .get(
                        "/api/v1/sync/pull?cursor=" + deleted.cursorBefore(),
                        deleted.counsellor().token())
                .status();
    }

    private static JsonNode settings(Org org) {
        return org.api.get("/api/v1/admin/settings", org.admin.token()).json();
    }

    private static Api.Response put(Org org, String body) {
        return org.api.send(org.api
                .request("/api/v1/admin/settings", org.admin.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private List<String> changes(Org org) throws SQLException {
        List<String> changes = new ArrayList<>();
        try (Connection c = TestServers.connect(backend, url);
                PreparedStatement query = c.prepareStatement("""
                        select user_id, setting, value_before, value_after from setting_change
                        where organisation_id = ? order by id""")) {
            query.setObject(1, org.id);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    changes.add(r.getObject("user_id") + " " + r.getString("setting") + " " + r.getInt("value_before")
                            + " -> " + r.getInt("value_after"));
                }
            }
        }
        return changes;
    }
}
