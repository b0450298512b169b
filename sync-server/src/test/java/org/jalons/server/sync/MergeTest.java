package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

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
        // the person's own goal: both sides may write all of it (PROTOCOL.md, Write rights)
        ObjectNode goal = Changes.newGoal(goalId, beneficiaryId);
        ((ObjectNode) goal.get("fields")).put("proposedBy", "BENEFICIARY");
        org.push(counsellor, Changes.batch(goal));
    }

    @Test
    void editsOfDifferentFieldsFromTwoDevicesAreBothKept() {
        org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        JsonNode second = org.push(
                person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "targetDate", "2026-12-31")));

        assertThat(second.at("/results/0/status").asText()).isEqualTo("APPLIED");
        JsonNode goal = record(org.pull(counsellor, 0), goalId);
        assertThat(goal.at("/fields/status").asText()).isEqualTo("ATTEINT");
        assertThat(goal.at("/fields/targetDate").asText()).isEqualTo("2026-12-31");
        assertThat(goal.get("version").asLong()).isEqualTo(3);
    }

    @Test
    void sameFieldChangedOnTwoDevicesBecomesAVisibleConflictNothingDiscarded() {
        org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "goal", goalId, beneficiaryId, 1, "phrasing", "Je me sens capable de conduire")));
        JsonNode result = org.push(
                person,
                Changes.batch(Changes.upsert(
                        "goal",
                        goalId,
                        beneficiaryId,
                        1,
                        "phrasing",
                        "Je me sens capable de prendre le bus",
                        "status",
                        "REPORTE")));

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
        JsonNode second = org.push(
                counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ABANDONNE")));

        assertThat(second.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(counsellor, 0), goalId).at("/fields/status").asText())
                .isEqualTo("ABANDONNE");
    }

    @Test
    void conflictIsResolvedByADeviceChange() {
        org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        JsonNode merged =
                org.push(person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "REPORTE")));
        UUID conflictId = UUID.fromString(merged.at("/results/0/conflictIds/0").asText());

        JsonNode resolved = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "conflict", conflictId, beneficiaryId, 1, "status", "RESOLVED", "resolvedValue", "REPORTE")));
        JsonNode forged = org.push(
                counsellor, Changes.batch(Changes.upsert("conflict", conflictId, beneficiaryId, 2, "field", "status")));

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
        JsonNode both = org.push(
                person,
                Changes.batch(Changes.upsert(
                        "checkIn",
                        selfRating,
                        beneficiaryId,
                        0,
                        "goalId",
                        goalId.toString(),
                        "rater",
                        "BENEFICIARY",
                        "rating",
                        4,
                        "ratedAt",
                        "2026-11-20T10:00:00Z")));
        JsonNode other = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "checkIn",
                        counsellorRating,
                        beneficiaryId,
                        0,
                        "goalId",
                        goalId.toString(),
                        "rater",
                        "COUNSELLOR",
                        "rating",
                        6,
                        "ratedAt",
                        "2026-11-20T10:00:00Z")));
        JsonNode edit =
                org.push(person, Changes.batch(Changes.upsert("checkIn", selfRating, beneficiaryId, 1, "rating", 9)));
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
        JsonNode conflict = record(
                page, UUID.fromString(result.at("/results/0/conflictIds/0").asText()));
        assertThat(conflict.at("/fields/field").asText()).isEqualTo("_deleted");
    }

    @Test
    void numbersCompareByValueSoTheSameNumberInAnotherNotationIsNoConflict() {
        UUID trainingId = UUID.randomUUID();
        // declared by the person, so that they may edit it (PROTOCOL.md, Write rights)
        org.push(
                person,
                Changes.batch(Changes.upsert(
                        "training",
                        trainingId,
                        beneficiaryId,
                        0,
                        "title",
                        "CACES R489",
                        "trainingKind",
                        "CERTIFYING",
                        "certification",
                        "CACES",
                        "status",
                        "EN_COURS",
                        "plannedHours",
                        35)));
        org.push(person, Changes.batch(Changes.upsert("training", trainingId, beneficiaryId, 1, "doneHours", 7)));
        // another device, from version 1, sends the same planned hours as a double and changes done hours
        JsonNode same = org.push(
                person, Changes.batch(Changes.upsert("training", trainingId, beneficiaryId, 1, "plannedHours", 35.0)));
        JsonNode stale = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "training", trainingId, beneficiaryId, 1, "plannedHours", 35.0, "doneHours", 7.0)));

        assertThat(same.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(stale.at("/results/0/status").asText())
                .as("7 and 7.0 are the same number")
                .isEqualTo("APPLIED");
        assertThat(stale.at("/results/0/conflictIds").isMissingNode()
                        || stale.at("/results/0/conflictIds").isEmpty())
                .isTrue();
        JsonNode page = org.pull(counsellor, 0);
        assertThat(page.get("records").toString()).doesNotContain("\"kind\":\"conflict\"");
        assertThat(record(page, trainingId).at("/fields/plannedHours").asDouble())
                .isEqualTo(35.0);
        // a different number still conflicts
        JsonNode different = org.push(
                counsellor, Changes.batch(Changes.upsert("training", trainingId, beneficiaryId, 1, "doneHours", 7.5)));
        assertThat(different.at("/results/0/status").asText()).isEqualTo("MERGED_WITH_CONFLICT");
    }

    @Test
    void anEditOfADeletedRecordIsAConflictCarryingTheWholeRecordAsItWouldBeKept() {
        org.push(counsellor, Changes.batch(Changes.delete("goal", goalId, beneficiaryId, 1)));
        JsonNode edit =
                org.push(person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));

        assertThat(edit.at("/results/0/status").asText()).isEqualTo("MERGED_WITH_CONFLICT");
        JsonNode page = org.pull(person, 0);
        JsonNode tombstone = record(page, goalId);
        assertThat(tombstone.get("deleted").asBoolean()).isTrue();
        assertThat(tombstone.get("fields").size())
                .as("a tombstone is served without fields")
                .isZero();
        JsonNode conflict =
                record(page, UUID.fromString(edit.at("/results/0/conflictIds/0").asText()));
        assertThat(conflict.at("/fields/field").asText()).isEqualTo("_deleted");
        assertThat(conflict.at("/fields/serverValue").asBoolean()).isTrue();
        assertThat(conflict.at("/fields/clientValue").isBoolean()).isTrue();
        assertThat(conflict.at("/fields/clientValue").asBoolean()).isFalse();
        JsonNode kept = conflict.at("/fields/recordFields");
        assertThat(kept.get("status").asText()).as("the edit").isEqualTo("ATTEINT");
        assertThat(kept.get("phrasing").asText())
                .as("the last live fields")
                .isEqualTo("Je me sens capable de passer le permis B");
        assertThat(kept.get("openedOn").asText()).isEqualTo("2026-02-01");
    }

    @Test
    void keepingTheRecordRevivesItWhenTheUpsertStartsFromTheTombstone() {
        org.push(counsellor, Changes.batch(Changes.delete("goal", goalId, beneficiaryId, 1)));
        JsonNode edit =
                org.push(person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        UUID conflictId = UUID.fromString(edit.at("/results/0/conflictIds/0").asText());
        JsonNode page = org.pull(counsellor, 0);
        long tombstoneVersion = record(page, goalId).get("version").asLong();
        JsonNode kept = record(page, conflictId).at("/fields/recordFields");

        // an upsert that has not seen the tombstone still conflicts
        JsonNode stale = org.push(
                person,
                Changes.batch(
                        Changes.upsert("goal", goalId, beneficiaryId, tombstoneVersion - 1, "status", "REPORTE")));
        assertThat(stale.at("/results/0/status").asText()).isEqualTo("MERGED_WITH_CONFLICT");
        tombstoneVersion =
                record(org.pull(counsellor, 0), goalId).get("version").asLong();

        // a partial record cannot revive: required fields are checked as for a create
        JsonNode partial = org.push(
                counsellor,
                Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, tombstoneVersion, "status", "ATTEINT")));
        assertThat(partial.at("/results/0/code").asInt()).isEqualTo(422);

        com.fasterxml.jackson.databind.node.ObjectNode revive =
                Changes.upsert("goal", goalId, beneficiaryId, tombstoneVersion);
        revive.set("fields", kept);
        JsonNode result = org.push(
                counsellor,
                Changes.batch(
                        revive,
                        Changes.upsert(
                                "conflict",
                                conflictId,
                                beneficiaryId,
                                1,
                                "status",
                                "RESOLVED",
                                "resolvedValue",
                                false)));

        assertThat(result.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(result.at("/results/1/status").asText()).isEqualTo("APPLIED");
        JsonNode goal = record(org.pull(person, 0), goalId);
        assertThat(goal.get("deleted").asBoolean()).isFalse();
        assertThat(goal.get("version").asLong()).isEqualTo(tombstoneVersion + 1);
        assertThat(goal.at("/fields/status").asText()).isEqualTo("ATTEINT");
        assertThat(goal.at("/fields/phrasing").asText()).isEqualTo("Je me sens capable de passer le permis B");
        // the revived record merges like any other from now on
        JsonNode later = org.push(
                person,
                Changes.batch(Changes.upsert(
                        "goal", goalId, beneficiaryId, tombstoneVersion + 1, "targetDate", "2027-01-31")));
        assertThat(later.at("/results/0/status").asText()).isEqualTo("APPLIED");
    }

    @Test
    void aDeleteAgainstANewerEditCarriesTheLiveRecordAndCanStillBeConfirmed() {
        org.push(person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        JsonNode result = org.push(counsellor, Changes.batch(Changes.delete("goal", goalId, beneficiaryId, 1)));
        JsonNode page = org.pull(counsellor, 0);
        JsonNode conflict = record(
                page, UUID.fromString(result.at("/results/0/conflictIds/0").asText()));
        assertThat(conflict.at("/fields/serverValue").asBoolean()).isFalse();
        assertThat(conflict.at("/fields/clientValue").asBoolean()).isTrue();
        assertThat(conflict.at("/fields/recordFields/status").asText()).isEqualTo("ATTEINT");
        assertThat(conflict.at("/fields/recordFields/theme").asText()).isEqualTo("MOBILITE");

        long version = record(page, goalId).get("version").asLong();
        JsonNode confirmed =
                org.push(counsellor, Changes.batch(Changes.delete("goal", goalId, beneficiaryId, version)));
        assertThat(confirmed.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(person, 0), goalId).get("deleted").asBoolean())
                .isTrue();
    }

    @Test
    void aDeviceCannotWriteTheRecordFieldsOfAConflict() {
        org.push(counsellor, Changes.batch(Changes.delete("goal", goalId, beneficiaryId, 1)));
        JsonNode edit =
                org.push(person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        UUID conflictId = UUID.fromString(edit.at("/results/0/conflictIds/0").asText());
        JsonNode forged = org.push(
                person, Changes.batch(Changes.upsert("conflict", conflictId, beneficiaryId, 1, "recordFields", "{}")));
        assertThat(forged.at("/results/0/code").asInt()).isEqualTo(422);
    }

    @Test
    void oneInvalidChangeDoesNotBlockTheRestOfTheBatch() {
        UUID good = UUID.randomUUID();
        JsonNode result = org.push(
                counsellor,
                Changes.batch(
                        Changes.upsert(
                                "checkIn",
                                UUID.randomUUID(),
                                beneficiaryId,
                                0,
                                "goalId",
                                goalId.toString(),
                                "rater",
                                "COUNSELLOR",
                                "rating",
                                11,
                                "ratedAt",
                                "2026-11-20T10:00:00Z"),
                        Changes.newGoal(good, beneficiaryId)));

        assertThat(result.at("/results/0/status").asText()).isEqualTo("REJECTED");
        assertThat(result.at("/results/0/code").asInt()).isEqualTo(422);
        assertThat(result.at("/results/0/reason").asText()).contains("rating");
        assertThat(result.at("/results/1/status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(counsellor, 0), good)).isNotNull();
    }
}
