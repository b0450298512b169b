package org.jalons.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Vocabulary.GoalStatus;

/**
 * Run in a child JVM by {@link KillDuringWritesTest}: writes, edits and deletes records as fast as it can and
 * prints "committed <id>" after each commit returns, until it is killed (or has written a bounded number).
 */
public final class KillableWriter {
    private KillableWriter() {}

    public static void main(String[] args) throws Exception {
        Path appDirectory = Path.of(args[0]);
        Samples samples = new Samples(Long.parseLong(args[1]));
        RecordKind[] kinds = RecordKind.values();
        List<Goal> goals = new ArrayList<>();
        try (LocalStore store = new Profiles(appDirectory, Clock.systemUTC(), TestStores.FAST_ITERATIONS)
                .unlock(TestStores.PIN.clone())) {
            System.out.println("ready");
            for (int i = 0; i < 200_000; i++) {
                UUID id;
                if (i % 5 == 4 && !goals.isEmpty()) {
                    Goal g = goals.get(samples.random().nextInt(goals.size()));
                    if (i % 10 == 9) {
                        store.goals().delete(g.id());
                        goals.remove(g);
                    } else {
                        store.goals()
                                .save(new Goal(
                                        g.id(),
                                        g.beneficiaryId(),
                                        g.theme(),
                                        "Je me sens capable de " + i,
                                        g.proposedBy(),
                                        GoalStatus.REPORTE,
                                        g.targetDate(),
                                        g.openedOn(),
                                        g.closedOn()));
                    }
                    id = g.id();
                } else if (i % 7 == 6) {
                    List<JalonsRecord> batch =
                            List.of(samples.goal(UUID.randomUUID()), samples.goal(UUID.randomUUID()));
                    store.inOneTransaction(
                            () -> batch.forEach(r -> store.goals().save((Goal) r)));
                    batch.forEach(r -> goals.add((Goal) r));
                    id = batch.get(1).id();
                } else {
                    RecordKind kind = kinds[i % kinds.length];
                    JalonsRecord record = samples.any(kind, UUID.randomUUID());
                    Repositories.of(store, kind).save(record);
                    if (record instanceof Goal g) {
                        goals.add(g);
                    }
                    id = record.id();
                }
                System.out.println("committed " + id);
            }
        }
    }
}
