package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jalons.sync.SyncFixture.applied;
import static org.jalons.sync.SyncFixture.beneficiaryFields;
import static org.jalons.sync.SyncFixture.duplicate;
import static org.jalons.sync.SyncFixture.goalFields;
import static org.jalons.sync.SyncFixture.pullPage;
import static org.jalons.sync.SyncFixture.pushAnswer;
import static org.jalons.sync.SyncFixture.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Goal;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.storage.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PullTest {
    @TempDir
    Path dir;

    @Test
    void pullAppliesEveryPageWithItsCursorUntilNoMore() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            UUID goal = UUID.randomUUID();
            f.inScope(samia, "");
            f.server.enqueue(pullPage(
                    List.of(record(8, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B."))), 8, true, samia));
            f.server.enqueue(pullPage(
                    List.of(record(
                            9, "goal", goal, samia, 4, goalFields("Je me sens capable de conduire", "EN_COURS"))),
                    9,
                    false,
                    samia));

            SyncReport report = f.engine.syncOnce();

            assertThat(report.pulled()).isEqualTo(2);
            assertThat(f.cursor()).isEqualTo(9);
            assertThat(f.store.beneficiaries().find(samia).orElseThrow().displayName())
                    .isEqualTo("Samia B.");
            assertThat(f.store.goals().findStored(goal).orElseThrow().version()).isEqualTo(4);
            assertThat(f.takeSyncRequest().getPath()).isEqualTo("/api/v1/sync/pull?cursor=7&limit=500");
            assertThat(f.takeSyncRequest().getPath()).isEqualTo("/api/v1/sync/pull?cursor=8&limit=500");
            assertThat(f.store.outbox().pendingCount())
                    .as("pulled records are not changes to send")
                    .isZero();
        }
    }

    @Test
    void aPageThatFailsToApplyLeavesNeitherRecordsNorCursor() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            UUID goal = UUID.randomUUID();
            Map<String, Object> broken = goalFields("Je me sens capable de conduire", "EN_COURS");
            broken.put("openedOn", "pas une date");
            f.server.enqueue(pullPage(
                    List.of(
                            record(8, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B.")),
                            record(9, "goal", goal, samia, 1, broken)),
                    9,
                    false,
                    samia));

            SyncException e = catchThrowableOfType(SyncException.class, f.engine::syncOnce);

            assertThat(e.problem()).isEqualTo(SyncProblem.LOCAL_STORE);
            assertThat(f.cursor()).isEqualTo(7);
            assertThat(f.store.beneficiaries().findStored(samia)).isEmpty();
            assertThat(f.store.goals().findStored(goal)).isEmpty();
        }
    }

    /** Samia and her goal, synced at version 3; the cursor at 9. */
    private static Goal seedSyncedGoal(SyncFixture f, UUID samia) throws Exception {
        UUID goal = UUID.randomUUID();
        f.inScope(samia, "");
        f.server.enqueue(pullPage(
                List.of(
                        record(8, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B.")),
                        record(
                                9,
                                "goal",
                                goal,
                                samia,
                                3,
                                goalFields("Je me sens capable de prendre le bus", "EN_COURS"))),
                9,
                false,
                samia));
        f.engine.syncOnce();
        f.takeSyncRequest();
        return f.store.goals().find(goal).orElseThrow();
    }

    /** The person marks the goal achieved while the pull is on its way; the server sends another device's edit. */
    private static void pullWhileEditing(SyncFixture f, UUID samia, Goal goal, Map<String, Object> serverState)
            throws Exception {
        f.script(request -> {
            f.store.goals().save(SyncFixture.goal(goal.id(), samia, goal.phrasing(), GoalStatus.ATTEINT));
            return pullPage(List.of(record(10, "goal", goal.id(), samia, 4, serverState)), 10, false, samia);
        });
        f.engine.syncOnce();
    }

    @Test
    void pullNeverOverwritesARecordWithPendingChanges() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            Goal goal = seedSyncedGoal(f, samia);

            pullWhileEditing(
                    f, samia, goal, goalFields("Je me sens capable de prendre le bus et le train", "EN_COURS"));

            Goal local = f.store.goals().find(goal.id()).orElseThrow();
            assertThat(local.status()).isEqualTo(GoalStatus.ATTEINT);
            assertThat(local.phrasing()).isEqualTo("Je me sens capable de prendre le bus");
            assertThat(f.store.goals().findStored(goal.id()).orElseThrow().version())
                    .isEqualTo(3);
            assertThat(f.cursor()).isEqualTo(10);
            assertThat(f.shadow(goal.id()))
                    .hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(4));
            assertThat(f.store.outbox().pending(10))
                    .singleElement()
                    .satisfies(e -> assertThat(e.baseVersion()).isEqualTo(3));
        }
    }

    @Test
    void afterTheAckAnOlderShadowIsDroppedAndTheNextPullBringsTheMergedState() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            Goal goal = seedSyncedGoal(f, samia);
            pullWhileEditing(
                    f, samia, goal, goalFields("Je me sens capable de prendre le bus et le train", "EN_COURS"));
            OutboxEntry edit = f.store.outbox().pending(10).get(0);

            f.script(
                    push -> pushAnswer(applied(edit.changeId(), 5, 11)),
                    pull -> pullPage(
                            List.of(record(
                                    11,
                                    "goal",
                                    goal.id(),
                                    samia,
                                    5,
                                    goalFields("Je me sens capable de prendre le bus et le train", "ATTEINT"))),
                            11,
                            false,
                            samia));
            f.engine.syncOnce();

            Goal merged = f.store.goals().find(goal.id()).orElseThrow();
            assertThat(merged.phrasing()).isEqualTo("Je me sens capable de prendre le bus et le train");
            assertThat(merged.status()).isEqualTo(GoalStatus.ATTEINT);
            assertThat(f.store.goals().findStored(goal.id()).orElseThrow().version())
                    .isEqualTo(5);
            assertThat(f.shadowCount()).isZero();
        }
    }

    @Test
    void aShadowAtLeastAsNewAsTheAckReplacesTheLocalRecord() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            Goal goal = seedSyncedGoal(f, samia);
            // The server already applied our change (an earlier push whose answer was lost) and merged it as v4.
            pullWhileEditing(f, samia, goal, goalFields("Je me sens capable de prendre le bus et le train", "ATTEINT"));
            OutboxEntry edit = f.store.outbox().pending(10).get(0);

            f.script(
                    push -> pushAnswer(duplicate(edit.changeId(), 4, 10)),
                    pull -> pullPage(List.of(), 10, false, samia));
            f.engine.syncOnce();

            Goal local = f.store.goals().find(goal.id()).orElseThrow();
            assertThat(local.phrasing()).isEqualTo("Je me sens capable de prendre le bus et le train");
            assertThat(local.status()).isEqualTo(GoalStatus.ATTEINT);
            assertThat(f.store.goals().findStored(goal.id()).orElseThrow().version())
                    .isEqualTo(4);
            assertThat(f.shadowCount()).isZero();
            assertThat(f.store.outbox().pendingCount()).isZero();
        }
    }
}
