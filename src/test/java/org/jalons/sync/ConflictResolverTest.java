package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalons.sync.SyncFixture.beneficiaryFields;
import static org.jalons.sync.SyncFixture.goalFields;
import static org.jalons.sync.SyncFixture.pullPage;
import static org.jalons.sync.SyncFixture.record;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Conflict;
import org.jalons.protocol.Vocabulary.ConflictStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.storage.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictResolverTest {
    @TempDir
    Path dir;

    private static Map<String, Object> conflictFields(UUID goal, String field, Object server, Object client) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("recordKind", "goal");
        f.put("recordId", goal.toString());
        f.put("field", field);
        f.put("serverValue", server);
        f.put("clientValue", client);
        f.put("baseVersion", 3);
        f.put("changeId", UUID.randomUUID().toString());
        f.put("status", "OPEN");
        f.put("resolvedValue", null);
        return f;
    }

    /** Samia's goal at version 4 (status ATTEINT on the server) and an open conflict on its status. */
    private static UUID[] seed(SyncFixture f) throws Exception {
        UUID samia = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID conflict = UUID.randomUUID();
        f.inScope(samia, "");
        f.server.enqueue(pullPage(
                List.of(
                        record(8, "beneficiary", samia, samia, 1, beneficiaryFields("Samia B.")),
                        record(9, "goal", goal, samia, 4, goalFields("Je me sens capable de conduire", "ATTEINT")),
                        record(
                                10,
                                "conflict",
                                conflict,
                                samia,
                                1,
                                conflictFields(goal, "status", "ATTEINT", "REPORTE"))),
                10,
                false,
                samia));
        f.engine.syncOnce();
        return new UUID[] {samia, goal, conflict};
    }

    @Test
    void resolvingWritesTheChosenValueAndTheResolutionAsOutboxChangesInOneGo() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID[] ids = seed(f);
            ConflictResolver resolver = new ConflictResolver(f.store);
            assertThat(resolver.open()).singleElement().satisfies(c -> {
                assertThat(c.serverValue()).isEqualTo("\"ATTEINT\"");
                assertThat(c.clientValue()).isEqualTo("\"REPORTE\"");
            });
            assertThat(f.store.conflicts().openCount()).isEqualTo(1);

            resolver.resolve(ids[2], "\"REPORTE\"");

            assertThat(f.store.goals().find(ids[1]).orElseThrow().status()).isEqualTo(GoalStatus.REPORTE);
            Conflict resolved = f.store.conflicts().find(ids[2]).orElseThrow();
            assertThat(resolved.status()).isEqualTo(ConflictStatus.RESOLVED);
            assertThat(resolved.resolvedValue()).isEqualTo("\"REPORTE\"");
            assertThat(resolved.serverValue())
                    .as("the other value stays readable")
                    .isEqualTo("\"ATTEINT\"");
            List<OutboxEntry> changes = f.store.outbox().pending(10);
            assertThat(changes).hasSize(2);
            assertThat(changes.get(0).recordId()).isEqualTo(ids[1]);
            assertThat(changes.get(0).baseVersion()).isEqualTo(4);
            assertThat(changes.get(0).fields()).isEqualTo(Map.of("status", "REPORTE"));
            assertThat(changes.get(1).recordId()).isEqualTo(ids[2]);
            assertThat(changes.get(1).fields()).isEqualTo(Map.of("status", "RESOLVED", "resolvedValue", "REPORTE"));
            assertThat(resolver.open()).isEmpty();
        }
    }

    @Test
    void keepingTheServerValueOnlySendsTheResolution() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID[] ids = seed(f);

            new ConflictResolver(f.store).resolve(ids[2], "\"ATTEINT\"");

            assertThat(f.store.outbox().pending(10))
                    .singleElement()
                    .satisfies(e -> assertThat(e.recordId()).isEqualTo(ids[2]));
        }
    }

    @Test
    void anInvalidChoiceChangesNothing() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID[] ids = seed(f);

            assertThatThrownBy(() -> new ConflictResolver(f.store).resolve(ids[2], "42"))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(f.store.outbox().pendingCount()).isZero();
            assertThat(f.store.conflicts().openCount()).isEqualTo(1);
            assertThat(f.store.goals().find(ids[1]).orElseThrow().status()).isEqualTo(GoalStatus.ATTEINT);
        }
    }
}
