package org.jalons.bench;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.storage.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test ({@code mvn -B -q verify -Dtest=PhoneAckFloorBench -Dsurefire.failIfNoSpecifiedTests=false
 * -Djacoco.skip=true}): the phone's share of the floor of the sync benchmark's 100-edit push. On the real encrypted
 * store (schema, triggers, AES) holding 10,000 synced barriers, 100 edited barriers have their outbox entries
 * deleted and their versions raised in one transaction, by plain JDBC batches, which is the least an
 * acknowledgement writes. 300 rounds; prints the median of the last 200. With StorageFloorBench's server figure,
 * the two stores' writes alone for 100 edits.
 */
class PhoneAckFloorBench {
    @TempDir
    Path dir;

    @Test
    void ackFloor() throws Exception {
        try (LocalStore store = SteadyPushBench.newPhone(dir.resolve("phone"), "phone")) {
            List<UUID> barriers = SteadyPushBench.write(store, store.profile().userId(), 10_000);
            ack(store); // as after the first push
            Random random = new Random(1);
            List<Long> micros = new ArrayList<>();
            for (int round = 0; round < 300; round++) {
                int r = round;
                store.database().inTransaction(c -> {
                    for (int i = 0; i < 100; i++) {
                        UUID id = barriers.get(random.nextInt(barriers.size()));
                        Barrier b = store.barriers().find(id).orElseThrow();
                        store.barriers()
                                .save(
                                        c,
                                        new Barrier(
                                                id,
                                                b.beneficiaryId(),
                                                b.area(),
                                                BarrierStatus.POINT_APPUI,
                                                "édité " + r + " " + i));
                    }
                    return null;
                });
                micros.add(ack(store));
            }
            List<Long> steady = new ArrayList<>(micros.subList(100, micros.size()));
            Collections.sort(steady);
            System.out.printf(
                    "phone acknowledgement floor, 100 edits on 10,000 barriers: median %.1f ms, p10 %.1f ms"
                            + " (rounds 101 to 300)%n",
                    steady.get(steady.size() / 2) / 1000.0, steady.get(steady.size() / 10) / 1000.0);
        }
    }

    /** Deletes every outbox entry and raises its record's version, timed from the transaction's start to commit. */
    private static long ack(LocalStore store) {
        Map<UUID, UUID> changes = new LinkedHashMap<>(); // change id -> record id, known from the answer
        store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT CHANGE_ID, RECORD_ID FROM OUTBOX");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                }
            }
            return null;
        });
        long start = System.nanoTime();
        store.database().inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM OUTBOX WHERE CHANGE_ID = ?");
                    PreparedStatement raise =
                            c.prepareStatement("UPDATE BARRIER SET VERSION = VERSION + 1 WHERE ID = ?")) {
                for (Map.Entry<UUID, UUID> e : changes.entrySet()) {
                    delete.setObject(1, e.getKey());
                    delete.addBatch();
                    raise.setObject(1, e.getValue());
                    raise.addBatch();
                }
                delete.executeBatch();
                raise.executeBatch();
            }
            return null;
        });
        return (System.nanoTime() - start) / 1000;
    }
}
