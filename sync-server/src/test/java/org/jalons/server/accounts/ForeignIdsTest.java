package org.jalons.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Every admin and counsellor route that takes an id answers 404 for an id of another organisation. */
@ParameterizedClass
@EnumSource(Backend.class)
class ForeignIdsTest {

    @Parameter
    Backend backend;

    Org home;
    Org other;
    Org.Member counsellor;
    UUID ownPerson;
    UUID foreignPerson;
    Org.Member foreignCounsellor;

    @BeforeEach
    void setUp() {
        home = Org.create(TestServers.shared(backend));
        other = Org.create(home.server);
        counsellor = home.counsellor("Samia CIP");
        ownPerson = home.newBeneficiary(counsellor);
        foreignCounsellor = other.counsellor("Autre CIP");
        foreignPerson = other.newBeneficiary(foreignCounsellor);
    }

    @Test
    void caseloadMembershipOfAnotherOrganisationsPersonIsNotFound() {
        for (UUID person : new UUID[] {foreignPerson, UUID.randomUUID()}) {
            assertNotFound(home.api.put(caseload(counsellor.id(), person), home.admin.token()));
            assertNotFound(home.api.delete(caseload(counsellor.id(), person), home.admin.token()));
        }
        assertNotFound(home.api.put(caseload(foreignCounsellor.id(), ownPerson), home.admin.token()));
        assertNotFound(home.api.delete(caseload(foreignCounsellor.id(), ownPerson), home.admin.token()));
        assertNotFound(home.api.put(caseload(home.admin.id(), ownPerson), home.admin.token()));

        Org.Member colleague = home.counsellor("Lina CIP");
        assertThat(home.api
                        .put(caseload(colleague.id(), ownPerson), home.admin.token())
                        .status())
                .isEqualTo(204);
        assertThat(home.api
                        .delete(caseload(colleague.id(), ownPerson), home.admin.token())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void aBeneficiaryAccountCanOnlyBeBoundToAPersonOfTheOrganisation() {
        for (UUID person : new UUID[] {foreignPerson, UUID.randomUUID()}) {
            assertNotFound(home.api.post(
                    "/api/v1/admin/users",
                    home.admin.token(),
                    "{\"displayName\":\"Intrus\",\"role\":\"BENEFICIARY\",\"beneficiaryId\":\"" + person + "\"}"));
        }
        Api.Response own = home.api.post(
                "/api/v1/admin/users",
                home.admin.token(),
                "{\"displayName\":\"Samia B.\",\"role\":\"BENEFICIARY\",\"beneficiaryId\":\"" + ownPerson + "\"}");
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
    }

    @Test
    void pairingCodesAndDevicesOfAnotherOrganisationAreNotFound() {
        for (Org.Member asker : new Org.Member[] {home.admin, counsellor}) {
            assertNotFound(home.api.post(
                    "/api/v1/pairing-codes", asker.token(), "{\"beneficiaryId\":\"" + foreignPerson + "\"}"));
            assertNotFound(home.api.post(
                    "/api/v1/pairing-codes", asker.token(), "{\"userId\":\"" + foreignCounsellor.id() + "\"}"));
            assertNotFound(home.api.delete("/api/v1/devices/" + foreignCounsellor.deviceId(), asker.token()));
        }
    }

    private static String caseload(UUID counsellorId, UUID beneficiaryId) {
        return "/api/v1/admin/caseloads/" + counsellorId + "/" + beneficiaryId;
    }

    private static void assertNotFound(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("not_found");
    }
}
