package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jalons.sync.SyncFixture.beneficiaryFields;
import static org.jalons.sync.SyncFixture.json;
import static org.jalons.sync.SyncFixture.record;
import static org.jalons.sync.SyncFixture.snapshotPage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing codes for another person's phone, and a person's own parcours moving to the server's id at pairing. */
class PairingTest {
    @TempDir
    Path dir;

    static SyncEngine engine(LocalStore store) {
        HttpSettings settings = HttpSettings.defaults()
                .withDelays(Duration.ofMillis(1), Duration.ofMillis(2))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new SyncEngine(store, SyncApi.newClient(settings, d -> {}), SyncFixture.CLOCK, 100, 500);
    }

    static Map<String, Object> pairAnswer(String role, UUID beneficiaryId) {
        Map<String, Object> user = new java.util.LinkedHashMap<>();
        user.put("id", UUID.randomUUID().toString());
        user.put("role", role);
        user.put("organisationId", UUID.randomUUID().toString());
        user.put("displayName", "Samia B.");
        user.put("beneficiaryId", beneficiaryId == null ? null : beneficiaryId.toString());
        return Map.of("deviceId", UUID.randomUUID().toString(), "token", "tok-1", "user", user);
    }

    @Test
    void aCounsellorAsksTheServerForAPairingCodeForAPersonsAccount() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(0)) {
            UUID person = UUID.randomUUID();
            f.server.enqueue(json(Map.of("code", "K7P2QX9M", "expiresAt", "2026-11-26T10:10:00Z"))
                    .setResponseCode(201));

            PairingCode code = f.engine.pairing().issueCode(person);

            assertThat(code).isEqualTo(new PairingCode("K7P2QX9M", Instant.parse("2026-11-26T10:10:00Z")));
            RecordedRequest request = f.takeSyncRequest();
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getPath()).isEqualTo("/api/v1/pairing-codes");
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + SyncFixture.TOKEN);
            assertThat(request.getHeader("Jalons-Protocol")).isEqualTo("1");
            assertThat(SyncFixture.body(request)).isEqualTo("{\"userId\":\"" + person + "\"}");
        }
    }

    @Test
    void aPersonOutOfReachIsARefusalAndAnUnpairedPhoneCannotAsk() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            SyncException unpaired = catchThrowableOfType(
                    SyncException.class, () -> f.engine.pairing().issueCode(UUID.randomUUID()));
            assertThat(unpaired.problem()).isEqualTo(SyncProblem.NOT_PAIRED);
            f.paired(0);
            f.server.enqueue(SyncFixture.error(404, "not_found"));
            SyncException refused = catchThrowableOfType(
                    SyncException.class, () -> f.engine.pairing().issueCode(UUID.randomUUID()));
            assertThat(refused.problem()).isEqualTo(SyncProblem.SERVER_REFUSED);
        }
    }

    @Test
    void pairingAPersonsPhoneMovesTheirParcoursToTheServersIdAndDropsTheirRecordWhenTheServerHasOne() throws Exception {
        try (MockWebServer server = new MockWebServer();
                LocalStore store = new Profiles(dir, SyncFixture.CLOCK, 1000)
                        .create("Samia", Role.BENEFICIARY, "123456".toCharArray())) {
            UUID local = store.profile().beneficiaryId();
            UUID serverId = UUID.randomUUID();
            var goal = store.goals()
                    .save(SyncFixture.goal(
                            UUID.randomUUID(), local, "Je me sens capable de conduire", GoalStatus.EN_COURS));
            server.enqueue(json(pairAnswer("BENEFICIARY", serverId)));
            server.enqueue(snapshotPage(
                    List.of(record(5, "beneficiary", serverId, serverId, 2, beneficiaryFields("Samia B."))), 9, null));

            engine(store).pairing().pair(server.url("/").toString(), "K7P2QX9M", "Téléphone de Samia");

            assertThat(store.profile().beneficiaryId()).isEqualTo(serverId);
            assertThat(store.goals().find(goal.id()).orElseThrow().beneficiaryId())
                    .isEqualTo(serverId);
            assertThat(store.beneficiaries().find(local)).isEmpty();
            assertThat(store.beneficiaries().findStored(local)).isEmpty();
            List<OutboxEntry> pending = store.outbox().pending(100);
            assertThat(pending).extracting(OutboxEntry::recordId).containsExactly(goal.id());
            assertThat(pending).extracting(OutboxEntry::beneficiaryId).containsOnly(serverId);
            server.takeRequest();
            assertThat(server.takeRequest().getPath()).startsWith("/api/v1/sync/snapshot?beneficiaryId=" + serverId);
        }
        try (LocalStore reopened = new Profiles(dir, SyncFixture.CLOCK, 1000).unlock("123456".toCharArray())) {
            assertThat(reopened.profile().beneficiaryId())
                    .as("kept in the store")
                    .isNotNull();
            assertThat(reopened.goals().forBeneficiary(reopened.profile().beneficiaryId()))
                    .hasSize(1);
        }
    }

    @Test
    void whenTheServerHasNoRecordForThePersonThePhonesRecordMovesToTheServersId() throws Exception {
        try (MockWebServer server = new MockWebServer();
                LocalStore store = new Profiles(dir, SyncFixture.CLOCK, 1000)
                        .create("Samia", Role.BENEFICIARY, "123456".toCharArray())) {
            UUID local = store.profile().beneficiaryId();
            UUID serverId = UUID.randomUUID();
            server.enqueue(json(pairAnswer("BENEFICIARY", serverId)));
            server.enqueue(snapshotPage(List.of(), 0, null));

            engine(store).pairing().pair(server.url("/").toString(), "K7P2QX9M", "Téléphone de Samia");

            assertThat(store.beneficiaries().find(serverId).orElseThrow().displayName())
                    .isEqualTo("Samia");
            assertThat(store.beneficiaries().findStored(local)).isEmpty();
            OutboxEntry create = store.outbox().pending(10).get(0);
            assertThat(create.recordId()).isEqualTo(serverId);
            assertThat(create.beneficiaryId()).isEqualTo(serverId);
            assertThat(create.baseVersion()).isZero();
        }
    }

    @Test
    void aCounsellorsPhoneIsNeverRekeyed() throws Exception {
        try (MockWebServer server = new MockWebServer();
                LocalStore store = new Profiles(dir, SyncFixture.CLOCK, 1000)
                        .create("Camille", Role.COUNSELLOR, "123456".toCharArray())) {
            server.enqueue(json(pairAnswer("COUNSELLOR", null)));
            SyncAccount account = engine(store).pairing().pair(server.url("/").toString(), "K7P2QX9M", "Phone");
            assertThat(account.role()).isEqualTo("COUNSELLOR");
            assertThat(server.getRequestCount()).as("no snapshot asked").isEqualTo(1);
        }
    }
}
