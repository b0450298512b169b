package org.jalons.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * PUT /api/v1/me/profile and GET /api/v1/me/counsellors: a counsellor chooses how the people they support see them;
 * a person's phone reads the profiles of their own counsellors only, never another caseload's or organisation's.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CounsellorProfileTest {

    private static final String CAMILLE =
            "{\"displayName\":\"Camille\",\"addressForm\":\"feminine\",\"workPhone\":\"06 12 34 56 78\"}";

    @Parameter
    Backend backend;

    Org org;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
    }

    @Test
    void thePersonsPhoneReadsTheProfileTheirCounsellorSet() {
        Org.Member camille = org.counsellor("Camille Martin");
        UUID person = org.newBeneficiary(camille);
        Org.Member phone = org.beneficiaryUser(person);

        Api.Response set = put(camille, CAMILLE);
        JsonNode read = org.api.get("/api/v1/me/counsellors", phone.token()).json();

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("displayName").asText()).isEqualTo("Camille");
        assertThat(read.get("counsellors")).hasSize(1);
        JsonNode mine = read.get("counsellors").get(0);
        assertThat(mine.get("id").asText()).isEqualTo(camille.id().toString());
        assertThat(mine.get("displayName").asText()).isEqualTo("Camille");
        assertThat(mine.get("addressForm").asText()).isEqualTo("feminine");
        assertThat(mine.get("workPhone").asText()).isEqualTo("06 12 34 56 78");
    }

    @Test
    void aNewProfileReplacesTheOldOneAndABlankPhoneClearsIt() {
        Org.Member camille = org.counsellor("Camille Martin");
        UUID person = org.newBeneficiary(camille);
        Org.Member phone = org.beneficiaryUser(person);
        put(camille, CAMILLE);

        Api.Response again =
                put(camille, "{\"displayName\":\"Camille M.\",\"addressForm\":\"neutral\",\"workPhone\":\" \"}");
        JsonNode mine =
                org.api.get("/api/v1/me/counsellors", phone.token()).json().at("/counsellors/0");

        assertThat(again.status()).isEqualTo(200);
        assertThat(mine.get("displayName").asText()).isEqualTo("Camille M.");
        assertThat(mine.get("addressForm").asText()).isEqualTo("neutral");
        assertThat(mine.get("workPhone").isNull()).isTrue();
    }

    @Test
    void aPersonSeesOnlyTheCounsellorsWhoseCaseloadHoldsThem() {
        Org.Member camille = org.counsellor("Camille Martin");
        Org.Member karim = org.counsellor("Karim CIP");
        UUID person = org.newBeneficiary(camille);
        UUID otherPerson = org.newBeneficiary(karim);
        put(camille, CAMILLE);
        put(karim, "{\"displayName\":\"Karim\",\"addressForm\":\"masculine\"}");
        Org other = Org.create(TestServers.shared(backend));
        Org.Member stranger = other.counsellor("Ailleurs");
        put(stranger, "{\"displayName\":\"Ailleurs\",\"addressForm\":\"masculine\"}");
        // a counsellor of another organisation naming this person in their caseload still is not theirs
        other.server.addToCaseload(other.id, stranger.id(), person);

        JsonNode mine = org.api
                .get("/api/v1/me/counsellors", org.beneficiaryUser(person).token())
                .json();
        JsonNode theirs = org.api
                .get("/api/v1/me/counsellors", org.beneficiaryUser(otherPerson).token())
                .json();

        assertThat(mine.get("counsellors")).hasSize(1);
        assertThat(mine.at("/counsellors/0/displayName").asText()).isEqualTo("Camille");
        assertThat(theirs.get("counsellors")).hasSize(1);
        assertThat(theirs.at("/counsellors/0/displayName").asText()).isEqualTo("Karim");
    }

    @Test
    void aCounsellorWithoutProfileIsNotListed() {
        Org.Member karim = org.counsellor("Karim CIP");
        UUID person = org.newBeneficiary(karim);

        JsonNode mine = org.api
                .get("/api/v1/me/counsellors", org.beneficiaryUser(person).token())
                .json();

        assertThat(mine.get("counsellors")).isEmpty();
    }

    @Test
    void onlyACounsellorSetsAProfileAndOnlyAPersonListsTheirCounsellors() {
        Org.Member camille = org.counsellor("Camille Martin");
        Org.Member phone = org.beneficiaryUser(org.newBeneficiary(camille));

        assertThat(put(phone, CAMILLE).status()).isEqualTo(403);
        assertThat(put(org.admin, CAMILLE).status()).isEqualTo(403);
        assertThat(put(org.supervisor("Sup"), CAMILLE).json().get("error").asText())
                .isEqualTo("forbidden");
        assertThat(org.api.get("/api/v1/me/counsellors", camille.token()).status())
                .isEqualTo(403);
        // an admin's device lists the team (TeamCounsellorsTest): names of accounts, never a profile
        assertThat(org.api
                        .get("/api/v1/me/counsellors", org.admin.token())
                        .json()
                        .at("/counsellors/0/addressForm")
                        .isMissingNode())
                .isTrue();
        assertThat(org.api.get("/api/v1/me/counsellors", null).status()).isEqualTo(401);
        assertThat(put(null, CAMILLE).status()).isEqualTo(401);
    }

    @Test
    void aRevokedDeviceIsRefused() {
        Org.Member camille = org.counsellor("Camille Martin");
        Org.Member phone = org.beneficiaryUser(org.newBeneficiary(camille));
        put(camille, CAMILLE);
        org.api.delete("/api/v1/devices/" + phone.deviceId(), phone.token());
        org.api.delete("/api/v1/devices/" + camille.deviceId(), camille.token());

        Api.Response read = org.api.get("/api/v1/me/counsellors", phone.token());
        Api.Response write = put(camille, CAMILLE);

        assertThat(read.status()).isEqualTo(401);
        assertThat(read.json().get("error").asText()).isEqualTo("unauthorized");
        assertThat(write.status()).isEqualTo(401);
    }

    @Test
    void badBodiesAreRefusedWithAStableCodeAndChangeNothing() {
        Org.Member camille = org.counsellor("Camille Martin");
        Org.Member phone = org.beneficiaryUser(org.newBeneficiary(camille));
        put(camille, CAMILLE);
        String tooLongName = "C".repeat(61);
        String tooLongPhone = "0".repeat(41);

        assertRefused(put(camille, ""), "invalid_json");
        assertRefused(put(camille, "{"), "invalid_json");
        assertRefused(put(camille, "[]"), "invalid_body");
        assertRefused(put(camille, "{\"addressForm\":\"feminine\"}"), "invalid_body");
        assertRefused(put(camille, "{\"displayName\":\" \",\"addressForm\":\"feminine\"}"), "invalid_body");
        assertRefused(
                put(camille, "{\"displayName\":\"" + tooLongName + "\",\"addressForm\":\"feminine\"}"), "invalid_body");
        assertRefused(put(camille, "{\"displayName\":\"Camille\"}"), "invalid_body");
        assertRefused(put(camille, "{\"displayName\":\"Camille\",\"addressForm\":\"FEMININE\"}"), "invalid_body");
        assertRefused(put(camille, "{\"displayName\":\"Camille\",\"addressForm\":\"other\"}"), "invalid_body");
        assertRefused(put(camille, "{\"displayName\":7,\"addressForm\":\"feminine\"}"), "invalid_body");
        assertRefused(
                put(camille, "{\"displayName\":\"Camille\",\"addressForm\":\"feminine\",\"role\":\"ADMIN\"}"),
                "invalid_body");
        assertRefused(
                put(
                        camille,
                        "{\"displayName\":\"Camille\",\"addressForm\":\"feminine\",\"workPhone\":\"" + tooLongPhone
                                + "\"}"),
                "invalid_body");
        assertRefused(put(camille, "{\"displayName\":\"Cam\\nille\",\"addressForm\":\"feminine\"}"), "invalid_text");
        assertRefused(put(camille, "{\"displayName\":\"Cam\\u0000\",\"addressForm\":\"feminine\"}"), "invalid_text");
        assertRefused(put(camille, "{\"displayName\":\"\\ud800\",\"addressForm\":\"feminine\"}"), "invalid_text");
        assertRefused(
                put(camille, "{\"displayName\":\"Camille\",\"addressForm\":\"feminine\",\"workPhone\":\"06\\t12\"}"),
                "invalid_text");

        JsonNode kept =
                org.api.get("/api/v1/me/counsellors", phone.token()).json().at("/counsellors/0");
        assertThat(kept.get("displayName").asText()).isEqualTo("Camille");
        assertThat(kept.get("workPhone").asText()).isEqualTo("06 12 34 56 78");
    }

    @Test
    void aNameIsStoredNormalisedAndTheWriteIsAudited() throws Exception {
        Org.Member camille = org.counsellor("Camille Martin");
        Org.Member phone = org.beneficiaryUser(org.newBeneficiary(camille));

        put(camille, "{\"displayName\":\"  Ame\\u0301lie \",\"addressForm\":\"feminine\"}");

        assertThat(org.api
                        .get("/api/v1/me/counsellors", phone.token())
                        .json()
                        .at("/counsellors/0/displayName")
                        .asText())
                .isEqualTo("Amélie");
        List<String> logged = new ArrayList<>();
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement audit = c.prepareStatement("""
                     select user_id, device_id, kind, record_id from audit_log
                     where organisation_id = ? and action = 'SET_PROFILE' order by id""")) {
            audit.setObject(1, org.id);
            try (ResultSet r = audit.executeQuery()) {
                while (r.next()) {
                    logged.add(r.getObject("user_id") + " " + r.getObject("device_id") + " " + r.getString("kind") + " "
                            + r.getObject("record_id"));
                }
            }
        }
        assertThat(logged)
                .containsExactly(camille.id() + " " + camille.deviceId() + " counsellor_profile " + camille.id());
    }

    private Api.Response put(Org.Member member, String body) {
        return org.api.send(org.api
                .request("/api/v1/me/profile", member == null ? null : member.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void assertRefused(Api.Response response, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("error").asText())
                .as(response.toString())
                .isEqualTo(code);
    }
}
