package org.jalons.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class PairingAndDevicesTest {

    @Parameter
    Backend backend;

    Org org;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
    }

    @Test
    void pairingReturnsTheUserAndATokenStoredOnlyAsItsHash() throws Exception {
        User counsellor = org.server.createUser(org.id, "Samia CIP", Role.COUNSELLOR, null);
        String code = org.server.issuePairingCode(counsellor).code();
        assertThat(code).matches("[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}");

        JsonNode paired = Org.pair(org.api, code, "Téléphone de Samia");

        assertThat(paired.at("/user/id").asText()).isEqualTo(counsellor.id().toString());
        assertThat(paired.at("/user/role").asText()).isEqualTo("COUNSELLOR");
        assertThat(paired.at("/user/organisationId").asText()).isEqualTo(org.id.toString());
        assertThat(paired.at("/user/beneficiaryId").isNull()).isTrue();
        String token = paired.get("token").asText();
        List<String> stored = new ArrayList<>();
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement s = c.prepareStatement("select token_hash from device where user_id = ?")) {
            s.setObject(1, counsellor.id());
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        assertThat(stored).containsExactly(Json.sha256Hex(token));
    }

    @Test
    void pairingCodeWorksOnlyOnce() {
        User counsellor = org.server.createUser(org.id, "Samia CIP", Role.COUNSELLOR, null);
        String code = org.server.issuePairingCode(counsellor).code();
        Org.pair(org.api, code, "Téléphone");

        Api.Response again = org.api.post("/api/v1/pair", null, "{\"code\":\"" + code + "\",\"deviceName\":\"Autre\"}");

        assertThat(again.status()).isEqualTo(401);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_code");
    }

    @Test
    void revokedDeviceTokenIsRefusedAtOnce() {
        Org.Member counsellor = org.counsellor("Samia CIP");
        assertThat(org.api.get("/api/v1/devices", counsellor.token()).status()).isEqualTo(200);

        Api.Response revoked = org.api.delete("/api/v1/devices/" + counsellor.deviceId(), counsellor.token());

        assertThat(revoked.status()).isEqualTo(204);
        Api.Response refused = org.api.get("/api/v1/sync/pull", counsellor.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    void devicesListShowsOwnDevicesAndAdminSeesTheOrganisations() {
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member karim = org.counsellor("Karim CIP");

        JsonNode own = org.api.get("/api/v1/devices", samia.token()).json();
        JsonNode all = org.api.get("/api/v1/devices", org.admin.token()).json();

        assertThat(own.get("devices")).hasSize(1);
        assertThat(own.at("/devices/0/id").asText()).isEqualTo(samia.deviceId().toString());
        assertThat(all.get("devices").toString())
                .contains(
                        samia.deviceId().toString(),
                        karim.deviceId().toString(),
                        org.admin.deviceId().toString());
        assertThat(org.api
                        .delete("/api/v1/devices/" + karim.deviceId(), samia.token())
                        .status())
                .isEqualTo(404);
        assertThat(org.api
                        .delete("/api/v1/devices/" + karim.deviceId(), org.admin.token())
                        .status())
                .isEqualTo(204);
        assertThat(org.api.get("/api/v1/devices", karim.token()).status()).isEqualTo(401);
    }

    @Test
    void counsellorIssuesCodesOnlyForBeneficiariesOfTheirCaseload() {
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member karim = org.counsellor("Karim CIP");
        UUID beneficiaryId = org.newBeneficiary(samia);
        User person = org.server.createUser(org.id, "Personne", Role.BENEFICIARY, beneficiaryId);
        String body = "{\"userId\":\"" + person.id() + "\"}";

        Api.Response own = org.api.post("/api/v1/pairing-codes", samia.token(), body);
        Api.Response notTheirs = org.api.post("/api/v1/pairing-codes", karim.token(), body);
        Api.Response colleague =
                org.api.post("/api/v1/pairing-codes", samia.token(), "{\"userId\":\"" + karim.id() + "\"}");
        Api.Response byAdmin =
                org.api.post("/api/v1/pairing-codes", org.admin.token(), "{\"userId\":\"" + karim.id() + "\"}");

        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("expiresAt").asText()).endsWith("Z");
        JsonNode paired = Org.pair(org.api, own.json().get("code").asText(), "Téléphone de la personne");
        assertThat(paired.at("/user/beneficiaryId").asText()).isEqualTo(beneficiaryId.toString());
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(colleague.status()).isEqualTo(404);
        assertThat(byAdmin.status()).isEqualTo(201);
    }

    @Test
    void adminCreatesUsersAndManagesCaseloads() {
        Api.Response created = org.api.post(
                "/api/v1/admin/users", org.admin.token(), "{\"displayName\":\"Lina CIP\",\"role\":\"COUNSELLOR\"}");
        assertThat(created.status()).isEqualTo(201);
        String counsellorId = created.json().get("id").asText();
        UUID beneficiaryId = org.newBeneficiary(org.counsellor("Samia CIP"));

        assertThat(org.api
                        .put("/api/v1/admin/caseloads/" + counsellorId + "/" + beneficiaryId, org.admin.token())
                        .status())
                .isEqualTo(204);
        JsonNode users = org.api.get("/api/v1/admin/users", org.admin.token()).json();
        assertThat(users.get("users").toString()).contains("Lina CIP", "Nadia Admin");

        Org.Member lina = org.member(org.server.createUser(org.id, "placeholder", Role.SUPERVISOR, null));
        assertThat(org.api.get("/api/v1/admin/users", lina.token()).status()).isEqualTo(403);
        Api.Response beneficiaryWithoutId = org.api.post(
                "/api/v1/admin/users", org.admin.token(), "{\"displayName\":\"X\",\"role\":\"BENEFICIARY\"}");
        assertThat(beneficiaryWithoutId.status()).isEqualTo(400);
    }

    @Test
    void caseloadOfACounsellorFromAnotherOrganisationIsNotFound() {
        Org other = Org.create(org.server);
        Org.Member foreign = other.counsellor("Autre CIP");

        Api.Response response =
                org.api.put("/api/v1/admin/caseloads/" + foreign.id() + "/" + UUID.randomUUID(), org.admin.token());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void aCounsellorGetsACodeForAPersonOfTheCaseloadByTheirRecordAndTheirAccountIsMadeOnce() {
        Org.Member counsellor = org.counsellor("Samia CIP");
        UUID person = org.newBeneficiary(counsellor);

        Api.Response first =
                org.api.post("/api/v1/pairing-codes", counsellor.token(), "{\"beneficiaryId\":\"" + person + "\"}");
        assertThat(first.status()).isEqualTo(201);
        JsonNode paired = Org.pair(org.api, first.json().get("code").asText(), "Téléphone de la personne");
        assertThat(paired.at("/user/role").asText()).isEqualTo("BENEFICIARY");
        assertThat(paired.at("/user/beneficiaryId").asText()).isEqualTo(person.toString());

        Api.Response second =
                org.api.post("/api/v1/pairing-codes", counsellor.token(), "{\"beneficiaryId\":\"" + person + "\"}");
        JsonNode again = Org.pair(org.api, second.json().get("code").asText(), "Nouveau téléphone");
        assertThat(again.at("/user/id").asText())
                .isEqualTo(paired.at("/user/id").asText());
    }

    @Test
    void aCodeByRecordIsRefusedOutsideTheCaseloadAndWithBothOrNeitherId() {
        Org.Member counsellor = org.counsellor("Samia CIP");
        Org.Member other = org.counsellor("Autre CIP");
        UUID person = org.newBeneficiary(counsellor);

        Api.Response outside =
                org.api.post("/api/v1/pairing-codes", other.token(), "{\"beneficiaryId\":\"" + person + "\"}");
        assertThat(outside.status()).isEqualTo(404);
        Api.Response unknown = org.api.post(
                "/api/v1/pairing-codes", org.admin.token(), "{\"beneficiaryId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(unknown.status()).isEqualTo(404);
        Api.Response both = org.api.post(
                "/api/v1/pairing-codes",
                counsellor.token(),
                "{\"beneficiaryId\":\"" + person + "\",\"userId\":\"" + counsellor.id() + "\"}");
        assertThat(both.status()).isEqualTo(400);
        Api.Response neither = org.api.post("/api/v1/pairing-codes", counsellor.token(), "{}");
        assertThat(neither.status()).isEqualTo(400);
    }
}
