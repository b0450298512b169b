package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Change ids are idempotency keys of their author: another user's change id tells nothing (it is a new
 * change), while the author's replay, from any of their devices, stays DUPLICATE.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ChangeIdOwnershipTest {

    @Parameter
    Backend backend;

    Org org;
    Org.Member author;
    ObjectNode authorsChange;
    JsonNode authorsResult;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        author = org.counsellor("Samia CIP");
        UUID person = org.newBeneficiary(author);
        authorsChange = Changes.newGoal(UUID.randomUUID(), person);
        authorsResult = org.push(author, Changes.batch(authorsChange)).at("/results/0");
        assertThat(authorsResult.get("status").asText()).isEqualTo("APPLIED");
    }

    @Test
    void anotherUserOfTheOrganisationReusingAChangeIdGetsTheAnswerOfAFreshId() {
        Org.Member colleague = org.counsellor("Karim CIP");
        assertSameAnswerAsAFreshId(org, colleague);
    }

    @Test
    void aUserOfAnotherOrganisationReusingAChangeIdGetsTheAnswerOfAFreshId() {
        Org other = Org.create(org.server);
        assertSameAnswerAsAFreshId(other, other.counsellor("Autre CIP"));
    }

    @Test
    void theAuthorsReplayIsDuplicateAlsoFromADevicePairedAgain() {
        JsonNode replay = org.push(author, Changes.batch(authorsChange)).at("/results/0");
        Org.Member pairedAgain = org.member(author.user());
        JsonNode fromNewDevice =
                org.push(pairedAgain, Changes.batch(authorsChange)).at("/results/0");

        for (JsonNode result : new JsonNode[] {replay, fromNewDevice}) {
            assertThat(result.get("status").asText()).isEqualTo("DUPLICATE");
            assertThat(result.get("seq").asLong())
                    .isEqualTo(authorsResult.get("seq").asLong());
        }
        ObjectNode tampered = authorsChange.deepCopy();
        ((ObjectNode) tampered.get("fields")).put("phrasing", "Autre chose");
        assertThat(org.push(pairedAgain, Changes.batch(tampered))
                        .at("/results/0/error")
                        .asText())
                .isEqualTo("change_id_reused");
    }

    /** The same change, once with the author's change id and once with a fresh one: the answers match. */
    private void assertSameAnswerAsAFreshId(Org where, Org.Member other) {
        UUID person = where.newBeneficiary(other);
        ObjectNode reused = Changes.newGoal(UUID.randomUUID(), person);
        reused.put("changeId", authorsChange.get("changeId").asText());
        ObjectNode fresh = Changes.newGoal(UUID.randomUUID(), person);

        JsonNode withReusedId = where.push(other, Changes.batch(reused)).at("/results/0");
        JsonNode withFreshId = where.push(other, Changes.batch(fresh)).at("/results/0");

        assertThat(withReusedId.get("status").asText())
                .as(withReusedId.toString())
                .isEqualTo("APPLIED");
        assertThat(withReusedId.get("status")).isEqualTo(withFreshId.get("status"));
        assertThat(withReusedId.get("code")).isEqualTo(withFreshId.get("code"));
        assertThat(withReusedId.has("error")).isFalse();
        assertThat(fieldNames(withReusedId)).isEqualTo(fieldNames(withFreshId));
        assertThat(org.push(author, Changes.batch(authorsChange))
                        .at("/results/0/status")
                        .asText())
                .isEqualTo("DUPLICATE");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
