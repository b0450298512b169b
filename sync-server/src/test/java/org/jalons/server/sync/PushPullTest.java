package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

@ParameterizedClass
@EnumSource(Backend.class)
class PushPullTest {

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    UUID beneficiaryId;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        beneficiaryId = org.newBeneficiary(counsellor);
    }

    @Test
    void pushedGoalIsPulledWithItsFullState() {
        UUID goalId = UUID.randomUUID();
        JsonNode pushed = org.push(counsellor, Changes.batch(Changes.newGoal(goalId, beneficiaryId)));
        assertThat(pushed.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(pushed.at("/results/0/version").asLong()).isEqualTo(1);

        JsonNode page = org.pull(counsellor, 0);
        JsonNode goal = record(page, goalId);
        assertThat(goal.get("kind").asText()).isEqualTo("goal");
        assertThat(goal.get("deleted").asBoolean()).isFalse();
        assertThat(goal.at("/fields/phrasing").asText()).startsWith("Je me sens capable");
        assertThat(page.get("cursor").asLong()).isGreaterThanOrEqualTo(pushed.at("/results/0/seq").asLong());
        assertThat(page.get("scope").toString()).contains(beneficiaryId.toString());
    }

    @Test
    void replayedChangeIsAcknowledgedNotAppliedTwice() {
        UUID goalId = UUID.randomUUID();
        org.push(counsellor, Changes.batch(Changes.newGoal(goalId, beneficiaryId)));
        ObjectNode edit = Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT");
        JsonNode first = org.push(counsellor, Changes.batch(edit));
        JsonNode replay = org.push(counsellor, Changes.batch(edit));

        assertThat(first.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(replay.at("/results/0/status").asText()).isEqualTo("DUPLICATE");
        assertThat(replay.at("/results/0/version").asLong()).isEqualTo(first.at("/results/0/version").asLong());
        assertThat(replay.at("/results/0/seq").asLong()).isEqualTo(first.at("/results/0/seq").asLong());
        assertThat(record(org.pull(counsellor, 0), goalId).get("version").asLong()).isEqualTo(2);
    }

    @Test
    void sameChangeIdWithDifferentContentIsRejectedWith409() {
        UUID goalId = UUID.randomUUID();
        ObjectNode create = Changes.newGoal(goalId, beneficiaryId);
        org.push(counsellor, Changes.batch(create));
        ObjectNode tampered = create.deepCopy();
        ((ObjectNode) tampered.get("fields")).put("phrasing", "Autre chose");

        JsonNode result = org.push(counsellor, Changes.batch(tampered));

        assertThat(result.at("/results/0/status").asText()).isEqualTo("REJECTED");
        assertThat(result.at("/results/0/code").asInt()).isEqualTo(409);
        assertThat(record(org.pull(counsellor, 0), goalId).at("/fields/phrasing").asText()).startsWith("Je me sens");
    }

    static JsonNode record(JsonNode page, UUID id) {
        for (JsonNode record : page.get("records")) {
            if (record.get("id").asText().equals(id.toString())) {
                return record;
            }
        }
        throw new AssertionError("record " + id + " not in " + page);
    }
}
