package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
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
 * A person's {@code phone} and {@code address} (the file's call, text and map buttons): accepted within their
 * limits, and like {@code contact} stored and served only with the IDENTITY_CONTACT consent.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PhoneAndAddressTest {
    static final String PHONE = "+33 6 12 34 56 78";
    static final String ADDRESS = "4 rue des Lilas\nBâtiment B\n59000 Lille";

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
    void aPhoneAndAnAddressAreAcceptedAndServedWithTheConsent() {
        person.consent("IDENTITY_CONTACT", true);
        JsonNode applied = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "beneficiary", beneficiaryId, beneficiaryId, 1, "phone", PHONE, "address", ADDRESS)));
        assertThat(applied.at("/results/0/status").asText())
                .as(applied.toString())
                .isEqualTo("APPLIED");
        JsonNode fields = record(org.pull(counsellor, 0), beneficiaryId).get("fields");
        assertThat(fields.get("phone").asText()).isEqualTo(PHONE);
        assertThat(fields.get("address").asText()).isEqualTo(ADDRESS);
    }

    @Test
    void eachIsRefusedWithoutTheConsentAndTheOtherFieldsStillGoThrough() {
        JsonNode refused = org.push(
                counsellor,
                Changes.batch(
                        Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "phone", PHONE),
                        Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "address", ADDRESS),
                        Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "site", "Atelier nord")));
        for (int i = 0; i < 2; i++) {
            assertThat(refused.at("/results/" + i + "/code").asInt())
                    .as(refused.toString())
                    .isEqualTo(422);
            assertThat(refused.at("/results/" + i + "/error").asText()).isEqualTo("consent_missing");
        }
        assertThat(refused.at("/results/2/status").asText()).isEqualTo("APPLIED");
        assertThat(org.pull(counsellor, 0).toString()).doesNotContain("Lilas").doesNotContain("56 78");
    }

    @Test
    void tooLongOrAPhoneOnSeveralLinesIsRefusedAndNothingIsStored() {
        person.consent("IDENTITY_CONTACT", true);
        JsonNode refused = org.push(
                counsellor,
                Changes.batch(
                        Changes.upsert(
                                "beneficiary",
                                beneficiaryId,
                                beneficiaryId,
                                1,
                                "phone",
                                "1".repeat(RecordSchema.PHONE_MAX + 1)),
                        Changes.upsert(
                                "beneficiary",
                                beneficiaryId,
                                beneficiaryId,
                                1,
                                "address",
                                "a".repeat(RecordSchema.ADDRESS_MAX + 1)),
                        Changes.upsert("beneficiary", beneficiaryId, beneficiaryId, 1, "phone", "06 12\n34 56")));
        for (int i = 0; i < 3; i++) {
            assertThat(refused.at("/results/" + i + "/status").asText())
                    .as(refused.toString())
                    .isEqualTo("REJECTED");
            assertThat(refused.at("/results/" + i + "/code").asInt()).isEqualTo(422);
        }
        JsonNode fields = record(org.pull(counsellor, 0), beneficiaryId).get("fields");
        assertThat(fields.has("phone")).isFalse();
        assertThat(fields.has("address")).isFalse();
        JsonNode atTheLimit = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "beneficiary",
                        beneficiaryId,
                        beneficiaryId,
                        1,
                        "phone",
                        "1".repeat(RecordSchema.PHONE_MAX),
                        "address",
                        "a".repeat(RecordSchema.ADDRESS_MAX))));
        assertThat(atTheLimit.at("/results/0/status").asText())
                .as(atTheLimit.toString())
                .isEqualTo("APPLIED");
    }

    @Test
    void afterWithdrawalNeitherIsServed() {
        person.consent("IDENTITY_CONTACT", true);
        org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "beneficiary", beneficiaryId, beneficiaryId, 1, "phone", PHONE, "address", ADDRESS)));
        person.consent("IDENTITY_CONTACT", false);
        JsonNode fields = record(org.pull(counsellor, 0), beneficiaryId).get("fields");
        assertThat(fields.has("phone")).isFalse();
        assertThat(fields.has("address")).isFalse();
        assertThat(fields.get("displayName").asText()).isEqualTo("Samia B.");
    }
}
