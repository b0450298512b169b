package org.jalons.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Json;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.MutableClock;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A lost phone: who may ask its wipe, what the phone is answered until it confirms, what the device list says, and
 * that every refusal looks like an unknown id.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RemoteWipeTest {

    @Parameter
    Backend backend;

    Org org;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
    }

    @Test
    void aWipedDeviceIsAnsweredWipeRequestedOnEveryRouteUntilItConfirmsThenItsTokenIsDead() {
        Org.Member samia = org.counsellor("Samia CIP");
        UUID person = org.newBeneficiary(samia);

        Api.Response asked = wipe(samia.deviceId(), org.admin);

        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        assertThat(asked.json().get("state").asText()).isEqualTo("WIPE_PENDING");
        assertThat(asked.json().get("wipeRequestedBy").asText())
                .isEqualTo(org.admin.id().toString());
        assertThat(asked.json().get("revokedAt").isNull()).isFalse();
        for (Api.Response answer : List.of(
                org.api.get("/api/v1/sync/pull?cursor=0", samia.token()),
                org.api.get("/api/v1/sync/snapshot?beneficiaryId=" + person, samia.token()),
                org.api.post("/api/v1/sync/push", samia.token(), "{\"protocol\":1,\"changes\":[]}"),
                org.api.get("/api/v1/devices", samia.token()),
                org.api.delete("/api/v1/devices/" + samia.deviceId(), samia.token()),
                org.api.post("/api/v1/pairing-codes", samia.token(), "{\"userId\":\"" + samia.id() + "\"}"),
                org.api.get("/api/v1/me/counsellors", samia.token()),
                org.api.get("/api/v1/summary", samia.token()))) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(410);
            assertThat(answer.json().get("error").asText()).isEqualTo("wipe_requested");
        }

        Api.Response confirmed = org.api.post("/api/v1/devices/me/wiped", samia.token(), "");

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", samia.token()).status())
                .isEqualTo(401);
        assertThat(org.api.post("/api/v1/devices/me/wiped", samia.token(), "").status())
                .as("the token is dead once the wipe is confirmed")
                .isEqualTo(401);
        JsonNode listed = device(org.admin, samia.deviceId());
        assertThat(listed.get("state").asText()).isEqualTo("WIPED");
        assertThat(Instant.parse(listed.get("wipedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(listed.get("wipeRequestedAt").asText()));
        assertThat(auditActions()).containsSubsequence("REQUEST_WIPE", "DEVICE_WIPED");
    }

    @Test
    void aDeviceAskedToWipeThatNeverComesBackStaysListedRevokedAndPending() {
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member karim = org.counsellor("Karim CIP");
        org.api.delete("/api/v1/devices/" + karim.deviceId(), org.admin.token());

        wipe(samia.deviceId(), org.admin);

        JsonNode lost = device(org.admin, samia.deviceId());
        assertThat(lost.get("state").asText()).isEqualTo("WIPE_PENDING");
        assertThat(lost.get("wipedAt").isNull()).isTrue();
        assertThat(lost.get("revokedAt").isNull()).isFalse();
        assertThat(device(org.admin, karim.deviceId()).get("state").asText()).isEqualTo("REVOKED");
        assertThat(device(org.admin, org.admin.deviceId()).get("state").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void theListGivesOwnerRoleModelAndLastContact() {
        Org.Member samia = org.counsellor("Samia CIP");
        JsonNode paired = org.api
                .post(
                        "/api/v1/pair",
                        null,
                        Json.object()
                                .put(
                                        "code",
                                        org.server
                                                .issuePairingCode(samia.user())
                                                .code())
                                .put("deviceName", "Téléphone de Samia")
                                .put("model", "  Pixel 7a  "))
                .json();
        String token = paired.get("token").asText();
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", token).status()).isEqualTo(200);

        JsonNode listed =
                device(org.admin, UUID.fromString(paired.get("deviceId").asText()));

        assertThat(listed.get("ownerName").asText()).isEqualTo("Samia CIP");
        assertThat(listed.get("ownerRole").asText()).isEqualTo("COUNSELLOR");
        assertThat(listed.get("model").asText()).isEqualTo("Pixel 7a");
        assertThat(listed.get("name").asText()).isEqualTo("Téléphone de Samia");
        assertThat(listed.get("lastContactAt").isNull()).isFalse();
        assertThat(listed.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(device(org.admin, samia.deviceId()).get("model").isNull())
                .as("a device that gave no model")
                .isTrue();
    }

    @Test
    void aModelBreakingTheTextRuleOrTooLongIsRefusedAndPairsNothing() {
        Org.Member samia = org.counsellor("Samia CIP");
        for (Object model : List.of("x".repeat(121), "Pixel\n7", "Pixel\u0000", 7)) {
            String code = org.server.issuePairingCode(samia.user()).code();
            JsonNode body = Json.object().put("code", code).put("deviceName", "Téléphone");
            ((com.fasterxml.jackson.databind.node.ObjectNode) body).set("model", Json.MAPPER.valueToTree(model));

            Api.Response refused = org.api.post("/api/v1/pair", null, body);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isIn("invalid_body", "invalid_text");
            assertThat(org.api
                            .post("/api/v1/pair", null, body.toString().replaceAll(",\"model\":[^}]*", ""))
                            .status())
                    .as("the code was not used by the refused pairing")
                    .isEqualTo(200);
        }
    }

    @Test
    void lastContactIsWrittenAtMostOnceAMinute() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
        try (JalonsServer server = TestServers.dedicated(backend, config -> config.withClock(clock))) {
            Org own = Org.create(server);
            Org.Member samia = own.counsellor("Samia CIP");
            own.api.get("/api/v1/sync/pull?cursor=0", samia.token());
            Instant first = Instant.parse(device(own, own.admin, samia.deviceId())
                    .get("lastContactAt")
                    .asText());

            clock.advance(Duration.ofSeconds(50));
            own.api.get("/api/v1/sync/pull?cursor=0", samia.token());
            assertThat(device(own, own.admin, samia.deviceId())
                            .get("lastContactAt")
                            .asText())
                    .isEqualTo(first.toString());

            clock.advance(Duration.ofSeconds(20));
            own.api.get("/api/v1/sync/pull?cursor=0", samia.token());
            assertThat(Instant.parse(device(own, own.admin, samia.deviceId())
                            .get("lastContactAt")
                            .asText()))
                    .isEqualTo(first.plusSeconds(70));
        }
    }

    @Test
    void aCounsellorWipesTheirOwnAndTheirCaseloadPeoplesPhonesOnly() {
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member karim = org.counsellor("Karim CIP");
        Org.Member samiasPerson = org.beneficiaryUser(org.newBeneficiary(samia));
        Org.Member karimsPerson = org.beneficiaryUser(org.newBeneficiary(karim));
        Org.Member supervisor = org.supervisor("Lea Supervision");

        assertThat(ids(org.api.get("/api/v1/devices", samia.token()).json()))
                .containsExactlyInAnyOrder(samia.deviceId(), samiasPerson.deviceId());
        assertThat(wipe(karimsPerson.deviceId(), samia).status()).isEqualTo(404);
        assertThat(wipe(karim.deviceId(), samia).status()).isEqualTo(404);
        assertThat(wipe(org.admin.deviceId(), samia).status()).isEqualTo(404);
        assertThat(wipe(samiasPerson.deviceId(), supervisor).status()).isEqualTo(404);
        assertThat(wipe(supervisor.deviceId(), supervisor).status())
                .as("only an admin or a counsellor asks a wipe")
                .isEqualTo(404);
        assertThat(wipe(samiasPerson.deviceId(), samiasPerson).status()).isEqualTo(404);
        assertThat(org.api
                        .get("/api/v1/sync/pull?cursor=0", karimsPerson.token())
                        .status())
                .as("nothing happened to the phones out of reach")
                .isEqualTo(200);
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", karim.token()).status())
                .isEqualTo(200);

        assertThat(wipe(samiasPerson.deviceId(), samia).status()).isEqualTo(200);
        assertThat(org.api
                        .get("/api/v1/sync/pull?cursor=0", samiasPerson.token())
                        .status())
                .isEqualTo(410);
        assertThat(org.api
                        .delete("/api/v1/devices/" + karimsPerson.deviceId(), samia.token())
                        .status())
                .isEqualTo(404);
        Org.Member samiasPersonAgain = org.member(samiasPerson.user());
        assertThat(org.api
                        .delete("/api/v1/devices/" + samiasPersonAgain.deviceId(), samia.token())
                        .status())
                .as("a counsellor revokes their caseload people's phones too")
                .isEqualTo(204);
        assertThat(wipe(samia.deviceId(), samia).status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationsDeviceAndHostileIdsAreNotFound() {
        Org other = Org.create(TestServers.shared(backend));
        Org.Member elsewhere = other.counsellor("Ailleurs CIP");

        assertThat(wipe(elsewhere.deviceId(), org.admin).status()).isEqualTo(404);
        assertThat(wipe(UUID.randomUUID(), org.admin).status()).isEqualTo(404);
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", elsewhere.token()).status())
                .isEqualTo(200);
        for (String id : List.of("not-a-uuid", "%27%20or%201%3D1", "00000000-0000-0000-0000-00000000000g")) {
            Api.Response refused = org.api.post("/api/v1/devices/" + id + "/wipe", org.admin.token(), "");
            assertThat(refused.status()).as(id).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid_parameter");
        }
        assertThat(org.api
                        .post("/api/v1/devices/" + elsewhere.deviceId() + "/wipe", null, "")
                        .status())
                .isEqualTo(401);
        assertThat(org.api.get("/api/v1/devices", org.admin.token()).json().toString())
                .doesNotContain(elsewhere.deviceId().toString());
    }

    @Test
    void askingTwiceKeepsTheFirstRequestAndLogsItOnce() {
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member karim = org.counsellor("Karim CIP");
        UUID person = org.newBeneficiary(samia);
        Org.Member phone = org.beneficiaryUser(person);
        JsonNode first = wipe(phone.deviceId(), samia).json();

        JsonNode second = wipe(phone.deviceId(), org.admin).json();

        assertThat(second.get("wipeRequestedAt")).isEqualTo(first.get("wipeRequestedAt"));
        assertThat(second.get("wipeRequestedBy").asText()).isEqualTo(samia.id().toString());
        assertThat(auditActions().stream().filter("REQUEST_WIPE"::equals)).hasSize(1);
        assertThat(org.api.post("/api/v1/devices/me/wiped", phone.token(), "").status())
                .isEqualTo(204);
        assertThat(wipe(phone.deviceId(), org.admin).json().get("state").asText())
                .as("a wiped device stays wiped")
                .isEqualTo("WIPED");
        assertThat(org.api.post("/api/v1/devices/me/wiped", karim.token(), "").status())
                .as("a working device was asked nothing")
                .isEqualTo(404);
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", karim.token()).status())
                .isEqualTo(200);
        assertThat(org.api.post("/api/v1/devices/me/wiped", "not-a-token", "").status())
                .isEqualTo(401);
    }

    @Test
    void aRevokedDeviceCanStillBeAskedToWipeAndIsToldSoWhenItComesBack() {
        Org.Member samia = org.counsellor("Samia CIP");
        org.api.delete("/api/v1/devices/" + samia.deviceId(), org.admin.token());
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", samia.token()).status())
                .isEqualTo(401);

        wipe(samia.deviceId(), org.admin);

        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", samia.token()).status())
                .isEqualTo(410);
        assertThat(org.api.post("/api/v1/devices/me/wiped", samia.token(), "").status())
                .isEqualTo(204);
    }

    private Api.Response wipe(UUID deviceId, Org.Member who) {
        return org.api.post("/api/v1/devices/" + deviceId + "/wipe", who.token(), "");
    }

    private JsonNode device(Org.Member viewer, UUID deviceId) {
        return device(org, viewer, deviceId);
    }

    private static JsonNode device(Org in, Org.Member viewer, UUID deviceId) {
        for (JsonNode d : in.api.get("/api/v1/devices", viewer.token()).json().get("devices")) {
            if (d.get("id").asText().equals(deviceId.toString())) {
                return d;
            }
        }
        throw new AssertionError("device " + deviceId + " not listed");
    }

    private static List<UUID> ids(JsonNode list) {
        List<UUID> ids = new ArrayList<>();
        list.get("devices").forEach(d -> ids.add(UUID.fromString(d.get("id").asText())));
        return ids;
    }

    private List<String> auditActions() {
        List<String> actions = new ArrayList<>();
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement s =
                        c.prepareStatement("select action from audit_log where organisation_id = ? order by id")) {
            s.setObject(1, org.id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }
}
