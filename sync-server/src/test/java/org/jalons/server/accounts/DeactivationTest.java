package org.jalons.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.Role;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** An admin deactivates an account: its devices stop, its codes stop, it leaves the lists; never the last admin. */
@ParameterizedClass
@EnumSource(Backend.class)
class DeactivationTest {

    @Parameter
    Backend backend;

    Org org;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
    }

    @Test
    void aDeactivatedAccountLosesItsDevicesItsCodesAndItsPlaceInTheLists() {
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member secondPhone = org.member(samia.user());
        UUID person = org.newBeneficiary(samia);
        Org.Member personsPhone = org.beneficiaryUser(person);
        putProfile(samia);
        String unusedCode = org.server.issuePairingCode(samia.user()).code();
        assertThat(counsellorIds(org.admin)).contains(samia.id().toString());
        assertThat(counsellorIds(personsPhone)).contains(samia.id().toString());

        Api.Response deactivated = deactivate(samia.id(), org.admin);

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().get("deactivatedAt").isNull()).isFalse();
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", samia.token()).status())
                .isEqualTo(401);
        assertThat(org.api
                        .get("/api/v1/sync/pull?cursor=0", secondPhone.token())
                        .status())
                .isEqualTo(401);
        assertThat(pair(unusedCode).status())
                .as("a code issued before the deactivation")
                .isEqualTo(401);
        Api.Response newCode =
                org.api.post("/api/v1/pairing-codes", org.admin.token(), "{\"userId\":\"" + samia.id() + "\"}");
        assertThat(newCode.status()).isEqualTo(409);
        assertThat(newCode.json().get("error").asText()).isEqualTo("account_deactivated");
        assertThat(listed(samia.id()).get("deactivatedAt").isNull()).isFalse();
        assertThat(counsellorIds(org.admin)).doesNotContain(samia.id().toString());
        assertThat(counsellorIds(personsPhone)).doesNotContain(samia.id().toString());
        assertThat(org.api.get("/api/v1/devices", org.admin.token()).json().toString())
                .as("its devices stay listed, revoked")
                .contains(samia.deviceId().toString());

        Api.Response reactivated =
                org.api.post("/api/v1/admin/users/" + samia.id() + "/reactivate", org.admin.token(), "");
        assertThat(reactivated.status()).isEqualTo(200);
        assertThat(reactivated.json().get("deactivatedAt").isNull()).isTrue();
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", samia.token()).status())
                .as("its old devices stay revoked")
                .isEqualTo(401);
        assertThat(pair(unusedCode).status()).as("old codes stay dead").isEqualTo(401);
        Org.Member paired = org.member(samia.user());
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", paired.token()).status())
                .isEqualTo(200);
        assertThat(counsellorIds(org.admin)).contains(samia.id().toString());
    }

    @Test
    void aPersonsDeactivatedAccountGetsNoCodeFromTheirCounsellor() {
        Org.Member samia = org.counsellor("Samia CIP");
        UUID person = org.newBeneficiary(samia);
        Org.Member personsPhone = org.beneficiaryUser(person);

        deactivate(personsPhone.id(), org.admin);

        Api.Response byRecord =
                org.api.post("/api/v1/pairing-codes", samia.token(), "{\"beneficiaryId\":\"" + person + "\"}");
        Api.Response byAccount =
                org.api.post("/api/v1/pairing-codes", samia.token(), "{\"userId\":\"" + personsPhone.id() + "\"}");
        assertThat(byRecord.status()).isEqualTo(409);
        assertThat(byAccount.status()).isEqualTo(409);
        assertThat(org.api
                        .get("/api/v1/sync/pull?cursor=0", personsPhone.token())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theLastActiveAdminCannotBeDeactivatedAnotherCan() {
        Api.Response alone = deactivate(org.admin.id(), org.admin);
        assertThat(alone.status()).isEqualTo(409);
        assertThat(alone.json().get("error").asText()).isEqualTo("last_admin");

        Org.Member second = org.member(org.server.createUser(org.id, "Second Admin", Role.ADMIN, null));
        assertThat(deactivate(org.admin.id(), second).status()).isEqualTo(200);
        Api.Response lastOne = deactivate(second.id(), second);
        assertThat(lastOne.status()).isEqualTo(409);
        assertThat(org.api.get("/api/v1/admin/users", second.token()).status()).isEqualTo(200);
        assertThat(org.api.get("/api/v1/admin/users", org.admin.token()).status())
                .isEqualTo(401);
    }

    @Test
    void onlyAnAdminOfTheOrganisationDeactivatesAndTwiceChangesNothing() {
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member karim = org.counsellor("Karim CIP");
        Org.Member supervisor = org.supervisor("Lea Supervision");
        Org other = Org.create(TestServers.shared(backend));
        Org.Member elsewhere = other.counsellor("Ailleurs CIP");

        assertThat(deactivate(karim.id(), samia).status()).isEqualTo(403);
        assertThat(deactivate(karim.id(), supervisor).status()).isEqualTo(403);
        assertThat(deactivate(elsewhere.id(), org.admin).status()).isEqualTo(404);
        assertThat(org.api
                        .post("/api/v1/admin/users/" + elsewhere.id() + "/reactivate", org.admin.token(), "")
                        .status())
                .isEqualTo(404);
        assertThat(deactivate(UUID.randomUUID(), org.admin).status()).isEqualTo(404);
        assertThat(org.api
                        .post("/api/v1/admin/users/nope/deactivate", org.admin.token(), "")
                        .status())
                .isEqualTo(400);
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", elsewhere.token()).status())
                .isEqualTo(200);

        JsonNode first = deactivate(karim.id(), org.admin).json();
        JsonNode second = deactivate(karim.id(), org.admin).json();
        assertThat(second.get("deactivatedAt")).isEqualTo(first.get("deactivatedAt"));
        assertThat(org.api.get("/api/v1/sync/pull?cursor=0", samia.token()).status())
                .isEqualTo(200);
    }

    private Api.Response deactivate(UUID userId, Org.Member who) {
        return org.api.post("/api/v1/admin/users/" + userId + "/deactivate", who.token(), "");
    }

    private Api.Response pair(String code) {
        return org.api.post(
                "/api/v1/pair", null, Json.object().put("code", code).put("deviceName", "Téléphone"));
    }

    private JsonNode listed(UUID userId) {
        for (JsonNode u :
                org.api.get("/api/v1/admin/users", org.admin.token()).json().get("users")) {
            if (u.get("id").asText().equals(userId.toString())) {
                return u;
            }
        }
        throw new AssertionError(userId + " not listed");
    }

    private List<String> counsellorIds(Org.Member viewer) {
        Api.Response answer = org.api.get("/api/v1/me/counsellors", viewer.token());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("counsellors").findValuesAsText("id");
    }

    private void putProfile(Org.Member counsellor) {
        Api.Response set = org.api.send(org.api
                .request("/api/v1/me/profile", counsellor.token())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"displayName\":\"Samia\",\"addressForm\":\"feminine\"}")));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }
}
