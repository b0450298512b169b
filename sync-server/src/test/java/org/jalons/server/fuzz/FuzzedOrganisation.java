package org.jalons.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Footprint;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;

/**
 * The organisation the server's fuzz tests push into: a counsellor with one person in their caseload, who has one
 * valid record of every kind a device may write (so that fuzzed edits reach the merge and the per-kind rules).
 * One per test JVM on the shared server of {@link #BACKEND}; inputs name its ids through {@link Placeholders}.
 */
final class FuzzedOrganisation {

    /** H2 unless {@code -Djalons.fuzz.backend=POSTGRES} (seeds replay on H2 in the normal build). */
    static final Backend BACKEND = Backend.valueOf(System.getProperty("jalons.fuzz.backend", "H2"));

    private static FuzzedOrganisation instance;

    final Org org;
    final Org.Member counsellor;
    final Org.Member supervisor;
    final UUID personId;
    /** The id of the existing record of each kind (the person's own record for {@code beneficiary}). */
    final Map<String, UUID> existing = new LinkedHashMap<>();

    private FuzzedOrganisation() {
        // Jazzer's request-forgery detector reports any connection by default; these tests talk to their own server.
        BugDetectors.allowNetworkConnections((host, port) -> "127.0.0.1".equals(host) || "localhost".equals(host));
        org = Org.create(TestServers.shared(BACKEND));
        counsellor = org.counsellor("Samia CIP");
        supervisor = org.supervisor("Marc Encadrant");
        personId = org.newBeneficiary(counsellor);
        existing.put("beneficiary", personId);
        for (String kind : SeedRecords.KINDS) {
            if (!kind.equals("beneficiary")) {
                existing.put(kind, UUID.randomUUID());
            }
        }
        String body = SeedRecords.batchCreatingEveryKind(this);
        Api.Response answer = push(body);
        answer.json()
                .get("results")
                .forEach(r -> assertThat(r.get("status").asText())
                        .as(answer.toString())
                        .isEqualTo("APPLIED"));
        assertWrittenRecordsServable(answer);
    }

    static synchronized FuzzedOrganisation get() {
        if (instance == null) {
            instance = new FuzzedOrganisation();
        }
        return instance;
    }

    Api api() {
        return org.api;
    }

    /** Fills the placeholders of a fuzzed input with this organisation's ids (and fresh ones). */
    byte[] fill(byte[] input) {
        return Placeholders.fill(
                input,
                Map.of(
                        "$P",
                        personId.toString(),
                        "$G",
                        existing.get("goal").toString(),
                        "$X",
                        existing.get("exit").toString()));
    }

    Api.Response push(String body) {
        return push(body.getBytes(StandardCharsets.UTF_8));
    }

    Api.Response push(byte[] body) {
        return org.api.send(org.api
                .request("/api/v1/sync/push", counsellor.token())
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Map<String, Long> footprint() {
        return Footprint.of(BACKEND, org.id);
    }

    /**
     * Every record this push wrote can be served: pull pages from just before its first sequence number answer 200
     * (a stored value that cannot be served would block every device following this person). Starting there, and
     * not where the last check ended, keeps one bad record from failing every later input too.
     */
    void assertWrittenRecordsServable(Api.Response push) {
        long cursor = Long.MAX_VALUE;
        for (JsonNode result : push.json().get("results")) {
            String status = result.path("status").asText();
            if (status.equals("APPLIED") || status.equals("MERGED_WITH_CONFLICT")) {
                cursor = Math.min(cursor, result.get("seq").asLong() - 1);
            }
        }
        boolean more = cursor != Long.MAX_VALUE;
        while (more) {
            Api.Response page = org.api.get("/api/v1/sync/pull?limit=1000&cursor=" + cursor, counsellor.token());
            assertThat(page.status())
                    .as("pull after cursor %d: %s", cursor, page)
                    .isEqualTo(200);
            JsonNode json = page.json();
            cursor = json.get("cursor").asLong();
            more = json.get("hasMore").asBoolean();
        }
    }
}
