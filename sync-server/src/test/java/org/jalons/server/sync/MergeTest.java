package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.sync.PushPullTest.record;

import com.fasterxml.jackson.databind.JsonNode;
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
class MergeTest {

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    Org.Member person;
    UUID beneficiaryId;
    UUID goalId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        beneficiaryId = org.newBeneficiary(counsellor);
        person = org.beneficiaryUser(beneficiaryId);
        org.push(counsellor, Changes.batch(Changes.newGoal(goalId, beneficiaryId)));
    }

    @Test
    void editsOfDifferentFieldsFromTwoDevicesAreBothKept() {
        org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        JsonNode second = org.push(person, Changes.batch(
                Changes.upsert("goal", goalId, beneficiaryId, 1, "targetDate", "2026-12-31")));

        assertThat(second.at("/results/0/status").asText()).isEqualTo("APPLIED");
        JsonNode goal = record(org.pull(counsellor, 0), goalId);
        assertThat(goal.at("/fields/status").asText()).isEqualTo("ATTEINT");
        assertThat(goal.at("/fields/targetDate").asText()).isEqualTo("2026-12-31");
        assertThat(goal.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void sameFieldChangedOnTwoDevicesBecomesAVisibleConflictNothingDiscarded() {
        org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1,
                "phrasing", "Je me sens capable de conduire")));
        JsonNode result = org.push(person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1,
                "phrasing", "Je me sens capable de prendre le bus", "status", "REPORTE")));

        assertThat(result.at("/results/0/status").asText()).isEqualTo("MERGED_WITH_CONFLICT");
        String conflictId = result.at("/results/0/conflictIds/0").asText();
        JsonNode page = org.pull(person, 0);
        JsonNode goal = record(page, goalId);
        assertThat(goal.at("/fields/phrasing").asText()).isEqualTo("Je me sens capable de conduire");
        assertThat(goal.at("/fields/status").asText()).isEqualTo("REPORTE");
        JsonNode conflict = record(page, UUID.fromString(conflictId));
        assertThat(conflict.get("kind").asText()).isEqualTo("conflict");
        assertThat(conflict.at("/fields/field").asText()).isEqualTo("phrasing");
        assertThat(conflict.at("/fields/serverValue").asText()).isEqualTo("Je me sens capable de conduire");
        assertThat(conflict.at("/fields/clientValue").asText()).isEqualTo("Je me sens capable de prendre le bus");
        assertThat(conflict.at("/fields/status").asText()).isEqualTo("OPEN");
        // the other device concerned sees it too
        assertThat(record(org.pull(counsellor, 0), UUID.fromString(conflictId))).isNotNull();
    }

    @Test
    void aDevicesOwnQueuedEditsNeverConflictWithEachOther() {
        org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        JsonNode second = org.push(counsellor, Changes.batch(
                Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ABANDONNE")));

        assertThat(second.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(counsellor, 0), goalId).at("/fields/status").asText()).isEqualTo("ABANDONNE");
    }

    @Test
    void conflictIsResolvedByADeviceChange() {
        org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        JsonNode merged = org.push(person, Changes.batch(
                Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "REPORTE")));
        UUID conflictId = UUID.fromString(merged.at("/results/0/conflictIds/0").asText());

        JsonNode resolved = org.push(counsellor, Changes.batch(Changes.upsert("conflict", conflictId, beneficiaryId,
                1, "status", "RESOLVED", "resolvedValue", "REPORTE")));
        JsonNode forged = org.push(counsellor, Changes.batch(Changes.upsert("conflict", conflictId, beneficiaryId,
                2, "field", "status")));

        assertThat(resolved.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(forged.at("/results/0/code").asInt()).isEqualTo(422);
        JsonNode conflict = record(org.pull(person, 0), conflictId);
        assertThat(conflict.at("/fields/status").asText()).isEqualTo("RESOLVED");
        assertThat(conflict.at("/fields/resolvedValue").asText()).isEqualTo("REPORTE");
    }

    @Test
    void appendOnlyCheckInsNeverConflictAndCannotBeChanged() {
        UUID selfRating = UUID.randomUUID();
        UUID counsellorRating = UUID.randomUUID();
        JsonNode both = org.push(person, Changes.batch(Changes.upsert("checkIn", selfRating, beneficiaryId, 0,
                "goalId", goalId.toString(), "rater", "BENEFICIARY", "rating", 4, "ratedAt", "2026-11-20T10:00:00Z")));
        JsonNode other = org.push(counsellor, Changes.batch(Changes.upsert("checkIn", counsellorRating, beneficiaryId,
                0, "goalId", goalId.toString(), "rater", "COUNSELLOR", "rating", 6, "ratedAt",
                "2026-11-20T10:00:00Z")));
        JsonNode edit = org.push(person, Changes.batch(Changes.upsert("checkIn", selfRating, beneficiaryId, 1,
                "rating", 9)));
        JsonNode delete = org.push(person, Changes.batch(Changes.delete("checkIn", selfRating, beneficiaryId, 1)));

        assertThat(both.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(other.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(edit.at("/results/0/code").asInt()).isEqualTo(422);
        assertThat(delete.at("/results/0/code").asInt()).isEqualTo(422);
        JsonNode page = org.pull(counsellor, 0);
        assertThat(record(page, selfRating).at("/fields/rating").asInt()).isEqualTo(4);
        assertThat(record(page, counsellorRating).at("/fields/rating").asInt()).isEqualTo(6);
    }

    @Test
    void deleteIsATombstoneThatPullsAsDeleted() {
        JsonNode deleted = org.push(counsellor, Changes.batch(Changes.delete("goal", goalId, beneficiaryId, 1)));

        assertThat(deleted.at("/results/0/status").asText()).isEqualTo("APPLIED");
        JsonNode goal = record(org.pull(person, 0), goalId);
        assertThat(goal.get("deleted").asBoolean()).isTrue();
        assertThat(goal.get("fields").size()).isZero();
        JsonNode snapshot = org.api.get("/api/v1/sync/snapshot", person.token()).json();
        assertThat(snapshot.get("records").toString()).doesNotContain(goalId.toString());
    }

    @Test
    void deleteAgainstAnotherDevicesNewerEditBecomesAConflictOnDeleted() {
        org.push(person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        JsonNode result = org.push(counsellor, Changes.batch(Changes.delete("goal", goalId, beneficiaryId, 1)));

        assertThat(result.at("/results/0/status").asText()).isEqualTo("MERGED_WITH_CONFLICT");
        JsonNode page = org.pull(counsellor, 0);
        assertThat(record(page, goalId).get("deleted").asBoolean()).isFalse();
        JsonNode conflict = record(page, UUID.fromString(result.at("/results/0/conflictIds/0").asText()));
        assertThat(conflict.at("/fields/field").asText()).isEqualTo("_deleted");
    }

    @Test
    void oneInvalidChangeDoesNotBlockTheRestOfTheBatch() {
        UUID good = UUID.randomUUID();
        JsonNode result = org.push(counsellor, Changes.batch(
                Changes.upsert("checkIn", UUID.randomUUID(), beneficiaryId, 0, "goalId", goalId.toString(),
                        "rater", "COUNSELLOR", "rating", 11, "ratedAt", "2026-11-20T10:00:00Z"),
                Changes.newGoal(good, beneficiaryId)));

        assertThat(result.at("/results/0/status").asText()).isEqualTo("REJECTED");
        assertThat(result.at("/results/0/code").asInt()).isEqualTo(422);
        assertThat(result.at("/results/0/reason").asText()).contains("rating");
        assertThat(result.at("/results/1/status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(counsellor, 0), good)).isNotNull();
    }
}
