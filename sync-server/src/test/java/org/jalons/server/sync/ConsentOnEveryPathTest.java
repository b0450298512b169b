package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
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

/** The consent rule on every write path (merge, conflict, resolution, revival) and on derived records. */
@ParameterizedClass
@EnumSource(Backend.class)
class ConsentOnEveryPathTest {

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    Org.Member otherPhone;
    UUID beneficiaryId;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        otherPhone = org.member(counsellor.user());
        beneficiaryId = org.newBeneficiary(counsellor);
    }

    @Test
    void aResolvedConflictAboutAHealthBarrierIsNoLongerServedOnceConsentIsWithdrawn() {
        consent("HEALTH", true, "2026-11-01T10:00:00Z");
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        0,
                        "area",
                        "SANTE",
                        "status",
                        "BESOIN",
                        "note",
                        "Suivi au CMP"));
        org.applied(counsellor, Changes.upsert("barrier", barrierId, beneficiaryId, 1, "note", "Suivi au CMP, mardi"));
        UUID conflictId = Org.conflictOf(org.applied(
                otherPhone, Changes.upsert("barrier", barrierId, beneficiaryId, 1, "note", "Traitement pour diabète")));
        assertThat(org.pull(counsellor, 0).get("records").toString()).contains(conflictId.toString());
        org.applied(
                otherPhone,
                Changes.upsert(
                        "conflict",
                        conflictId,
                        beneficiaryId,
                        1,
                        "status",
                        "RESOLVED",
                        "resolvedValue",
                        "Traitement pour diabète"));

        consent("HEALTH", false, "2026-11-03T10:00:00Z");

        assertNothingServedAbout(conflictId, "diabète");
    }

    @Test
    void resolvingAHealthConflictAfterWithdrawalIsRefused() {
        consent("HEALTH", true, "2026-11-01T10:00:00Z");
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        0,
                        "area",
                        "SANTE",
                        "status",
                        "BESOIN",
                        "note",
                        "Suivi au CMP"));
        org.applied(counsellor, Changes.upsert("barrier", barrierId, beneficiaryId, 1, "note", "Suivi au CMP, mardi"));
        UUID conflictId = Org.conflictOf(org.applied(
                otherPhone, Changes.upsert("barrier", barrierId, beneficiaryId, 1, "note", "Traitement pour diabète")));
        consent("HEALTH", false, "2026-11-03T10:00:00Z");

        assertConsentMissing(
                otherPhone,
                Changes.upsert(
                        "conflict",
                        conflictId,
                        beneficiaryId,
                        1,
                        "status",
                        "RESOLVED",
                        "resolvedValue",
                        "Traitement pour diabète, insuline"));
    }

    @Test
    void aStaleEditOfADeletedHealthBarrierIsRefusedWithoutConsentAndNeverAppearsLater() {
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert("barrier", barrierId, beneficiaryId, 0, "area", "SANTE", "status", "NON_EXPLORE"));
        org.applied(counsellor, Changes.delete("barrier", barrierId, beneficiaryId, 1));

        assertConsentMissing(
                otherPhone,
                Changes.upsert("barrier", barrierId, beneficiaryId, 1, "note", "Hospitalisation en psychiatrie"));

        consent("HEALTH", true, "2026-11-05T10:00:00Z"); // granted later, for another reason
        assertThat(org.pull(counsellor, 0).get("records").toString()).doesNotContain("psychiatrie");
    }

    @Test
    void anEditWhoseHealthValueWouldOnlyBeKeptInAConflictIsRefusedWithoutConsent() {
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert("barrier", barrierId, beneficiaryId, 0, "area", "MOBILITE", "status", "NON_EXPLORE"));
        org.applied(counsellor, Changes.upsert("barrier", barrierId, beneficiaryId, 1, "area", "LOGEMENT"));

        // the area conflicts (LOGEMENT is kept), so the health note would land beside it and SANTE in a conflict
        assertConsentMissing(
                otherPhone,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        1,
                        "area",
                        "SANTE",
                        "status",
                        "BESOIN",
                        "note",
                        "Suivi psychiatrique"));
        assertThat(org.pull(counsellor, 0).get("records").toString()).doesNotContain("psychiatrique");
    }

    @Test
    void aConflictFromADeleteAgainstAHealthEditIsServedOnlyWithConsent() {
        consent("HEALTH", true, "2026-11-01T10:00:00Z");
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        0,
                        "area",
                        "SANTE",
                        "status",
                        "BESOIN",
                        "note",
                        "Suivi au CMP"));
        org.applied(counsellor, Changes.upsert("barrier", barrierId, beneficiaryId, 1, "note", "Suivi au CMP, mardi"));
        UUID conflictId =
                Org.conflictOf(org.applied(otherPhone, Changes.delete("barrier", barrierId, beneficiaryId, 1)));

        consent("HEALTH", false, "2026-11-03T10:00:00Z");

        assertNothingServedAbout(conflictId, "CMP");
    }

    @Test
    void aRevivalOfAHealthBarrierNeedsConsent() {
        consent("HEALTH", true, "2026-11-01T10:00:00Z");
        UUID barrierId = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        0,
                        "area",
                        "SANTE",
                        "status",
                        "BESOIN",
                        "note",
                        "Suivi au CMP"));
        org.applied(counsellor, Changes.delete("barrier", barrierId, beneficiaryId, 1));
        consent("HEALTH", false, "2026-11-03T10:00:00Z");

        assertConsentMissing(
                otherPhone,
                Changes.upsert(
                        "barrier",
                        barrierId,
                        beneficiaryId,
                        2,
                        "area",
                        "SANTE",
                        "status",
                        "BESOIN",
                        "note",
                        "Suivi au CMP"));
    }

    @Test
    void aConsentRecordedFarInTheFutureIsRefused() {
        JsonNode result = org.push(counsellor, Changes.batch(consentChange("HEALTH", true, "2099-01-01T00:00:00Z")));

        assertThat(result.at("/results/0/code").asInt()).isEqualTo(422);
        assertThat(result.at("/results/0/error").asText()).isEqualTo("clock_skew");
        assertThat(org.pull(counsellor, 0).at("/scope/0/signature").asText()).isEmpty();
    }

    @Test
    void aConsentFromAPhoneWhoseClockRunsAheadDoesNotOutliveALaterWithdrawal() {
        Instant now = Instant.now();
        consent("HEALTH", true, now.plus(Duration.ofMinutes(4)).toString()); // within the tolerated drift

        consent("HEALTH", false, now.toString());

        assertThat(org.pull(counsellor, 0).at("/scope/0/signature").asText()).isEmpty();
    }

    @Test
    void consentsTakeEffectInTheOrderTheServerReceivesThem() {
        consent("HEALTH", true, "2026-11-05T10:00:00Z");
        consent("HEALTH", false, "2026-11-01T10:00:00Z"); // recorded offline earlier, received later

        assertThat(org.pull(counsellor, 0).at("/scope/0/signature").asText()).isEmpty();

        consent("HEALTH", true, "2026-10-01T10:00:00Z");
        assertThat(org.pull(counsellor, 0).at("/scope/0/signature").asText()).isEqualTo("HEALTH");
    }

    private void assertNothingServedAbout(UUID id, String text) {
        String pulled = org.pull(counsellor, 0).get("records").toString();
        assertThat(pulled).doesNotContain(id.toString()).doesNotContain(text);
        String snapshot = org.api
                .get("/api/v1/sync/snapshot?beneficiaryId=" + beneficiaryId, counsellor.token())
                .json()
                .get("records")
                .toString();
        assertThat(snapshot).doesNotContain(id.toString()).doesNotContain(text);
    }

    private void assertConsentMissing(Org.Member member, JsonNode change) {
        JsonNode result = org.push(member, Changes.batch(change));
        assertThat(result.at("/results/0/code").asInt()).as(result.toString()).isEqualTo(422);
        assertThat(result.at("/results/0/error").asText()).isEqualTo("consent_missing");
    }

    private void consent(String category, boolean granted, String at) {
        org.applied(counsellor, consentChange(category, granted, at));
    }

    private JsonNode consentChange(String category, boolean granted, String at) {
        return Changes.upsert(
                "consent",
                UUID.randomUUID(),
                beneficiaryId,
                0,
                "category",
                category,
                "granted",
                granted,
                "recordedAt",
                at,
                "recordedBy",
                "Samia CIP");
    }
}
