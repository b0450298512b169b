package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.sync.SyncFixture.body;
import static org.jalons.sync.SyncFixture.json;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone's rule for a server restored from a backup (PROTOCOL.md), against a scripted server: another history id,
 * or a head behind the cursor, makes the phone send its acknowledged changes again with their ids, read the restored
 * state from a snapshot and never apply the page that told it; an answer without a history id (an older server)
 * changes nothing.
 */
class RestoredServerTest {
    private static final UUID HISTORY = UUID.randomUUID();

    @TempDir
    Path dir;

    private static MockResponse pushAnswer(Map<String, Object> result, UUID history, long head) {
        return json(Map.of("results", List.of(result), "history", history.toString(), "head", head));
    }

    private static MockResponse page(long cursor, UUID history, long head) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("records", List.of());
        body.put("cursor", cursor);
        body.put("hasMore", false);
        body.put("scope", List.of());
        body.put("history", history.toString());
        body.put("head", head);
        return json(body);
    }

    private static MockResponse snapshot(long cursor, UUID history, long head) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("records", List.of());
        body.put("cursor", cursor);
        body.put("nextPage", null);
        body.put("scope", List.of());
        body.put("history", history.toString());
        body.put("head", head);
        return json(body);
    }

    @Test
    void anOlderServerWithoutAHistoryIdKeepsTodaysBehaviour() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(50)) {
            // a head below the cursor, but no history id: an older server, whose pages are applied as before
            f.server.enqueue(json(Map.of("records", List.of(), "cursor", 50, "hasMore", false, "scope", List.of())));

            SyncReport report = f.engine.syncOnce();

            assertThat(report.serverRestored()).isNull();
            assertThat(f.cursor()).isEqualTo(50);
            assertThat(f.syncRequests()).isEqualTo(1);
            assertThat(f.store.syncState().get(SyncKeys.HISTORY)).isEmpty();
        }
    }

    @Test
    void aHeadBehindTheCursorMakesThePhoneSendAgainThenReadTheRestoredState() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(50)) {
            UUID samia = f.newBeneficiary("Samia B.");
            var changes = f.store.outbox().pending(10);
            f.script(
                    r -> pushAnswer(SyncFixture.applied(changes.get(0).changeId(), 1, 51), HISTORY, 51),
                    r -> page(51, HISTORY, 51));
            f.engine.syncOnce();
            assertThat(f.cursor()).isEqualTo(51);
            assertThat(f.store.syncState().get(SyncKeys.HISTORY)).contains(HISTORY.toString());

            // Restored without a new history id (new-history forgotten): its head, 10, is behind the cursor.
            String[] resent = new String[1];
            f.script(
                    r -> page(51, HISTORY, 10),
                    r -> {
                        resent[0] = read(r);
                        return pushAnswer(SyncFixture.applied(changes.get(0).changeId(), 1, 11), HISTORY, 11);
                    },
                    r -> snapshot(11, HISTORY, 11),
                    r -> page(11, HISTORY, 11));

            SyncReport report = f.engine.syncOnce();

            assertThat(resent[0])
                    .as("sent again with its own change id")
                    .contains(changes.get(0).changeId().toString(), samia.toString());
            assertThat(report.serverRestored()).isNotNull();
            assertThat(report.serverRestored().resent()).isEqualTo(1);
            assertThat(f.cursor())
                    .as("the cursor of the restored state, not the old one")
                    .isEqualTo(11);
            assertThat(f.takeSyncRequest().getPath()).startsWith("/api/v1/sync/push");
            assertThat(f.takeSyncRequest().getPath()).startsWith("/api/v1/sync/pull?cursor=50");
            assertThat(f.takeSyncRequest().getPath()).startsWith("/api/v1/sync/pull?cursor=51");
            assertThat(f.takeSyncRequest().getPath()).startsWith("/api/v1/sync/push");
            assertThat(f.takeSyncRequest().getPath()).startsWith("/api/v1/sync/snapshot");
            assertThat(f.takeSyncRequest().getPath()).startsWith("/api/v1/sync/pull?cursor=11");
            assertThat(f.store.syncState().get(SyncKeys.RESEND)).as("recovered").isEmpty();
        }
    }

    @Test
    void withChangesWaitingAnEmptyPushFindsTheRestoreBeforeTheOutboxGoes() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(50)) {
            UUID samia = f.newBeneficiary("Samia B.");
            var sent = f.store.outbox().pending(10).get(0);
            f.script(
                    r -> pushAnswer(SyncFixture.applied(sent.changeId(), 1, 51), HISTORY, 51),
                    r -> page(51, HISTORY, 51));
            f.engine.syncOnce();
            f.newGoal(samia, "Je me sens capable de prendre le bus seule");
            var waiting = f.store.outbox().pending(10).get(0);
            UUID restored = UUID.randomUUID();
            String[] bodies = new String[3];
            f.script(
                    r -> {
                        bodies[0] = read(r);
                        return json(Map.of("results", List.of(), "history", restored.toString(), "head", 30));
                    },
                    r -> {
                        bodies[1] = read(r);
                        return pushAnswer(SyncFixture.duplicate(sent.changeId(), 1, 12), restored, 30);
                    },
                    r -> {
                        bodies[2] = read(r);
                        return pushAnswer(SyncFixture.applied(waiting.changeId(), 1, 31), restored, 31);
                    },
                    r -> snapshot(31, restored, 31),
                    r -> page(31, restored, 31));

            SyncReport report = f.engine.syncOnce();

            assertThat(bodies[0]).as("the empty push that asks").contains("\"changes\":[]");
            assertThat(bodies[1])
                    .as("the sent change again, before the waiting one")
                    .contains(sent.changeId().toString());
            assertThat(bodies[2]).contains(waiting.changeId().toString());
            assertThat(report.serverRestored().resent())
                    .as("it was still there")
                    .isZero();
            assertThat(f.cursor()).isEqualTo(31);
            assertThat(f.store.syncState().get(SyncKeys.HISTORY)).contains(restored.toString());
        }
    }

    private static String read(RecordedRequest r) {
        try {
            return body(r);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
