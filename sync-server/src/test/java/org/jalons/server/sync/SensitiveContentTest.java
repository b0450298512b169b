package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.PersonInCaseload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Health and justice data beyond barriers: health goals and what hangs on them, revealing eligibility codes. */
@ParameterizedClass
@EnumSource(Backend.class)
class SensitiveContentTest {

    @Parameter
    Backend backend;

    PersonInCaseload person;
    Org org;
    Org.Member counsellor;
    UUID beneficiaryId;

    @BeforeEach
    void setUp() {
        person = PersonInCaseload.on(backend);
        org = person.org;
        counsellor = person.counsellor;
        beneficiaryId = person.beneficiaryId;
    }

    @Test
    void aHealthGoalAndItsStepsCheckInsAndTrainingsAreStoredAndServedOnlyWithHealthConsent() {
        UUID goalId = UUID.randomUUID();
        assertConsentMissing(healthGoal(goalId));

        person.consent("HEALTH", true);
        UUID stepId = UUID.randomUUID();
        UUID checkInId = UUID.randomUUID();
        UUID trainingId = UUID.randomUUID();
        JsonNode pushed = org.push(
                counsellor,
                Changes.batch(
                        healthGoal(goalId),
                        step(stepId, goalId),
                        checkIn(checkInId, goalId),
                        training(trainingId, goalId)));
        pushed.get("results").forEach(r -> assertThat(r.get("status").asText()).isEqualTo("APPLIED"));
        assertThat(org.pull(counsellor, 0).get("records").toString()).contains("sevrage");

        person.consent("HEALTH", false);

        assertNotServed(List.of(goalId, stepId, checkInId, trainingId), "sevrage");
        assertConsentMissing(checkIn(UUID.randomUUID(), goalId));
    }

    @Test
    void aGoalThatComesToBeAboutHealthTakesItsStepsAndCheckInsAlong() {
        UUID goalId = UUID.randomUUID();
        UUID checkInId = UUID.randomUUID();
        UUID stepId = UUID.randomUUID();
        org.push(
                counsellor,
                Changes.batch(
                        Changes.newGoal(goalId, beneficiaryId), checkIn(checkInId, goalId), step(stepId, goalId)));
        person.consent("HEALTH", true);
        JsonNode moved =
                org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "theme", "SANTE")));
        assertThat(moved.at("/results/0/status").asText()).isEqualTo("APPLIED");

        person.consent("HEALTH", false);

        assertNotServed(List.of(goalId, stepId, checkInId), "sevrage");
    }

    @Test
    void eligibilityCodesThatRevealHealthOrJusticeNeedTheirConsentAndAreLeftOutWithoutIt() {
        assertConsentMissing(eligibility("RSA", "RQTH"));
        assertConsentMissing(eligibility("AAH"));
        person.consent("HEALTH", true);
        assertConsentMissing(eligibility("RQTH", "SORTANT_DETENTION"));

        JsonNode applied = org.push(counsellor, Changes.batch(eligibility("RSA", "RQTH")));
        assertThat(applied.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(counsellor, 0), beneficiaryId)
                        .at("/fields/eligibility")
                        .toString())
                .isEqualTo("[\"RSA\",\"RQTH\"]");

        person.consent("HEALTH", false);

        JsonNode profile = record(org.pull(counsellor, 0), beneficiaryId); // still served, without the code
        assertThat(profile.at("/fields/eligibility").toString()).isEqualTo("[\"RSA\"]");
        assertThat(profile.at("/fields/displayName").asText()).isEqualTo("Samia B.");
        JsonNode snapshot = org.api
                .get("/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId, counsellor.token())
                .json();
        assertThat(record(snapshot, beneficiaryId).at("/fields/eligibility").toString())
                .isEqualTo("[\"RSA\"]");
    }

    private JsonNode healthGoal(UUID goalId) {
        return Changes.upsert(
                "goal",
                goalId,
                beneficiaryId,
                0,
                "theme",
                "SANTE",
                "phrasing",
                "Je me sens capable de tenir mon sevrage",
                "proposedBy",
                "JOINT",
                "status",
                "EN_COURS",
                "openedOn",
                "2026-02-01");
    }

    private JsonNode step(UUID id, UUID goalId) {
        return Changes.upsert(
                "goalStep",
                id,
                beneficiaryId,
                0,
                "goalId",
                goalId.toString(),
                "label",
                "Rendez-vous au centre de sevrage",
                "status",
                "A_FAIRE");
    }

    private JsonNode checkIn(UUID id, UUID goalId) {
        return Changes.upsert(
                "checkIn",
                id,
                beneficiaryId,
                0,
                "goalId",
                goalId.toString(),
                "rater",
                "COUNSELLOR",
                "rating",
                6,
                "ratedAt",
                "2026-11-20T10:00:00Z",
                "comment",
                "Le sevrage tient");
    }

    private JsonNode training(UUID id, UUID goalId) {
        return Changes.upsert(
                "training",
                id,
                beneficiaryId,
                0,
                "goalId",
                goalId.toString(),
                "title",
                "Atelier prévention après sevrage",
                "trainingKind",
                "IN_HOUSE",
                "certification",
                "NONE",
                "status",
                "PREVUE");
    }

    private JsonNode eligibility(String... codes) {
        return Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "eligibility", List.of(codes));
    }

    private void assertNotServed(List<UUID> ids, String text) {
        String pulled = org.pull(counsellor, 0).get("records").toString();
        String snapshot = org.api
                .get("/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId, counsellor.token())
                .json()
                .get("records")
                .toString();
        for (UUID id : ids) {
            assertThat(pulled).doesNotContain(id.toString());
            assertThat(snapshot).doesNotContain(id.toString());
        }
        assertThat(pulled).doesNotContain(text);
        assertThat(snapshot).doesNotContain(text);
    }

    private void assertConsentMissing(JsonNode change) {
        JsonNode result = org.push(counsellor, Changes.batch(change));
        assertThat(result.at("/results/0/code").asInt()).as(result.toString()).isEqualTo(422);
        assertThat(result.at("/results/0/error").asText()).isEqualTo("consent_missing");
    }
}
