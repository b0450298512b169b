package org.jalons.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A person in a counsellor's caseload, on a fresh organisation of the shared server: the counsellor's paired phone
 * created the person's record, and records the consents (or their withdrawal) a test needs, as the app does.
 */
public final class PersonInCaseload {
    /** The counsellor's name, also the one who records each consent. */
    public static final String COUNSELLOR = "Samia CIP";
    /** When a consent is recorded unless a test says. */
    public static final String RECORDED_AT = "2026-11-01T10:00:00Z";

    public final Org org;
    public final Org.Member counsellor;
    public final UUID beneficiaryId;

    private PersonInCaseload(Org org, Org.Member counsellor, UUID beneficiaryId) {
        this.org = org;
        this.counsellor = counsellor;
        this.beneficiaryId = beneficiaryId;
    }

    /** A new organisation on {@code backend}, its counsellor, and a person they follow. */
    public static PersonInCaseload on(Backend backend) {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member counsellor = org.counsellor(COUNSELLOR);
        return new PersonInCaseload(org, counsellor, org.newBeneficiary(counsellor));
    }

    /** The person's consent in {@code category} given (or withdrawn) now; the change must be applied. */
    public PersonInCaseload consent(String category, boolean granted) {
        return consent(category, granted, RECORDED_AT);
    }

    /** The person's consent in {@code category} given (or withdrawn) at {@code recordedAt}, applied. */
    public PersonInCaseload consent(String category, boolean granted, String recordedAt) {
        JsonNode result = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "consent",
                        UUID.randomUUID(),
                        beneficiaryId,
                        0,
                        "category",
                        category,
                        "granted",
                        granted,
                        "recordedAt",
                        recordedAt,
                        "recordedBy",
                        COUNSELLOR)));
        assertThat(result.at("/results/0/status").asText())
                .as(result.toString())
                .isEqualTo("APPLIED");
        return this;
    }

    /** The counsellor pushes {@code changes} in one batch; the answer, whatever each change's fate. */
    public JsonNode push(JsonNode... changes) {
        return org.push(counsellor, Changes.batch(changes));
    }

    /** What the counsellor's phone pulls from {@code cursor}. */
    public JsonNode pull(long cursor) {
        return org.pull(counsellor, cursor);
    }

    /** The record {@code id} in a pull page; fails when the page does not hold it. */
    public static JsonNode record(JsonNode page, UUID id) {
        for (JsonNode record : page.get("records")) {
            if (record.get("id").asText().equals(id.toString())) {
                return record;
            }
        }
        throw new AssertionError("record " + id + " not in " + page);
    }
}
