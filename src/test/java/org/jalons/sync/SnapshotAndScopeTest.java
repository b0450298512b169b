package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jalons.sync.SyncFixture.beneficiaryFields;
import static org.jalons.sync.SyncFixture.error;
import static org.jalons.sync.SyncFixture.goalFields;
import static org.jalons.sync.SyncFixture.json;
import static org.jalons.sync.SyncFixture.pullPage;
import static org.jalons.sync.SyncFixture.record;
import static org.jalons.sync.SyncFixture.snapshotPage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.jalons.domain.Goal;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.storage.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotAndScopeTest {
    @TempDir
    Path dir;

    @Test
    void firstSyncRestoresFromTheSnapshotPagesThenPullsFromItsCursor() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(0)) {
            UUID samia = UUID.randomUUID();
            UUID goal = UUID.randomUUID();
            f.server.enqueue(snapshotPage(
                    List.of(record(3, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B."))), 40, "3"));
            f.server.enqueue(snapshotPage(
                    List.of(record(
                            12, "goal", goal, samia, 2, goalFields("Je me sens capable de conduire", "EN_COURS"))),
                    40,
                    null));
            f.server.enqueue(pullPage(List.of(), 41, false, samia));

            SyncReport report = f.engine.syncOnce();

            assertThat(report.restored()).isTrue();
            assertThat(f.takeSyncRequest().getPath()).isEqualTo("/api/v1/sync/snapshot?limit=500");
            assertThat(f.takeSyncRequest().getPath()).isEqualTo("/api/v1/sync/snapshot?page=3&at=40&limit=500");
            assertThat(f.takeSyncRequest().getPath()).isEqualTo("/api/v1/sync/pull?cursor=40&limit=500");
            assertThat(f.syncRequests())
                    .as("no second download of Samia's data")
                    .isEqualTo(3);
            assertThat(f.store.goals().findStored(goal).orElseThrow().version()).isEqualTo(2);
            assertThat(f.cursor()).isEqualTo(41);
        }
    }

    /**
     * Snapshot pages are written on another thread while the next one is asked for. A page that fails to apply
     * stops the restore: the pages after it are not written, the cursor stays at 0, and the next sync restores.
     */
    @Test
    void aSnapshotPageThatFailsToApplyStopsTheRestoreBeforeTheNextPage() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(0)) {
            UUID samia = UUID.randomUUID();
            UUID goal = UUID.randomUUID();
            UUID later = UUID.randomUUID();
            Map<String, Object> broken = goalFields("Je me sens capable de conduire", "EN_COURS");
            broken.put("openedOn", "pas une date");
            f.server.enqueue(snapshotPage(
                    List.of(
                            record(3, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B.")),
                            record(4, "goal", goal, samia, 1, broken)),
                    40,
                    "4"));
            f.server.enqueue(snapshotPage(
                    List.of(record(
                            12, "goal", later, samia, 2, goalFields("Je me sens capable de cuisiner", "EN_COURS"))),
                    40,
                    null));

            SyncException e = catchThrowableOfType(SyncException.class, f.engine::syncOnce);

            assertThat(e.problem()).isEqualTo(SyncProblem.LOCAL_STORE);
            assertThat(f.store.goals().findStored(later))
                    .as("the page after the failed one")
                    .isEmpty();
            assertThat(f.store.beneficiaries().find(samia))
                    .as("the failed page, all or nothing")
                    .isEmpty();
            assertThat(f.cursor()).isZero();

            f.server.enqueue(snapshotPage(
                    List.of(record(3, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B."))), 40, "3"));
            f.server.enqueue(snapshotPage(
                    List.of(record(
                            12, "goal", later, samia, 2, goalFields("Je me sens capable de cuisiner", "EN_COURS"))),
                    40,
                    null));
            f.server.enqueue(pullPage(List.of(), 41, false, samia));
            assertThat(f.engine.syncOnce().restored()).isTrue();
            assertThat(f.store.goals().findStored(later).orElseThrow().version())
                    .isEqualTo(2);
            assertThat(f.cursor()).isEqualTo(41);
        }
    }

    /** A network failure after some snapshot pages keeps what was written and leaves the cursor at 0. */
    @Test
    void aSnapshotCutOffByTheNetworkKeepsItsWrittenPagesAndTheCursorAtZero() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(0)) {
            UUID samia = UUID.randomUUID();
            f.server.enqueue(snapshotPage(
                    List.of(record(3, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B."))), 40, "3"));
            f.server.enqueue(new okhttp3.mockwebserver.MockResponse()
                    .setResponseCode(400)
                    .setBody("{\"error\":\"invalid_parameter\",\"message\":\"no\"}"));

            catchThrowableOfType(SyncException.class, f.engine::syncOnce);

            assertThat(f.store.beneficiaries().find(samia).orElseThrow().displayName())
                    .isEqualTo("Samia B.");
            assertThat(f.cursor()).isZero();
        }
    }

    @Test
    void cursorTooOldRestoresFromTheSnapshotAndKeepsTheOutbox() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            f.inScope(samia, "");
            UUID deletedMeanwhile = UUID.randomUUID();
            UUID kept = UUID.randomUUID();
            // Synced long ago: two goals; one was deleted on the server since, and its tombstone is gone.
            f.server.enqueue(pullPage(
                    List.of(
                            record(5, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B.")),
                            record(
                                    6,
                                    "goal",
                                    deletedMeanwhile,
                                    samia,
                                    1,
                                    goalFields("Je me sens capable de cuisiner", "EN_COURS")),
                            record(
                                    7,
                                    "goal",
                                    kept,
                                    samia,
                                    1,
                                    goalFields("Je me sens capable de conduire", "EN_COURS"))),
                    7,
                    false,
                    samia));
            f.engine.syncOnce();
            // The pull is refused as too old; meanwhile the person edits offline (changes still pending).
            Goal[] offline = new Goal[1];
            f.script(
                    pull -> {
                        offline[0] = f.newGoal(samia, "Je me sens capable de parler au téléphone");
                        f.store
                                .goals()
                                .save(SyncFixture.goal(
                                        kept, samia, "Je me sens capable de conduire", GoalStatus.ATTEINT));
                        return error(412, "cursor_too_old");
                    },
                    snapshot -> snapshotPage(
                            List.of(
                                    record(5, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B.")),
                                    record(
                                            90,
                                            "goal",
                                            kept,
                                            samia,
                                            4,
                                            goalFields("Je me sens capable de conduire seule", "EN_COURS"))),
                            100,
                            null),
                    pull -> pullPage(List.of(), 100, false, samia));

            SyncReport report = f.engine.syncOnce();

            assertThat(report.restored()).isTrue();
            assertThat(f.cursor()).isEqualTo(100);
            assertThat(f.store.outbox().pendingCount()).isEqualTo(2);
            assertThat(f.store.goals().findStored(deletedMeanwhile))
                    .as("deleted on the server meanwhile")
                    .isEmpty();
            assertThat(f.store.goals().find(offline[0].id()))
                    .as("offline creation kept")
                    .isPresent();
            Goal edited = f.store.goals().find(kept).orElseThrow();
            assertThat(edited.status()).as("offline edit kept").isEqualTo(GoalStatus.ATTEINT);
            assertThat(f.shadow(kept))
                    .hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(4));
        }
    }

    @Test
    void aBeneficiaryWhoLeftTheScopeIsRemovedWithTheirRecordsAndTheirPendingChangesStayVisible() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = f.newBeneficiary("Samia B.");
            UUID thomas = f.newBeneficiary("Thomas L.");
            f.newGoal(samia, "Je me sens capable de conduire");
            f.newGoal(thomas, "Je me sens capable de cuisiner");
            f.inScope(samia, "");
            f.inScope(thomas, "");
            List<OutboxEntry> pending = f.store.outbox().pending(10);
            Goal[] late = new Goal[1];
            f.script(
                    push -> SyncFixture.pushAnswer(pending.stream()
                            .map(e -> SyncFixture.applied(e.changeId(), 1, 8))
                            .toArray(Map[]::new)),
                    pull -> {
                        late[0] = f.newGoal(thomas, "Je me sens capable de prendre le train");
                        return pullPage(List.of(), 9, false, samia);
                    });

            SyncReport report = f.engine.syncOnce();

            assertThat(report.evicted()).isEqualTo(1);
            assertThat(f.store.beneficiaries().findStored(thomas)).isEmpty();
            assertThat(f.store.goals().forBeneficiary(thomas)).isEmpty();
            assertThat(f.store.goals().findStored(late[0].id())).isEmpty();
            assertThat(f.store.goals().forBeneficiary(samia)).hasSize(1);
            assertThat(f.store.outbox().pendingCount()).isZero();
            assertThat(f.store.outbox().rejected()).singleElement().satisfies(e -> {
                assertThat(e.recordId()).isEqualTo(late[0].id());
                assertThat(e.rejectReason()).contains("ne fait plus partie de votre portefeuille");
            });
        }
    }

    @Test
    void aBeneficiaryNewInTheScopeIsFetchedWholeFromTheirSnapshot() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID aminata = UUID.randomUUID();
            UUID goal = UUID.randomUUID();
            f.server.enqueue(pullPage(List.of(), 9, false, aminata));
            f.server.enqueue(snapshotPage(
                    List.of(
                            record(2, "beneficiary", aminata, aminata, 1, beneficiaryFields("Aminata D.")),
                            record(
                                    4,
                                    "goal",
                                    goal,
                                    aminata,
                                    3,
                                    goalFields("Je me sens capable de lire un contrat", "EN_COURS"))),
                    9,
                    null));
            f.server.enqueue(pullPage(List.of(), 9, false, aminata));

            SyncReport report = f.engine.syncOnce();

            f.takeSyncRequest();
            RecordedRequest snapshot = f.takeSyncRequest();
            assertThat(snapshot.getPath()).isEqualTo("/api/v1/sync/snapshot?beneficiaryId=" + aminata + "&limit=500");
            assertThat(report.snapshots()).isEqualTo(1);
            assertThat(f.store.goals().findStored(goal).orElseThrow().version()).isEqualTo(3);

            f.server.enqueue(pullPage(List.of(), 9, false, aminata));
            f.engine.syncOnce();
            assertThat(f.syncRequests()).as("known now: no second snapshot").isEqualTo(4);
        }
    }

    @Test
    void aChangedSignatureRefetchesTheBeneficiaryAndDropsWhatIsNoLongerServed() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            UUID health = UUID.randomUUID();
            f.inScope(samia, "HEALTH");
            Map<String, Object> barrier = new LinkedHashMap<>();
            barrier.put("area", "SANTE");
            barrier.put("status", "BESOIN");
            barrier.put("note", "Suivi médical en cours");
            f.server.enqueue(json(Map.of(
                    "records",
                    List.of(
                            record(8, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B.")),
                            record(9, "barrier", health, samia, 1, barrier)),
                    "cursor",
                    9,
                    "hasMore",
                    false,
                    "scope",
                    List.of(Map.of("beneficiaryId", samia.toString(), "signature", "HEALTH")))));
            f.engine.syncOnce();
            assertThat(f.store.barriers().find(health)).isPresent();

            // Consent for health data withdrawn: the signature changes, the snapshot no longer has the barrier.
            f.server.enqueue(json(Map.of(
                    "records",
                    List.of(),
                    "cursor",
                    10,
                    "hasMore",
                    false,
                    "scope",
                    List.of(Map.of("beneficiaryId", samia.toString(), "signature", "")))));
            f.server.enqueue(snapshotPage(
                    List.of(record(8, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B."))), 10, null));
            f.server.enqueue(json(Map.of(
                    "records",
                    List.of(),
                    "cursor",
                    10,
                    "hasMore",
                    false,
                    "scope",
                    List.of(Map.of("beneficiaryId", samia.toString(), "signature", "")))));
            f.engine.syncOnce();

            assertThat(f.store.barriers().findStored(health)).isEmpty();
            assertThat(f.store.beneficiaries().find(samia)).isPresent();
        }
    }

    @Test
    void aRecordChangedWhileTheSnapshotWasTakenComesBackInTheSameSync() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID aminata = UUID.randomUUID();
            UUID goal = UUID.randomUUID();
            f.server.enqueue(pullPage(
                    List.of(record(
                            8,
                            "goal",
                            goal,
                            aminata,
                            1,
                            goalFields("Je me sens capable de lire un contrat", "EN_COURS"))),
                    8,
                    false,
                    aminata));
            // The goal changed again (seq 12) after the snapshot was taken at 11: the snapshot leaves it out.
            f.server.enqueue(snapshotPage(
                    List.of(record(2, "beneficiary", aminata, aminata, 1, beneficiaryFields("Aminata D."))), 11, null));
            f.server.enqueue(pullPage(
                    List.of(record(
                            12,
                            "goal",
                            goal,
                            aminata,
                            2,
                            goalFields("Je me sens capable de lire un contrat", "ATTEINT"))),
                    12,
                    false,
                    aminata));

            f.engine.syncOnce();

            assertThat(f.store.goals().find(goal))
                    .hasValueSatisfying(g -> assertThat(g.status()).isEqualTo(GoalStatus.ATTEINT));
            assertThat(f.cursor()).isEqualTo(12);
        }
    }
}
