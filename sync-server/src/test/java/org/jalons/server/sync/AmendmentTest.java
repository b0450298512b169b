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
 * Corrections of append-only records (PROTOCOL.md, "Amendments"): a new interview or note whose {@code amends} names
 * the original of the same person; never an amendment, never the other voice's note; {@code amendedBy} is the
 * server's.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AmendmentTest {

    @Parameter
    Backend backend;

    PersonInCaseload person;
    Org org;
    UUID beneficiaryId;
    UUID interview;

    @BeforeEach
    void setUp() {
        person = PersonInCaseload.on(backend);
        org = person.org;
        beneficiaryId = person.beneficiaryId;
        interview = UUID.randomUUID();
        assertApplied(person.push(interview(interview, beneficiaryId, "Entretien au bureua", null, null)), 0);
    }

    private static ObjectNode interview(UUID id, UUID beneficiaryId, String notes, UUID amends, String amendedAt) {
        ObjectNode change = Changes.upsert(
                "interview", id, beneficiaryId, 0, "date", "2026-11-20", "place", "STRUCTURE", "notes", notes);
        ObjectNode fields = (ObjectNode) change.get("fields");
        if (amends != null) {
            fields.put("amends", amends.toString());
        }
        if (amendedAt != null) {
            fields.put("amendedAt", amendedAt);
        }
        return change;
    }

    private ObjectNode note(UUID id, String author, String text, UUID amends) {
        ObjectNode change = Changes.upsert(
                "note", id, beneficiaryId, 0, "text", text, "writtenAt", "2026-11-21T09:00:00Z", "authorRole", author);
        if (amends != null) {
            ((ObjectNode) change.get("fields")).put("amends", amends.toString());
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
    void aCorrectionIsANewRecordBesideTheOriginalWithTheServersNameForWhoAmended() {
        UUID correction = UUID.randomUUID();
        ObjectNode change =
                interview(correction, beneficiaryId, "Entretien au bureau", interview, "2026-12-03T10:00:00Z");
        ((ObjectNode) change.get("fields")).put("amendedBy", "Quelqu’un d’autre");
        assertApplied(person.push(change), 0);

        JsonNode page = person.pull(0);
        assertThat(record(page, interview).at("/fields/notes").asText()).isEqualTo("Entretien au bureua");
        assertThat(record(page, interview).at("/fields/amendedBy").isMissingNode())
                .isTrue();
        JsonNode amended = record(page, correction).get("fields");
        assertThat(amended.get("notes").asText()).isEqualTo("Entretien au bureau");
        assertThat(amended.get("amends").asText()).isEqualTo(interview.toString());
        assertThat(amended.get("amendedBy").asText()).isEqualTo(PersonInCaseload.COUNSELLOR);
        // the person's phone receives both versions
        JsonNode theirs = org.pull(org.beneficiaryUser(beneficiaryId), 0);
        assertThat(record(theirs, correction).at("/fields/amendedBy").asText()).isEqualTo(PersonInCaseload.COUNSELLOR);
    }

    @Test
    void twoCorrectionsOfTheSameOriginalAreBothKept() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Org.Member colleague = org.counsellor("Léa Martin");
        org.server.addToCaseload(org.id, colleague.user().id(), beneficiaryId);
        assertApplied(person.push(interview(first, beneficiaryId, "Version A", interview, "2026-12-03T10:00:00Z")), 0);
        assertApplied(
                org.push(
                        colleague,
                        Changes.batch(
                                interview(second, beneficiaryId, "Version B", interview, "2026-12-03T11:00:00Z"))),
                0);
        JsonNode page = person.pull(0);
        assertThat(record(page, first).at("/fields/amendedBy").asText()).isEqualTo(PersonInCaseload.COUNSELLOR);
        assertThat(record(page, second).at("/fields/amendedBy").asText()).isEqualTo("Léa Martin");
    }

    @Test
    void aCorrectionOfACorrectionIsRefusedItMustNameTheOriginal() {
        UUID first = UUID.randomUUID();
        assertApplied(person.push(interview(first, beneficiaryId, "Version A", interview, "2026-12-03T10:00:00Z")), 0);
        UUID second = UUID.randomUUID();
        JsonNode result = person.push(interview(second, beneficiaryId, "Version B", first, "2026-12-03T11:00:00Z"));
        assertRejected(result, 0, 422, "amends_an_amendment");
        assertThat(person.pull(0).toString()).doesNotContain(second.toString());
    }

    @Test
    void aCorrectionNamingAnotherPersonsRecordAnotherKindOrNothingIsRefused() {
        UUID other = org.newBeneficiary(person.counsellor);
        UUID theirs = UUID.randomUUID();
        assertApplied(person.push(interview(theirs, other, "Autre personne", null, null)), 0);
        UUID note = UUID.randomUUID();
        assertApplied(person.push(note(note, "COUNSELLOR", "Une note", null)), 0);

        JsonNode result = person.push(
                interview(UUID.randomUUID(), beneficiaryId, "x", theirs, "2026-12-03T10:00:00Z"),
                interview(UUID.randomUUID(), beneficiaryId, "x", note, "2026-12-03T10:00:00Z"),
                interview(UUID.randomUUID(), beneficiaryId, "x", UUID.randomUUID(), "2026-12-03T10:00:00Z"),
                note(UUID.randomUUID(), "COUNSELLOR", "x", interview));
        for (int i = 0; i < 4; i++) {
            assertRejected(result, i, 422, "amends_out_of_reach");
        }
    }

    @Test
    void anInterviewCorrectionSaysWhenAndOnlyACorrectionDoes() {
        JsonNode result = person.push(
                interview(UUID.randomUUID(), beneficiaryId, "sans date", interview, null),
                interview(UUID.randomUUID(), beneficiaryId, "date sans original", null, "2026-12-03T10:00:00Z"));
        assertRejected(result, 0, 422, "invalid_change");
        assertRejected(result, 1, 422, "invalid_change");
    }

    @Test
    void eachVoiceCorrectsOnlyItsOwnNotes() {
        Org.Member own = org.beneficiaryUser(beneficiaryId);
        UUID theirNote = UUID.randomUUID();
        UUID myNote = UUID.randomUUID();
        assertApplied(org.push(own, Changes.batch(note(theirNote, "BENEFICIARY", "Ma note", null))), 0);
        assertApplied(person.push(note(myNote, "COUNSELLOR", "Note de la conseillère", null)), 0);

        // the counsellor cannot correct the person's note, nor the person the counsellor's
        assertRejected(person.push(note(UUID.randomUUID(), "COUNSELLOR", "x", theirNote)), 0, 403, "forbidden_write");
        assertRejected(
                org.push(own, Changes.batch(note(UUID.randomUUID(), "BENEFICIARY", "x", myNote))),
                0,
                403,
                "forbidden_write");
        // each corrects their own
        UUID corrected = UUID.randomUUID();
        assertApplied(org.push(own, Changes.batch(note(corrected, "BENEFICIARY", "Ma note corrigée", theirNote))), 0);
        assertApplied(person.push(note(UUID.randomUUID(), "COUNSELLOR", "Note corrigée", myNote)), 0);
        assertThat(record(person.pull(0), corrected).at("/fields/amendedBy").asText())
                .isEqualTo(own.user().displayName());
        // the person never writes interviews, corrections included
        assertRejected(
                org.push(
                        own,
                        Changes.batch(
                                interview(UUID.randomUUID(), beneficiaryId, "x", interview, "2026-12-03T10:00:00Z"))),
                0,
                403,
                "forbidden_write");
    }
}
