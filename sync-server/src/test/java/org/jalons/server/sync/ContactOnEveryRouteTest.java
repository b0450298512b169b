package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.JalonsServer;
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
 * Once IDENTITY_CONTACT is withdrawn, no answer of the API carries the person's contact, whatever record holds a copy
 * of it (the beneficiary record, a conflict about it, a conflict's copy of the whole record) and whoever asks.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ContactOnEveryRouteTest {

    static final String PHONE = "06 12 34 56 78";
    static final String OTHER_PHONE = "07 98 76 54 32";

    @Parameter
    Backend backend;

    @Test
    void noAnswerOfAnyRouteForAnyRoleCarriesTheContactOnceTheConsentIsWithdrawn() {
        JalonsServer server = TestServers.shared(backend);
        Org org = Org.create(server);
        Org.Member counsellor = org.counsellor("Samia CIP");
        Org.Member otherPhone = org.member(counsellor.user());
        UUID person = org.newBeneficiary(counsellor);
        List<Org.Member> readers =
                List.of(org.admin, counsellor, otherPhone, org.beneficiaryUser(person), org.supervisor("Direction"));
        pushed(org, counsellor, consent(person, true));
        pushed(org, counsellor, Changes.upsert("beneficiary", person, person, 1, "contact", PHONE));
        // a conflict about the contact, then a delete that did not see it: a _deleted conflict copying the record
        pushed(org, otherPhone, Changes.upsert("beneficiary", person, person, 1, "contact", OTHER_PHONE));
        pushed(org, otherPhone, Changes.delete("beneficiary", person, person, 1));
        assertThat(answersCarrying(server, org, person, readers, new ArrayList<>()))
                .isNotEmpty(); // it can see them

        pushed(org, counsellor, consent(person, false));

        List<String> asked = new ArrayList<>();
        assertThat(answersCarrying(server, org, person, readers, asked)).isEmpty();
        assertThat(asked)
                .contains(
                        "GET /api/v1/sync/pull 200",
                        "GET /api/v1/sync/snapshot 200",
                        "GET /api/v1/summary 200",
                        "GET /api/v1/admin/users 200",
                        "GET /api/v1/devices 200");
    }

    /**
     * Asks every GET route of the API as each reader (noting each route and status in {@code asked}); returns those
     * whose answer holds either phone number.
     */
    private static List<String> answersCarrying(
            JalonsServer server, Org org, UUID person, List<Org.Member> readers, List<String> asked) {
        List<String> carrying = new ArrayList<>();
        for (String route : server.routes()) {
            if (!route.startsWith("GET /api/v1/") || route.contains("/record.")) {
                // the right of access (record.json, record.pdf) gives the admin everything stored about the person
                // for the person, the contact the consent keeps from phones included: that is what it is for
                continue;
            }
            String path = route.substring(4)
                    .replace("{beneficiaryId}", person.toString())
                    .replace("{id}", person.toString());
            List<String> queries = route.endsWith("/sync/pull")
                    ? List.of("?cursor=0")
                    : route.endsWith("/sync/snapshot") ? List.of("", "?beneficiaryId=" + person) : List.of("");
            for (Org.Member reader : readers) {
                for (String query : queries) {
                    Api.Response answer = org.api.get(path + query, reader.token());
                    String body = new String(answer.body(), StandardCharsets.UTF_8);
                    asked.add(route + " " + answer.status());
                    if (body.contains(PHONE) || body.contains(OTHER_PHONE)) {
                        carrying.add(route + query + " as " + reader.user().role());
                    }
                }
            }
        }
        return carrying;
    }

    private static JsonNode consent(UUID person, boolean granted) {
        return Changes.upsert(
                "consent",
                UUID.randomUUID(),
                person,
                0,
                "category",
                "IDENTITY_CONTACT",
                "granted",
                granted,
                "recordedAt",
                "2026-11-01T10:00:00Z",
                "recordedBy",
                "Samia CIP");
    }

    private static void pushed(Org org, Org.Member member, JsonNode change) {
        JsonNode result = org.push(member, Changes.batch(change));
        assertThat(result.at("/results/0/status").asText())
                .as(result.toString())
                .isIn("APPLIED", "MERGED_WITH_CONFLICT");
    }
}
