package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.sync.SyncFixture.applied;
import static org.jalons.sync.SyncFixture.duplicate;
import static org.jalons.sync.SyncFixture.pullPage;
import static org.jalons.sync.SyncFixture.pushAnswer;
import static org.jalons.sync.SyncFixture.rejected;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.jalons.domain.Goal;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.storage.Json;
import org.jalons.storage.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushTest {
    @TempDir
    Path dir;

    @Test
    void pushSendsTheOutboxAsProtocolJsonGzippedWithProtocolAndTokenHeaders() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = f.newBeneficiary("Samia B.");
            Goal goal = f.newGoal(samia, "Je me sens capable de passer le permis B");
            f.store.goals().delete(goal.id());
            List<OutboxEntry> entries = f.store.outbox().pending(10);
            f.server.enqueue(pushAnswer(
                    applied(entries.get(0).changeId(), 1, 8),
                    applied(entries.get(1).changeId(), 1, 9),
                    applied(entries.get(2).changeId(), 2, 10)));
            f.server.enqueue(pullPage(List.of(), 10, false));

            f.engine.syncOnce();

            RecordedRequest push = f.takeSyncRequest();
            assertThat(push.getMethod()).isEqualTo("POST");
            assertThat(push.getPath()).isEqualTo("/api/v1/sync/push");
            assertThat(push.getHeader("Jalons-Protocol")).isEqualTo("1");
            assertThat(push.getHeader("Authorization")).isEqualTo("Bearer " + SyncFixture.TOKEN);
            assertThat(push.getHeader("Content-Encoding")).isEqualTo("gzip");
            assertThat(push.getHeader("Accept-Encoding")).isEqualTo("gzip");
            assertThat(push.getHeader("Content-Type")).startsWith("application/json");

            JsonNode body = Json.MAPPER.readTree(SyncFixture.body(push));
            JsonNode expected = Json.MAPPER.readTree("""
                    {"protocol":1,"changes":[
                      {"changeId":"%s","recordId":"%s","kind":"beneficiary","beneficiaryId":"%s","op":"upsert",
                       "baseVersion":0,
                       "fields":{"displayName":"Samia B.","entryDate":"2026-03-02","eligibility":[]},
                       "createdAt":"2026-11-26T10:00:00Z"},
                      {"changeId":"%s","recordId":"%s","kind":"goal","beneficiaryId":"%s","op":"upsert",
                       "baseVersion":0,
                       "fields":{"theme":"MOBILITE","phrasing":"Je me sens capable de passer le permis B",
                                 "proposedBy":"JOINT","status":"EN_COURS","openedOn":"2026-04-01"},
                       "createdAt":"2026-11-26T10:00:00Z"},
                      {"changeId":"%s","recordId":"%s","kind":"goal","beneficiaryId":"%s","op":"delete",
                       "baseVersion":0,"fields":{},"createdAt":"2026-11-26T10:00:00Z"}]}""".formatted(
                            entries.get(0).changeId(),
                            samia,
                            samia,
                            entries.get(1).changeId(),
                            goal.id(),
                            samia,
                            entries.get(2).changeId(),
                            goal.id(),
                            samia));
            assertThat(body).isEqualTo(expected);

            RecordedRequest pull = f.takeSyncRequest();
            assertThat(pull.getPath()).isEqualTo("/api/v1/sync/pull?cursor=7&limit=500");
            assertThat(pull.getHeader("Jalons-Protocol")).isEqualTo("1");
            assertThat(pull.getHeader("Authorization")).isEqualTo("Bearer " + SyncFixture.TOKEN);
        }
    }

    @Test
    void appliedChangeLeavesTheOutboxAndTheRecordTakesTheServerVersion() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = f.newBeneficiary("Samia B.");
            List<OutboxEntry> entries = f.store.outbox().pending(10);
            f.server.enqueue(pushAnswer(applied(entries.get(0).changeId(), 1, 8)));
            f.server.enqueue(pullPage(List.of(), 8, false));

            SyncReport report = f.engine.syncOnce();

            assertThat(report.acknowledged()).isEqualTo(1);
            assertThat(f.store.outbox().pendingCount()).isZero();
            assertThat(f.store.beneficiaries().findStored(samia).orElseThrow().version())
                    .isEqualTo(1);
        }
    }

    @Test
    void rejectedChangeStaysVisibleWithItsReasonAndDoesNotBlockTheRest() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = f.newBeneficiary("Samia B.");
            Goal first = f.newGoal(samia, "Je me sens capable de prendre le bus seule");
            Goal second = f.newGoal(samia, "Je me sens capable de passer le permis B");
            List<OutboxEntry> entries = f.store.outbox().pending(10);
            f.server.enqueue(pushAnswer(
                    applied(entries.get(0).changeId(), 1, 8),
                    rejected(entries.get(1).changeId(), 422, "phrasing must be in the first person"),
                    applied(entries.get(2).changeId(), 1, 9)));
            f.server.enqueue(pullPage(List.of(), 9, false));

            SyncReport report = f.engine.syncOnce();

            assertThat(report.rejected()).isEqualTo(1);
            assertThat(f.store.outbox().pendingCount()).isZero();
            List<OutboxEntry> refused = f.store.outbox().rejected();
            assertThat(refused).singleElement().satisfies(e -> {
                assertThat(e.recordId()).isEqualTo(first.id());
                assertThat(e.rejectCode()).isEqualTo(422);
                assertThat(e.rejectReason()).isEqualTo("phrasing must be in the first person");
            });
            assertThat(f.store.goals().findStored(second.id()).orElseThrow().version())
                    .isEqualTo(1);
            assertThat(f.store.goals().find(first.id())).isPresent();

            // The refused change is not sent again: the next sync only pulls.
            f.server.enqueue(pullPage(List.of(), 9, false));
            f.engine.syncOnce();
            f.takeSyncRequest();
            f.takeSyncRequest();
            assertThat(f.takeSyncRequest().getPath()).startsWith("/api/v1/sync/pull");
            assertThat(f.store.outbox().rejected()).hasSize(1);
        }
    }

    @Test
    void duplicateIsAnAcknowledgement() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = f.newBeneficiary("Samia B.");
            OutboxEntry entry = f.store.outbox().pending(10).get(0);
            f.server.enqueue(pushAnswer(duplicate(entry.changeId(), 3, 5)));
            f.server.enqueue(pullPage(List.of(), 7, false));

            f.engine.syncOnce();

            assertThat(f.store.outbox().pendingCount()).isZero();
            assertThat(f.store.beneficiaries().findStored(samia).orElseThrow().version())
                    .isEqualTo(3);
        }
    }

    @Test
    void outboxIsSentInSmallBatchesInOrder() throws Exception {
        try (SyncFixture f = new SyncFixture(dir, 2, 500).paired(7)) {
            UUID samia = f.newBeneficiary("Samia B.");
            for (int i = 0; i < 4; i++) {
                f.newGoal(samia, "Je me sens capable de faire l'étape " + i);
            }
            List<OutboxEntry> entries = f.store.outbox().pending(10);
            assertThat(entries).hasSize(5);
            f.server.enqueue(pushAnswer(
                    applied(entries.get(0).changeId(), 1, 8),
                    applied(entries.get(1).changeId(), 1, 9)));
            f.server.enqueue(pushAnswer(
                    applied(entries.get(2).changeId(), 1, 10),
                    applied(entries.get(3).changeId(), 1, 11)));
            f.server.enqueue(pushAnswer(applied(entries.get(4).changeId(), 1, 12)));
            f.server.enqueue(pullPage(List.of(), 12, false));

            f.engine.syncOnce();

            for (int batch = 0; batch < 3; batch++) {
                JsonNode changes = Json.MAPPER
                        .readTree(SyncFixture.body(f.takeSyncRequest()))
                        .get("changes");
                for (int i = 0; i < changes.size(); i++) {
                    assertThat(changes.get(i).get("changeId").asText())
                            .isEqualTo(entries.get(batch * 2 + i).changeId().toString());
                }
            }
            assertThat(f.store.outbox().pendingCount()).isZero();
        }
    }

    /**
     * The next batch is read and made ready while the server works on the current one, and a last look follows the
     * last answer: a change saved while a push is out goes in the same run, whether or not the read-ahead saw it.
     */
    @Test
    void changesSavedWhileAPushIsOutGoInTheSameRun() throws Exception {
        for (int initial : new int[] {1, 2, 3}) { // a batch not full, exactly full, and full with one more after
            try (SyncFixture f = new SyncFixture(dir.resolve("n" + initial), 2, 500).paired(7)) {
                UUID samia = f.newBeneficiary("Samia B.");
                for (int i = 1; i < initial; i++) {
                    f.newGoal(samia, "Je me sens capable de faire l'étape " + i);
                }
                List<UUID> sent = new java.util.ArrayList<>();
                long[] seq = {8};
                boolean[] saved = {false};
                f.server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                    @Override
                    public okhttp3.mockwebserver.MockResponse dispatch(RecordedRequest request) {
                        if (!request.getPath().startsWith("/api/v1/sync/push")) {
                            return pullPage(List.of(), seq[0], false);
                        }
                        if (!saved[0]) {
                            saved[0] = true; // a counsellor saves a goal while the first request is out
                            f.newGoal(samia, "Je me sens capable de prendre le bus seule");
                        }
                        List<java.util.Map<?, ?>> answers = new java.util.ArrayList<>();
                        try {
                            for (JsonNode change : Json.MAPPER
                                    .readTree(SyncFixture.body(request))
                                    .get("changes")) {
                                UUID id = UUID.fromString(change.get("changeId").asText());
                                sent.add(id);
                                answers.add(applied(id, 1, seq[0]++));
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return pushAnswer(answers.toArray(java.util.Map[]::new));
                    }
                });

                f.engine.syncOnce();

                assertThat(sent)
                        .as("sent with %d saved before", initial)
                        .hasSize(initial + 1)
                        .doesNotHaveDuplicates();
                assertThat(f.store.outbox().pendingCount()).isZero();
            }
        }
    }

    @Test
    void changesTheServerLeftUnansweredStayPendingAndTheSyncStops() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            f.newBeneficiary("Samia B.");
            f.server.enqueue(pushAnswer());

            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(SyncException.class, f.engine::syncOnce)
                            .problem())
                    .isEqualTo(SyncProblem.SERVER_REFUSED);
            assertThat(f.store.outbox().pendingCount()).isEqualTo(1);
            assertThat(f.syncRequests()).isEqualTo(1);
        }
    }

    @Test
    void editsOnTheSameRecordKeepTheirBaseVersionAndTheLastAckSetsTheVersion() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = f.newBeneficiary("Samia B.");
            Goal goal = f.newGoal(samia, "Je me sens capable de prendre le bus seule");
            f.store.goals().save(SyncFixture.goal(goal.id(), samia, goal.phrasing(), GoalStatus.ATTEINT));
            List<OutboxEntry> entries = f.store.outbox().pending(10);
            f.server.enqueue(pushAnswer(
                    applied(entries.get(0).changeId(), 1, 8),
                    applied(entries.get(1).changeId(), 1, 9),
                    applied(entries.get(2).changeId(), 2, 10)));
            f.server.enqueue(pullPage(List.of(), 10, false));

            f.engine.syncOnce();

            assertThat(f.store.goals().findStored(goal.id()).orElseThrow().version())
                    .isEqualTo(2);
            assertThat(f.store.goals().find(goal.id()).orElseThrow().status()).isEqualTo(GoalStatus.ATTEINT);
        }
    }

    @Test
    void aRefusedEditOfASyncedRecordGoesBackToTheServerStateAndStaysVisibleInTheOutbox() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            UUID goal = UUID.randomUUID();
            f.inScope(samia, "");
            f.server.enqueue(pullPage(
                    List.of(
                            SyncFixture.record(
                                    8, "beneficiary", samia, samia, 1, SyncFixture.beneficiaryFields("Samia B.")),
                            SyncFixture.record(
                                    9,
                                    "goal",
                                    goal,
                                    samia,
                                    2,
                                    SyncFixture.goalFields("Je me sens capable de conduire", "EN_COURS"))),
                    9,
                    false,
                    samia));
            f.engine.syncOnce();
            f.store.goals().save(SyncFixture.goal(goal, samia, "Je me sens capable de conduire", GoalStatus.ABANDONNE));
            OutboxEntry edit = f.store.outbox().pending(10).get(0);
            f.server.enqueue(pushAnswer(rejected(edit.changeId(), 403, "not allowed")));
            f.server.enqueue(pullPage(List.of(), 10, false, samia));
            f.server.enqueue(SyncFixture.snapshotPage(
                    List.of(
                            SyncFixture.record(
                                    8, "beneficiary", samia, samia, 1, SyncFixture.beneficiaryFields("Samia B.")),
                            SyncFixture.record(
                                    9,
                                    "goal",
                                    goal,
                                    samia,
                                    2,
                                    SyncFixture.goalFields("Je me sens capable de conduire", "EN_COURS"))),
                    10,
                    null));
            f.server.enqueue(pullPage(List.of(), 10, false, samia));

            SyncReport report = f.engine.syncOnce();

            assertThat(report.snapshots()).isEqualTo(1);
            assertThat(f.store.goals().find(goal).orElseThrow().status()).isEqualTo(GoalStatus.EN_COURS);
            assertThat(f.store.outbox().rejected()).singleElement().satisfies(e -> {
                assertThat(e.fields()).containsEntry("status", "ABANDONNE");
                assertThat(e.rejectReason()).isEqualTo("not allowed");
            });
            f.server.enqueue(pullPage(List.of(), 10, false, samia));
            f.engine.syncOnce();
            assertThat(f.syncRequests()).as("one refetch only").isEqualTo(6);
        }
    }
}
