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
 * A visit's two voices: each check-in its own comment, and the answer to "what makes us see things differently?"
 * ({@code gapAnswer}) kept on both. Stored and served to the counsellor and to the person, refused past its limit.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class CheckInGapAnswerTest {
    static final String ANSWER = "Je pense au code,\nma conseillère pense à la conduite.";

    @Parameter
    Backend backend;

    PersonInCaseload person;
    Org org;
    Org.Member counsellor;
    UUID beneficiaryId;
    UUID goalId;

    @BeforeEach
    void setUp() {
        person = PersonInCaseload.on(backend);
        org = person.org;
        counsellor = person.counsellor;
        beneficiaryId = person.beneficiaryId;
        goalId = UUID.randomUUID();
        JsonNode goal = person.push(Changes.newGoal(goalId, beneficiaryId));
        assertThat(goal.at("/results/0/status").asText()).as(goal.toString()).isEqualTo("APPLIED");
    }

    private ObjectNode checkIn(UUID id, String rater, int rating, String comment, String gapAnswer) {
        return Changes.upsert(
                "checkIn",
                id,
                beneficiaryId,
                0,
                "goalId",
                goalId.toString(),
                "rater",
                rater,
                "rating",
                rating,
                "comment",
                comment,
                "gapAnswer",
                gapAnswer,
                "ratedAt",
                "2026-11-20T10:00:00Z");
    }

    @Test
    void bothVoicesOfAVisitAreStoredApartWithTheirGapAnswerAndServedToBoth() {
        UUID self = UUID.randomUUID();
        UUID mine = UUID.randomUUID();
        JsonNode applied = person.push(
                checkIn(self, "BENEFICIARY", 8, "Je connais le code", ANSWER),
                checkIn(mine, "COUNSELLOR", 5, "Encore deux leçons", ANSWER),
                Changes.upsert(
                        "interview", UUID.randomUUID(), beneficiaryId, 0, "date", "2026-11-20", "place", "DOMICILE"));
        for (int i = 0; i < 3; i++) {
            assertThat(applied.at("/results/" + i + "/status").asText())
                    .as(applied.toString())
                    .isEqualTo("APPLIED");
        }
        for (JsonNode page : new JsonNode[] {person.pull(0), org.pull(org.beneficiaryUser(beneficiaryId), 0)}) {
            JsonNode personVoice = record(page, self).get("fields");
            JsonNode counsellorVoice = record(page, mine).get("fields");
            assertThat(personVoice.get("rating").asInt()).isEqualTo(8);
            assertThat(personVoice.get("comment").asText()).isEqualTo("Je connais le code");
            assertThat(personVoice.get("gapAnswer").asText()).isEqualTo(ANSWER);
            assertThat(counsellorVoice.get("rating").asInt()).isEqualTo(5);
            assertThat(counsellorVoice.get("comment").asText()).isEqualTo("Encore deux leçons");
            assertThat(counsellorVoice.get("gapAnswer").asText()).isEqualTo(ANSWER);
        }
    }

    @Test
    void thePersonMayWriteAGapAnswerOnTheirOwnRating() {
        UUID self = UUID.randomUUID();
        Org.Member own = org.beneficiaryUser(beneficiaryId);
        JsonNode applied = org.push(own, Changes.batch(checkIn(self, "BENEFICIARY", 7, "Ça avance", ANSWER)));
        assertThat(applied.at("/results/0/status").asText())
                .as(applied.toString())
                .isEqualTo("APPLIED");
        assertThat(record(person.pull(0), self).at("/fields/gapAnswer").asText())
                .isEqualTo(ANSWER);
    }

    @Test
    void aGapAnswerPastItsLimitOrWithAControlCharacterIsRefusedAndNothingIsStored() {
        UUID tooLong = UUID.randomUUID();
        UUID control = UUID.randomUUID();
        UUID atTheLimit = UUID.randomUUID();
        JsonNode result = person.push(
                checkIn(tooLong, "COUNSELLOR", 5, "", "a".repeat(2001)),
                checkIn(control, "COUNSELLOR", 5, "", "a\u0007b"),
                checkIn(atTheLimit, "COUNSELLOR", 5, "", "a".repeat(2000)));
        for (int i = 0; i < 2; i++) {
            assertThat(result.at("/results/" + i + "/status").asText())
                    .as(result.toString())
                    .isEqualTo("REJECTED");
            assertThat(result.at("/results/" + i + "/code").asInt()).isEqualTo(422);
        }
        assertThat(result.at("/results/2/status").asText()).isEqualTo("APPLIED");
        String pulled = person.pull(0).toString();
        assertThat(pulled).doesNotContain(tooLong.toString()).doesNotContain(control.toString());
        assertThat(record(person.pull(0), atTheLimit).at("/fields/gapAnswer").asText())
                .hasSize(2000);
    }
}
