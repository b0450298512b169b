package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * Corrections of the words said with a rating (PROTOCOL.md, "Amendments"): a new check-in whose {@code amends}
 * names the original, with the same goal, voice, rating and moment; each voice corrects its own words only.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CheckInAmendmentTest {
    static final String RATED_AT = "2026-11-20T10:00:00Z";
    static final String CORRECTED_AT = "2026-11-21T09:00:00Z";

    @Parameter
    Backend backend;

    PersonInCaseload person;
    Org org;
    UUID beneficiaryId;
    UUID goal;
    UUID counsellors;

    @BeforeEach
    void setUp() {
        person = PersonInCaseload.on(backend);
        org = person.org;
        beneficiaryId = person.beneficiaryId;
        goal = UUID.randomUUID();
        counsellors = UUID.randomUUID();
        assertApplied(
                person.push(
                        Changes.upsert(
                                "goal",
                                goal,
                                beneficiaryId,
                                0,
                                "theme",
                                "MOBILITE",
                                "phrasing",
                                "Je me sens capable de prendre le bus",
                                "proposedBy",
                                "JOINT",
                                "status",
                                "EN_COURS",
                                "openedOn",
                                "2026-11-01"),
                        checkIn(counsellors, "COUNSELLOR", 6, RATED_AT, "Bon progrè", null, null)),
                1);
    }

    private ObjectNode checkIn(
            UUID id, String rater, int rating, String ratedAt, String comment, UUID amends, String amendedAt) {
        ObjectNode change = Changes.upsert(
                "checkIn",
                id,
                beneficiaryId,
                0,
                "goalId",
                goal.toString(),
                "rater",
                rater,
                "rating",
                rating,
                "comment",
                comment,
                "ratedAt",
                ratedAt);
        ObjectNode fields = (ObjectNode) change.get("fields");
        if (amends != null) {
            fields.put("amends", amends.toString());
        }
        if (amendedAt != null) {
            fields.put("amendedAt", amendedAt);
        }
        return change;
    }

    private static void assertApplied(JsonNode result, int index) {
        assertThat(result.at("/results/" + index + "/status").asText())
                .as(result.toString())
                .isEqualTo("APPLIED");
    }

    private static void assertRejected(JsonNode result, int index, int code, String error) {
        assertThat(result.at("/results/" + index + "/status").asText())
                .as(result.toString())
                .isEqualTo("REJECTED");
        assertThat(result.at("/results/" + index + "/code").asInt()).isEqualTo(code);
        assertThat(result.at("/results/" + index + "/error").asText()).isEqualTo(error);
    }

    @Test
    void aCommentIsCorrectedBesideTheOriginalWithTheServersNameForWhoCorrected() {
        UUID correction = UUID.randomUUID();
        ObjectNode change = checkIn(correction, "COUNSELLOR", 6, RATED_AT, "Bons progrès", counsellors, CORRECTED_AT);
        ((ObjectNode) change.get("fields")).put("amendedBy", "Quelqu’un d’autre");
        assertApplied(person.push(change), 0);

        JsonNode page = person.pull(0);
        assertThat(record(page, counsellors).at("/fields/comment").asText()).isEqualTo("Bon progrè");
        JsonNode amended = record(page, correction).get("fields");
        assertThat(amended.get("comment").asText()).isEqualTo("Bons progrès");
        assertThat(amended.get("amends").asText()).isEqualTo(counsellors.toString());
        assertThat(amended.get("amendedBy").asText()).isEqualTo(PersonInCaseload.COUNSELLOR);
    }

    @Test
    void aCorrectionChangesWordsNeverTheRatingItsGoalItsVoiceOrItsMoment() {
        UUID otherGoal = UUID.randomUUID();
        ObjectNode movedGoal = checkIn(UUID.randomUUID(), "COUNSELLOR", 6, RATED_AT, "x", counsellors, CORRECTED_AT);
        ((ObjectNode) movedGoal.get("fields")).put("goalId", otherGoal.toString());
        JsonNode result = person.push(
                checkIn(UUID.randomUUID(), "COUNSELLOR", 8, RATED_AT, "x", counsellors, CORRECTED_AT),
                checkIn(UUID.randomUUID(), "COUNSELLOR", 6, "2026-11-22T10:00:00Z", "x", counsellors, CORRECTED_AT),
                movedGoal);
        assertRejected(result, 0, 422, "amends_changes_the_rating");
        assertRejected(result, 1, 422, "amends_changes_the_rating");
        assertThat(result.at("/results/2/status").asText()).isEqualTo("REJECTED");
        // a correction says when it was written, and only a correction does
        JsonNode dated = person.push(
                checkIn(UUID.randomUUID(), "COUNSELLOR", 6, RATED_AT, "sans date", counsellors, null),
                checkIn(UUID.randomUUID(), "COUNSELLOR", 5, RATED_AT, "date sans original", null, CORRECTED_AT));
        assertRejected(dated, 0, 422, "invalid_change");
        assertRejected(dated, 1, 422, "invalid_change");
    }

    @Test
    void eachVoiceCorrectsOnlyItsOwnWords() {
        Org.Member own = org.beneficiaryUser(beneficiaryId);
        UUID hers = UUID.randomUUID();
        assertApplied(
                org.push(own, Changes.batch(checkIn(hers, "BENEFICIARY", 7, RATED_AT, "Je prend le bus", null, null))),
                0);
        JsonNode theirs = org.push(
                own,
                Changes.batch(
                        checkIn(UUID.randomUUID(), "BENEFICIARY", 7, RATED_AT, "Je prends le bus", hers, CORRECTED_AT),
                        checkIn(
                                UUID.randomUUID(),
                                "COUNSELLOR",
                                6,
                                RATED_AT,
                                "Bons progrès",
                                counsellors,
                                CORRECTED_AT)));
        assertApplied(theirs, 0);
        assertRejected(theirs, 1, 403, "forbidden_write");
        // the counsellor never corrects the person's words outside a visit
        JsonNode counsellor =
                person.push(checkIn(UUID.randomUUID(), "BENEFICIARY", 7, RATED_AT, "Autre chose", hers, CORRECTED_AT));
        assertRejected(counsellor, 0, 403, "forbidden_write");
    }
}
