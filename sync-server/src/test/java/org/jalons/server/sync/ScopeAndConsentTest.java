package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
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

@ParameterizedClass
@EnumSource(Backend.class)
class ScopeAndConsentTest {

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
    void beneficiaryRemovedFromCaseloadLeavesTheScopeAndItsRecordsAreNoLongerServed() {
        assertThat(org.pull(counsellor, 0).get("scope").toString()).contains(beneficiaryId.toString());

        var removed =
                org.api.delete("/api/v1/admin/caseloads/" + counsellor.id() + "/" + beneficiaryId, org.admin.token());
        assertThat(removed.status()).isEqualTo(204);

        JsonNode page = org.pull(counsellor, 0);
        assertThat(page.get("scope").size()).isZero();
        assertThat(page.get("records").size()).isZero();
        assertThat(org.api
                        .get("/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId, counsellor.token())
                        .status())
                .isEqualTo(404);
        JsonNode push = org.push(counsellor, Changes.batch(Changes.newGoal(UUID.randomUUID(), beneficiaryId)));
        assertThat(push.at("/results/0/code").asInt()).isEqualTo(404);
    }

    @Test
    void healthBarrierIsAcceptedOnlyWithHealthConsent() {
        UUID barrierId = UUID.randomUUID();
        JsonNode refused = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        0,
                        "area",
                        "SANTE",
                        "status",
                        "BESOIN",
                        "note",
                        "Suivi médical en cours")));
        assertThat(refused.at("/results/0/code").asInt()).isEqualTo(422);
        assertThat(refused.at("/results/0/reason").asText()).isEqualTo("consent_missing");
        assertThat(refused.at("/results/0/error").asText()).isEqualTo("consent_missing");

        // not explored, no note: nothing sensitive, accepted without consent
        JsonNode neutral = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "barrier", barrierId, beneficiaryId, 0, "area", "SANTE", "status", "NON_EXPLORE")));
        assertThat(neutral.at("/results/0/status").asText()).isEqualTo("APPLIED");

        person.consent("HEALTH", true, "2026-11-01T10:00:00Z");
        JsonNode accepted = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "barrier", barrierId, beneficiaryId, 1, "status", "BESOIN", "note", "Suivi médical en cours")));
        assertThat(accepted.at("/results/0/status").asText()).isEqualTo("APPLIED");
        JsonNode page = org.pull(counsellor, 0);
        assertThat(record(page, barrierId).at("/fields/note").asText()).isEqualTo("Suivi médical en cours");
        assertThat(page.at("/scope/0/signature").asText()).isEqualTo("HEALTH");
    }

    @Test
    void withdrawnConsentStopsServingSensitiveRecordsAndChangesTheSignature() {
        person.consent("HEALTH", true, "2026-11-01T10:00:00Z");
        UUID barrierId = UUID.randomUUID();
        org.push(
                counsellor,
                Changes.batch(
                        Changes.upsert("barrier", barrierId, beneficiaryId, 0, "area", "SANTE", "status", "BESOIN")));

        person.consent("HEALTH", false, "2026-11-02T10:00:00Z");

        JsonNode page = org.pull(counsellor, 0);
        assertThat(page.get("records").toString()).doesNotContain(barrierId.toString());
        assertThat(page.at("/scope/0/signature").asText()).isEmpty();
        JsonNode snapshot = org.api
                .get("/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId, counsellor.token())
                .json();
        assertThat(snapshot.get("records").toString()).doesNotContain(barrierId.toString());
    }

    @Test
    void everySnapshotPageCarriesTheScopeInThePullsFormat() {
        person.consent("HEALTH", true, "2026-11-01T10:00:00Z");
        for (int i = 0; i < 4; i++) {
            org.push(counsellor, Changes.batch(Changes.newGoal(UUID.randomUUID(), beneficiaryId)));
        }
        String pullScope = org.pull(counsellor, 0).get("scope").toString();

        JsonNode first =
                org.api.get("/api/v1/sync/snapshot?limit=2", counsellor.token()).json();
        assertThat(first.get("nextPage").isNull()).isFalse();
        assertThat(first.get("scope").toString()).isEqualTo(pullScope);
        assertThat(first.at("/scope/0/beneficiaryId").asText()).isEqualTo(beneficiaryId.toString());
        assertThat(first.at("/scope/0/signature").asText()).isEqualTo("HEALTH");
        JsonNode one = org.api
                .get(
                        "/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId + "&limit=2&page="
                                + first.get("nextPage").asText() + "&at="
                                + first.get("cursor").asLong(),
                        counsellor.token())
                .json();
        assertThat(one.get("scope").toString()).isEqualTo(pullScope);

        // consent withdrawn after the snapshot: the next pull's signature differs from the snapshot's
        person.consent("HEALTH", false, "2026-11-02T10:00:00Z");
        assertThat(org.pull(counsellor, first.get("cursor").asLong())
                        .at("/scope/0/signature")
                        .asText())
                .isEmpty();
    }

    @Test
    void aSnapshotForAnAccountWithoutRecordsHasAnEmptyScope() {
        Org.Member supervisor = org.supervisor("Marc Superviseur");
        JsonNode snapshot =
                org.api.get("/api/v1/sync/snapshot", supervisor.token()).json();
        assertThat(snapshot.get("scope").isArray()).isTrue();
        assertThat(snapshot.get("scope").size()).isZero();
    }

    @Test
    void snapshotPagesCoverEveryLiveRecordOfTheBeneficiary() {
        for (int i = 0; i < 7; i++) {
            org.push(counsellor, Changes.batch(Changes.newGoal(UUID.randomUUID(), beneficiaryId)));
        }
        int seen = 0;
        String page = null;
        Long at = null;
        for (int guard = 0; guard < 20; guard++) {
            String query = "/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId + "&limit=3"
                    + (page == null ? "" : "&page=" + page + "&at=" + at);
            JsonNode body = org.api.get(query, counsellor.token()).json();
            seen += body.get("records").size();
            at = body.get("cursor").asLong();
            if (body.get("nextPage").isNull()) {
                break;
            }
            page = body.get("nextPage").asText();
        }
        assertThat(seen).isEqualTo(8); // the beneficiary record and 7 goals
    }

    @Test
    void snapshotCursorNeverRunsAheadOfWhatHasCommitted() {
        long committed = org.pull(counsellor, 0).get("cursor").asLong();

        JsonNode snapshot = org.api
                .get("/api/v1/sync/snapshot?at=999999999999", counsellor.token())
                .json();

        assertThat(snapshot.get("cursor").asLong()).isLessThanOrEqualTo(committed + 1000);
        assertThat(snapshot.get("cursor").asLong()).isLessThan(999999999999L);
    }
}
