package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.Map;
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
 * A conflict copies the values of the record it is about: what consent keeps out of that record (a contact, a
 * revealing eligibility code, a health or justice barrier) stays out of the conflict, on pull and snapshot, for the
 * counsellor's devices and the person's own phone alike.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ConsentInConflictsTest {

    static final String PHONE = "06 12 34 56 78, 4 rue des Lilas";
    static final String NEW_PHONE = "07 98 76 54 32, 12 avenue Jaurès";
    static final String OTHER_PHONE = "06 55 44 33 22, foyer Les Tilleuls";

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    Org.Member otherPhone;
    Org.Member personsPhone;
    UUID beneficiaryId;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        otherPhone = org.member(counsellor.user());
        beneficiaryId = org.newBeneficiary(counsellor);
        personsPhone = org.beneficiaryUser(beneficiaryId);
    }

    @Test
    void aConflictAboutTheContactIsNotServedAfterWithdrawalAndComesBackWithTheConsent() {
        consent("IDENTITY_CONTACT", true);
        UUID conflictId = contactConflict();
        assertServed(conflictId, NEW_PHONE, OTHER_PHONE);

        consent("IDENTITY_CONTACT", false);

        assertNotServed(conflictId, PHONE, NEW_PHONE, OTHER_PHONE);
        consent("IDENTITY_CONTACT", true); // kept, as the contact of the record itself
        assertServed(conflictId, NEW_PHONE, OTHER_PHONE);
    }

    @Test
    void aConflictAboutTheContactMadeWhileTheConsentIsAbsentDoesNotServeTheStoredContact() {
        consent("IDENTITY_CONTACT", true);
        org.applied(counsellor, contact(1, PHONE));
        consent("IDENTITY_CONTACT", false);

        // clearing needs no consent; the stale clear conflicts with the stored contact, which the conflict copies
        UUID conflictId = Org.conflictOf(org.applied(otherPhone, contact(1, NullNode.getInstance())));

        assertNotServed(conflictId, PHONE);
    }

    @Test
    void resolvingAConflictAboutTheContactWithAContactNeedsTheConsent() {
        consent("IDENTITY_CONTACT", true);
        UUID conflictId = contactConflict();
        consent("IDENTITY_CONTACT", false);

        JsonNode result = org.push(
                otherPhone,
                Changes.batch(Changes.upsert(
                        "conflict",
                        conflictId,
                        beneficiaryId,
                        1,
                        "status",
                        "RESOLVED",
                        "resolvedValue",
                        "01 23 45 67 89, 1 place du Marché")));

        assertThat(result.at("/results/0/code").asInt()).as(result.toString()).isEqualTo(422);
        assertThat(result.at("/results/0/error").asText()).isEqualTo("consent_missing");
        consent("IDENTITY_CONTACT", true);
        assertThat(served(counsellor)).doesNotContain("place du Marché");
    }

    @Test
    void aDeletedConflictsRecordFieldsLeaveOutTheContactWithoutTheConsent() {
        consent("IDENTITY_CONTACT", true);
        org.applied(counsellor, contact(1, PHONE));
        consent("IDENTITY_CONTACT", false);

        // a delete that did not see the contact's edit keeps the record: recordFields is the whole record
        UUID conflictId =
                Org.conflictOf(org.applied(otherPhone, Changes.delete("beneficiary", beneficiaryId, beneficiaryId, 1)));

        for (JsonNode page : pages(counsellor)) {
            JsonNode conflict = record(page, conflictId);
            assertThat(conflict.at("/fields/recordFields/displayName").asText()).isEqualTo("Samia B.");
            assertThat(conflict.at("/fields/recordFields").has("contact")).isFalse();
        }
        assertThat(served(personsPhone)).contains(conflictId.toString()).doesNotContain(PHONE);
        consent("IDENTITY_CONTACT", true);
        assertThat(record(org.pull(counsellor, 0), conflictId)
                        .at("/fields/recordFields/contact")
                        .asText())
                .isEqualTo(PHONE);
    }

    @Test
    void anEditOfADeletedRecordKeepsItsStoredContactOutOfTheConflictWithoutTheConsent() {
        consent("IDENTITY_CONTACT", true);
        org.applied(counsellor, contact(1, PHONE));
        org.applied(counsellor, Changes.delete("beneficiary", beneficiaryId, beneficiaryId, 2));
        consent("IDENTITY_CONTACT", false);

        // the edit did not see the delete: recordFields is the last live record (its contact too) with the edit
        UUID conflictId = Org.conflictOf(org.applied(
                otherPhone,
                Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 2, "displayName", "Samia Ben.")));

        for (JsonNode page : pages(counsellor)) {
            assertThat(record(page, conflictId)
                            .at("/fields/recordFields/displayName")
                            .asText())
                    .isEqualTo("Samia Ben.");
        }
        assertThat(served(counsellor)).doesNotContain(PHONE);
        assertThat(served(personsPhone)).doesNotContain(PHONE);
    }

    @Test
    void aDeletedConflictsResolutionThatLaysAContactOverTheRecordNeedsTheConsentAndIsStrippedAfterWithdrawal() {
        org.applied(counsellor, Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "site", "Atelier nord"));
        UUID conflictId =
                Org.conflictOf(org.applied(otherPhone, Changes.delete("beneficiary", beneficiaryId, beneficiaryId, 1)));
        // "keep the record", with fields the person wrote laid over it (the app sends them as the resolved value)
        JsonNode resolution = Changes.upsert(
                "conflict",
                conflictId,
                beneficiaryId,
                1,
                "status",
                "RESOLVED",
                "resolvedValue",
                Map.of("displayName", "Samia B.", "contact", PHONE));

        JsonNode refused = org.push(otherPhone, Changes.batch(resolution));
        assertThat(refused.at("/results/0/error").asText())
                .as(refused.toString())
                .isEqualTo("consent_missing");

        consent("IDENTITY_CONTACT", true);
        org.applied(otherPhone, resolution);
        assertServed(conflictId, PHONE);
        consent("IDENTITY_CONTACT", false);
        for (JsonNode page : pages(counsellor)) {
            JsonNode conflict = record(page, conflictId);
            assertThat(conflict.at("/fields/resolvedValue/displayName").asText())
                    .isEqualTo("Samia B.");
            assertThat(conflict.at("/fields/resolvedValue").has("contact")).isFalse();
        }
        assertThat(served(personsPhone)).doesNotContain(PHONE);
    }

    @Test
    void resolvingABarrierConflictIntoHealthNeedsHealthConsentAndIsServedOnlyWithIt() {
        consent("JUSTICE", true);
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        0,
                        "area",
                        "JUSTICE",
                        "status",
                        "BESOIN",
                        "note",
                        "Contrôle judiciaire"));
        org.applied(counsellor, Changes.upsert("barrier", barrierId, beneficiaryId, 1, "status", "POINT_APPUI"));
        UUID conflictId =
                Org.conflictOf(org.applied(otherPhone, Changes.delete("barrier", barrierId, beneficiaryId, 1)));
        JsonNode resolution = Changes.upsert(
                "conflict",
                conflictId,
                beneficiaryId,
                1,
                "status",
                "RESOLVED",
                "resolvedValue",
                Map.of("area", "SANTE", "note", "Suivi psychiatrique"));

        JsonNode refused = org.push(otherPhone, Changes.batch(resolution));
        assertThat(refused.at("/results/0/error").asText())
                .as(refused.toString())
                .isEqualTo("consent_missing");

        consent("HEALTH", true);
        org.applied(otherPhone, resolution);
        consent("HEALTH", false);
        assertNotServed(conflictId, "psychiatrique");
    }

    @Test
    void aConflictAboutEligibilityLeavesOutTheCodesWhoseConsentIsWithdrawn() {
        consent("HEALTH", true);
        consent("JUSTICE", true);
        org.applied(counsellor, eligibility(1, "RQTH"));
        org.applied(counsellor, eligibility(2, "RSA", "RQTH"));
        UUID conflictId = Org.conflictOf(org.applied(otherPhone, eligibility(2, "SORTANT_DETENTION")));
        assertThat(served(counsellor)).contains("RQTH");

        consent("HEALTH", false);

        for (JsonNode page : pages(counsellor)) {
            JsonNode conflict = record(page, conflictId); // justice consent in force: served, without the health code
            assertThat(conflict.at("/fields/serverValue").toString()).isEqualTo("[\"RSA\"]");
            assertThat(conflict.at("/fields/clientValue").toString()).isEqualTo("[\"SORTANT_DETENTION\"]");
        }
        assertThat(served(counsellor)).doesNotContain("RQTH");
        assertThat(served(personsPhone)).doesNotContain("RQTH");
    }

    @Test
    void resolvingAnEligibilityConflictWithAHealthCodeNeedsHealthConsentEvenWithJusticeInForce() {
        consent("HEALTH", true);
        consent("JUSTICE", true);
        org.applied(counsellor, eligibility(1, "RSA"));
        org.applied(counsellor, eligibility(2, "RSA", "ASS"));
        UUID conflictId = Org.conflictOf(org.applied(otherPhone, eligibility(2, "SORTANT_DETENTION")));
        consent("HEALTH", false);

        JsonNode refused = org.push(
                otherPhone,
                Changes.batch(Changes.upsert(
                        "conflict",
                        conflictId,
                        beneficiaryId,
                        1,
                        "status",
                        "RESOLVED",
                        "resolvedValue",
                        List.of("SORTANT_DETENTION", "AAH"))));

        assertThat(refused.at("/results/0/error").asText())
                .as(refused.toString())
                .isEqualTo("consent_missing");
        consent("HEALTH", true);
        assertThat(served(counsellor)).doesNotContain("AAH");
    }

    @Test
    void aConflictBetweenAHealthAndAJusticeBarrierIsServedOnlyWhileBothConsentsAre() {
        consent("HEALTH", true);
        consent("JUSTICE", true);
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        0,
                        "area",
                        "JUSTICE",
                        "status",
                        "BESOIN",
                        "note",
                        "Contrôle judiciaire"));
        org.applied(
                counsellor,
                Changes.upsert("barrier", barrierId, beneficiaryId, 1, "area", "SANTE", "note", "Suivi au CMP"));
        UUID conflictId = Org.conflictOf(org.applied(
                otherPhone,
                Changes.upsert("barrier", barrierId, beneficiaryId, 1, "area", "JUSTICE", "note", "Suivi au CMP")));
        assertServed(conflictId);

        consent("HEALTH", false); // the barrier is about health now: the conflict's "SANTE" says so

        assertNotServed(conflictId, "CMP");
        consent("HEALTH", true);
        consent("JUSTICE", false); // the health barrier is served again, not the conflict that names justice
        assertNotServed(conflictId);
        assertThat(served(counsellor)).contains("CMP");
    }

    @Test
    void aDeletedConflictWhoseRecordFieldsSpeakOfHealthIsServedOnlyWithHealthConsent() {
        consent("HEALTH", true);
        consent("JUSTICE", true);
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        0,
                        "area",
                        "JUSTICE",
                        "status",
                        "BESOIN",
                        "note",
                        "Contrôle judiciaire"));
        org.applied(counsellor, Changes.delete("barrier", barrierId, beneficiaryId, 1));
        // the stale edit moves the deleted barrier to health: recordFields holds a health barrier
        UUID conflictId = Org.conflictOf(org.applied(
                otherPhone,
                Changes.upsert(
                        "barrier", barrierId, beneficiaryId, 1, "area", "SANTE", "note", "Suivi psychiatrique")));
        assertServed(conflictId, "psychiatrique");

        consent("HEALTH", false);

        assertNotServed(conflictId, "psychiatrique");
    }

    /** Contact PHONE, then NEW_PHONE from the counsellor's phone, while the other phone, from version 2, sets its own. */
    private UUID contactConflict() {
        org.applied(counsellor, contact(1, PHONE));
        org.applied(counsellor, contact(2, NEW_PHONE));
        return Org.conflictOf(org.applied(otherPhone, contact(2, OTHER_PHONE)));
    }

    private JsonNode contact(long baseVersion, Object value) {
        return Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, baseVersion, "contact", value);
    }

    private JsonNode eligibility(long baseVersion, String... codes) {
        return Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, baseVersion, "eligibility", List.of(codes));
    }

    private void assertServed(UUID conflictId, String... texts) {
        for (Org.Member reader : List.of(counsellor, personsPhone)) {
            String served = served(reader);
            assertThat(served).contains(conflictId.toString());
            for (String text : texts) {
                assertThat(served).contains(text);
            }
        }
    }

    private void assertNotServed(UUID conflictId, String... texts) {
        for (Org.Member reader : List.of(counsellor, personsPhone)) {
            String served = served(reader);
            assertThat(served).doesNotContain(conflictId.toString());
            for (String text : texts) {
                assertThat(served).doesNotContain(text);
            }
        }
    }

    /** The records of a pull from 0 and of a snapshot, as text. */
    private String served(Org.Member reader) {
        return pages(reader).stream()
                .map(page -> page.get("records").toString())
                .reduce("", String::concat);
    }

    private List<JsonNode> pages(Org.Member reader) {
        return List.of(
                org.pull(reader, 0),
                org.api
                        .get("/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId, reader.token())
                        .json());
    }

    private void consent(String category, boolean granted) {
        org.applied(
                counsellor,
                Changes.upsert(
                        "consent",
                        UUID.randomUUID(),
                        beneficiaryId,
                        0,
                        "category",
                        category,
                        "granted",
                        granted,
                        "recordedAt",
                        "2026-11-01T10:00:00Z",
                        "recordedBy",
                        "Samia CIP"));
    }
}
