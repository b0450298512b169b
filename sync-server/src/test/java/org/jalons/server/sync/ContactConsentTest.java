package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
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

/** A person's phone number and address ({@code contact}) are stored and served only with IDENTITY_CONTACT. */
@ParameterizedClass
@EnumSource(Backend.class)
class ContactConsentTest {

    static final String PHONE = "06 12 34 56 78, 4 rue des Lilas";

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
    void aContactIsRefusedWithoutTheConsentOnCreateAndEditAndTheBatchGoesOn() {
        UUID other = UUID.randomUUID();
        JsonNode created = org.push(
                counsellor,
                Changes.batch(
                        Changes.upsert(
                                "beneficiary",
                                other,
                                other,
                                0,
                                "displayName",
                                "Thomas R.",
                                "entryDate",
                                "2026-01-05",
                                "contractType",
                                "CDDI",
                                "contact",
                                PHONE),
                        Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "contact", PHONE),
                        Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "site", "Atelier nord")));

        assertConsentMissing(created, 0);
        assertConsentMissing(created, 1);
        assertThat(created.at("/results/2/status").asText()).isEqualTo("APPLIED");
        assertThat(org.pull(counsellor, 0).toString()).doesNotContain(PHONE);
    }

    @Test
    void aContactIsAcceptedAndServedWhileTheConsentIsInForce() {
        person.consent("IDENTITY_CONTACT", true);

        JsonNode applied = org.push(
                counsellor,
                Changes.batch(Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "contact", PHONE)));

        assertThat(applied.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(counsellor, 0), beneficiaryId)
                        .at("/fields/contact")
                        .asText())
                .isEqualTo(PHONE);
        assertThat(record(snapshot(), beneficiaryId).at("/fields/contact").asText())
                .isEqualTo(PHONE);
    }

    @Test
    void afterWithdrawalTheContactIsNotServedTheSignatureChangesAndOtherFieldsStayEditable() {
        person.consent("IDENTITY_CONTACT", true);
        org.push(
                counsellor,
                Changes.batch(Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "contact", PHONE)));
        String before = org.pull(counsellor, 0).at("/scope/0/signature").asText();

        person.consent("IDENTITY_CONTACT", false);

        JsonNode pulled = org.pull(counsellor, 0);
        assertThat(pulled.at("/scope/0/signature").asText()).isNotEqualTo(before);
        JsonNode profile = record(pulled, beneficiaryId);
        assertThat(profile.at("/fields/displayName").asText()).isEqualTo("Samia B.");
        assertThat(profile.at("/fields").has("contact")).isFalse();
        assertThat(snapshot().toString()).doesNotContain(PHONE);
        assertConsentMissing(
                org.push(
                        counsellor,
                        Changes.batch(Changes.upsert(
                                "beneficiary", beneficiaryId, beneficiaryId, 2, "contact", "07 00 00 00 00"))),
                0);
        JsonNode renamed = org.push(
                counsellor,
                Changes.batch(
                        Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 2, "displayName", "Samia Ben.")));
        assertThat(renamed.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(org.pull(counsellor, 0).toString()).doesNotContain(PHONE);
    }

    @Test
    void clearingTheContactIsAlwaysAllowed() {
        person.consent("IDENTITY_CONTACT", true);
        org.push(
                counsellor,
                Changes.batch(Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "contact", PHONE)));
        person.consent("IDENTITY_CONTACT", false);

        JsonNode cleared = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "beneficiary", beneficiaryId, beneficiaryId, 2, "contact", NullNode.getInstance())));

        assertThat(cleared.at("/results/0/status").asText())
                .as(cleared.toString())
                .isEqualTo("APPLIED");
        person.consent("IDENTITY_CONTACT", true);
        assertThat(record(org.pull(counsellor, 0), beneficiaryId).at("/fields").has("contact"))
                .isFalse();
    }

    private JsonNode snapshot() {
        return org.api
                .get("/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId, counsellor.token())
                .json();
    }

    private static void assertConsentMissing(JsonNode result, int index) {
        assertThat(result.at("/results/" + index + "/code").asInt())
                .as(result.toString())
                .isEqualTo(422);
        assertThat(result.at("/results/" + index + "/error").asText()).isEqualTo("consent_missing");
    }
}
