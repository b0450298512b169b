package org.jalons.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
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
 * GET /api/v1/me/counsellors on a supervisor's or admin's device: every counsellor of the organisation, id and the
 * account's name only, so the dashboard filters by a name; another organisation's counsellors never, and a person's
 * device still gets only its own counsellors.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TeamCounsellorsTest {

    @Parameter
    Backend backend;

    Org org;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
    }

    @Test
    void aSupervisorGetsEveryCounsellorOfTheOrganisationByNameIdAndNameOnly() {
        Org.Member karim = org.counsellor("Karim Benali");
        Org.Member camille = org.counsellor("Camille Martin");
        org.counsellor("Zoé Petit"); // follows nobody yet: still a member of the team
        Org.Member supervisor = org.supervisor("Sophie Responsable");
        setProfile(camille, "{\"displayName\":\"Camille\",\"addressForm\":\"feminine\"}");

        Api.Response read = org.api.get("/api/v1/me/counsellors", supervisor.token());

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode listed = read.json().get("counsellors");
        assertThat(names(listed)).containsExactly("Camille Martin", "Karim Benali", "Zoé Petit");
        assertThat(listed.get(0).get("id").asText()).isEqualTo(camille.id().toString());
        assertThat(listed.get(1).get("id").asText()).isEqualTo(karim.id().toString());
        for (JsonNode one : listed) {
            assertThat(one.properties()).as("id and name only").hasSize(2);
        }
    }

    @Test
    void anAdminGetsTheTeamTooAndNoOtherRoleIsListed() {
        Org.Member camille = org.counsellor("Camille Martin");
        org.supervisor("Sophie Responsable");
        org.beneficiaryUser(org.newBeneficiary(camille));

        JsonNode listed =
                org.api.get("/api/v1/me/counsellors", org.admin.token()).json().get("counsellors");

        assertThat(names(listed)).containsExactly("Camille Martin");
    }

    @Test
    void anotherOrganisationsCounsellorsAreNeverListed() {
        org.counsellor("Camille Martin");
        Org other = Org.create(TestServers.shared(backend));
        Org.Member stranger = other.counsellor("Ailleurs");
        Org.Member otherSupervisor = other.supervisor("Autre responsable");

        JsonNode ours = org.api
                .get("/api/v1/me/counsellors", org.supervisor("Sophie").token())
                .json()
                .get("counsellors");
        JsonNode theirs = other.api
                .get("/api/v1/me/counsellors", otherSupervisor.token())
                .json()
                .get("counsellors");

        assertThat(names(ours)).containsExactly("Camille Martin");
        assertThat(ours.toString()).doesNotContain(stranger.id().toString());
        assertThat(names(theirs)).containsExactly("Ailleurs");
    }

    @Test
    void aPersonsDeviceStillGetsOnlyItsOwnCounsellorsAndACounsellorsDeviceNone() {
        Org.Member camille = org.counsellor("Camille Martin");
        Org.Member karim = org.counsellor("Karim Benali");
        UUID person = org.newBeneficiary(camille);
        setProfile(camille, "{\"displayName\":\"Camille\",\"addressForm\":\"feminine\"}");
        setProfile(karim, "{\"displayName\":\"Karim\",\"addressForm\":\"masculine\"}");

        JsonNode mine = org.api
                .get("/api/v1/me/counsellors", org.beneficiaryUser(person).token())
                .json()
                .get("counsellors");

        assertThat(names(mine)).containsExactly("Camille");
        assertThat(mine.get(0).get("addressForm").asText()).isEqualTo("feminine");
        assertThat(org.api.get("/api/v1/me/counsellors", camille.token()).status())
                .isEqualTo(403);
    }

    private void setProfile(Org.Member counsellor, String body) {
        Api.Response set = org.api.send(org.api
                .request("/api/v1/me/profile", counsellor.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private static List<String> names(JsonNode counsellors) {
        List<String> names = new ArrayList<>();
        counsellors.forEach(c -> names.add(c.get("displayName").asText()));
        return names;
    }
}
