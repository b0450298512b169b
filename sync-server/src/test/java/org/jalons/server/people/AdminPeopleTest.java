package org.jalons.server.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The admin's people: the list with each person's counsellors, a person transferred from one counsellor to another
 * (their phones drop and receive the person), a second counsellor, and the history of referents that every caseload
 * change writes.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AdminPeopleTest {

    @Parameter
    Backend backend;

    @Test
    void theListShowsEveryPersonWithTheirSiteDatesAndCounsellorsAndIsAuditedOnce() {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member marc = org.counsellor("Marc CIP");
        UUID lea = person(org, samia, "Léa M.", "Atelier vélo");
        UUID bruno = person(org, marc, "bruno K.", "Recyclerie");
        org.push(
                marc,
                Changes.batch(Changes.upsert(
                        "exit", UUID.randomUUID(), bruno, 0, "exitDate", "2026-06-30", "category", "EMPLOI_DURABLE")));
        assertThat(org.api
                        .put("/api/v1/admin/caseloads/" + marc.id() + "/" + lea, org.admin.token())
                        .status())
                .isEqualTo(204);
        UUID alone = person(org, samia, "Zoé T.", null);
        assertThat(org.api
                        .delete("/api/v1/admin/caseloads/" + samia.id() + "/" + alone, org.admin.token())
                        .status())
                .isEqualTo(204);

        Api.Response answer = org.api.get("/api/v1/admin/people", org.admin.token());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode people = answer.json().get("people");
        assertThat(names(people)).containsExactly("bruno K.", "Léa M.", "Zoé T.");
        JsonNode first = people.get(0);
        assertThat(first.get("id").asText()).isEqualTo(bruno.toString());
        assertThat(first.get("site").asText()).isEqualTo("Recyclerie");
        assertThat(first.get("entryDate").asText()).isEqualTo("2026-01-05");
        assertThat(first.get("exitDate").asText()).isEqualTo("2026-06-30");
        assertThat(first.get("lastChange").isNull()).isFalse();
        assertThat(counsellors(first)).containsExactly("Marc CIP");
        assertThat(counsellors(people.get(1))).containsExactly("Marc CIP", "Samia CIP");
        assertThat(people.get(1).get("exitDate").isNull()).isTrue();
        assertThat(counsellors(people.get(2))).isEmpty();
        assertThat(people.get(2).get("site").isNull()).isTrue();
        assertThat(org.api
                        .get("/api/v1/admin/audit?action=READ_PEOPLE", org.admin.token())
                        .json()
                        .get("lines"))
                .hasSize(1);
        assertThat(org.api.get("/api/v1/admin/people", samia.token()).status()).isEqualTo(403);
        assertThat(answer.json().get("total").asInt()).isEqualTo(3);

        // the first screenful by name, and how many there are in all
        Api.Response firstTwo = org.api.get("/api/v1/admin/people?limit=2", org.admin.token());
        assertThat(firstTwo.status()).as(firstTwo.toString()).isEqualTo(200);
        assertThat(names(firstTwo.json().get("people"))).containsExactly("bruno K.", "Léa M.");
        assertThat(firstTwo.json().get("total").asInt()).isEqualTo(3);
        for (String bad : new String[] {"0", "-1", "100001", "deux", "1.5", "", "99999999999"}) {
            Api.Response refused = org.api.get("/api/v1/admin/people?limit=" + bad, org.admin.token());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid_parameter");
        }
    }

    @Test
    void aTransferMovesThePersonBetweenTheCounsellorsPhonesAndTheHistorySaysWhoAndWhen() {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member marc = org.counsellor("Marc CIP");
        UUID lea = person(org, samia, "Léa M.", "Atelier vélo");
        assertThat(scope(org, samia)).contains(lea.toString());
        assertThat(scope(org, marc)).doesNotContain(lea.toString());

        Api.Response done = transfer(org, lea, samia.id(), marc.id());

        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        assertThat(scope(org, samia)).doesNotContain(lea.toString());
        assertThat(scope(org, marc)).contains(lea.toString());
        JsonNode history = referents(org, lea);
        assertThat(lines(history))
                .containsExactly(
                        "START Samia CIP by Samia CIP",
                        "END Samia CIP by Nadia Admin",
                        "START Marc CIP by Nadia Admin");
        assertThat(history.get(1).get("at").asText())
                .isEqualTo(history.get(2).get("at").asText());
        assertThat(org.api
                        .get("/api/v1/admin/audit?action=CASELOAD_TRANSFER", org.admin.token())
                        .json()
                        .at("/lines/0/personId")
                        .asText())
                .isEqualTo(lea.toString());
        // the same transfer again: Samia no longer follows the person
        assertThat(transfer(org, lea, samia.id(), marc.id()).json().get("error").asText())
                .isEqualTo("not_in_caseload");
    }

    @Test
    void aSecondCounsellorAndTheirRemovalAreWrittenInTheHistoryOnlyWhenTheCaseloadChanges() {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member marc = org.counsellor("Marc CIP");
        UUID lea = person(org, samia, "Léa M.", null);
        String place = "/api/v1/admin/caseloads/" + marc.id() + "/" + lea;

        assertThat(org.api.put(place, org.admin.token()).status()).isEqualTo(204);
        assertThat(org.api.put(place, org.admin.token()).status()).isEqualTo(204);
        assertThat(scope(org, marc)).contains(lea.toString());
        assertThat(scope(org, samia)).contains(lea.toString());
        assertThat(org.api.delete(place, org.admin.token()).status()).isEqualTo(204);
        assertThat(org.api.delete(place, org.admin.token()).status()).isEqualTo(204);

        assertThat(lines(referents(org, lea)))
                .containsExactly(
                        "START Samia CIP by Samia CIP", "START Marc CIP by Nadia Admin", "END Marc CIP by Nadia Admin");
        assertThat(org.api
                        .get("/api/v1/admin/audit?action=READ_REFERENTS", org.admin.token())
                        .json()
                        .get("lines"))
                .hasSize(1);
    }

    @Test
    void hostileTransfersAreRefusedWithStableCodesAndChangeNothing() {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member marc = org.counsellor("Marc CIP");
        Org.Member supervisor = org.supervisor("Paule Resp");
        UUID lea = person(org, samia, "Léa M.", null);
        Org other = Org.create(TestServers.shared(backend));
        Org.Member theirs = other.counsellor("Autre CIP");
        UUID theirPerson = person(other, theirs, "Autre P.", null);

        assertThat(code(transfer(org, lea, samia.id(), samia.id()))).isEqualTo("400 same_counsellor");
        assertThat(code(transfer(org, lea, samia.id(), supervisor.id()))).isEqualTo("400 not_a_counsellor");
        assertThat(code(transfer(org, lea, samia.id(), UUID.randomUUID()))).isEqualTo("404 not_found");
        assertThat(code(transfer(org, UUID.randomUUID(), samia.id(), marc.id())))
                .isEqualTo("404 not_found");
        assertThat(code(transfer(org, lea, samia.id(), theirs.id()))).isEqualTo("404 not_found");
        assertThat(code(transfer(org, theirPerson, theirs.id(), marc.id()))).isEqualTo("404 not_found");
        assertThat(code(org.api.post(
                        "/api/v1/admin/people/" + lea + "/transfer",
                        org.admin.token(),
                        Json.MAPPER.valueToTree(Map.of("from", samia.id().toString(), "to", "marc")))))
                .isEqualTo("400 invalid_body");
        assertThat(code(org.api.post(
                        "/api/v1/admin/people/" + lea + "/transfer",
                        org.admin.token(),
                        Json.MAPPER.valueToTree(Map.of(
                                "from", samia.id().toString(), "to", marc.id().toString(), "extra", "x")))))
                .isEqualTo("400 invalid_body");
        assertThat(code(org.api.post(
                        "/api/v1/admin/people/" + lea + "/transfer",
                        samia.token(),
                        Json.MAPPER.valueToTree(Map.of(
                                "from", samia.id().toString(), "to", marc.id().toString())))))
                .startsWith("403");
        assertThat(code(org.api.get("/api/v1/admin/people/" + theirPerson + "/referents", org.admin.token())))
                .isEqualTo("404 not_found");
        assertThat(code(org.api.get("/api/v1/admin/people/nope/referents", org.admin.token())))
                .isEqualTo("400 invalid_parameter");

        assertThat(scope(org, samia)).contains(lea.toString());
        assertThat(scope(org, marc)).doesNotContain(lea.toString());
        assertThat(lines(referents(org, lea))).containsExactly("START Samia CIP by Samia CIP");
    }

    @Test
    void anErasedPersonLeavesTheListAndTheirHistoryGoesWithThem() {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        UUID lea = person(org, samia, "Léa M.", null);
        assertThat(org.api
                        .post(
                                "/api/v1/admin/people/" + lea + "/erase",
                                org.admin.token(),
                                Json.MAPPER.valueToTree(Map.of("reason", "REQUEST")))
                        .status())
                .isEqualTo(200);

        assertThat(names(org.api
                        .get("/api/v1/admin/people", org.admin.token())
                        .json()
                        .get("people")))
                .isEmpty();
        assertThat(code(org.api.get("/api/v1/admin/people/" + lea + "/referents", org.admin.token())))
                .isEqualTo("404 not_found");
    }

    private static UUID person(Org org, Org.Member counsellor, String name, String site) {
        UUID id = UUID.randomUUID();
        var change = Changes.newBeneficiary(id, name);
        if (site != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) change.get("fields")).put("site", site);
        }
        JsonNode result = org.push(counsellor, Changes.batch(change));
        assertThat(result.at("/results/0/status").asText())
                .as(result.toString())
                .isEqualTo("APPLIED");
        return id;
    }

    private static Api.Response transfer(Org org, UUID person, UUID from, UUID to) {
        return org.api.post(
                "/api/v1/admin/people/" + person + "/transfer",
                org.admin.token(),
                Json.MAPPER.valueToTree(Map.of("from", from.toString(), "to", to.toString())));
    }

    private static JsonNode referents(Org org, UUID person) {
        Api.Response answer = org.api.get("/api/v1/admin/people/" + person + "/referents", org.admin.token());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("referents");
    }

    private static List<String> lines(JsonNode history) {
        List<String> lines = new ArrayList<>();
        history.forEach(l -> lines.add(l.get("change").asText() + " "
                + l.get("counsellorName").asText() + " by " + l.get("byName").asText()));
        return lines;
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new ArrayList<>();
        people.forEach(p -> names.add(p.get("displayName").asText()));
        return names;
    }

    private static List<String> counsellors(JsonNode person) {
        List<String> names = new ArrayList<>();
        person.get("counsellors").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private static String code(Api.Response response) {
        return response.status() + " " + response.json().path("error").asText();
    }

    private static List<String> scope(Org org, Org.Member member) {
        List<String> ids = new ArrayList<>();
        org.pull(member, 0)
                .get("scope")
                .forEach(e -> ids.add(e.get("beneficiaryId").asText()));
        return ids;
    }
}
