package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jalons.domain.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app can be killed at any moment (Android does it to background apps). A child JVM writes through the
 * real repositories and is killed with SIGKILL in the middle; the reopened store must hold every write whose
 * commit returned, and no record without its outbox entry nor an outbox entry without its record.
 */
class KillDuringWritesTest {
    @TempDir
    Path dir;

    @Test
    void afterAKillInTheMiddleOfWritesEveryRecordHasItsOutboxEntryAndViceVersa() throws Exception {
        TestStores.counsellorStore(dir).close();
        for (int round = 0; round < 2; round++) {
            List<UUID> committed = runAndKill(round, 150 + round * 250);
            try (LocalStore store = TestStores.reopen(dir)) {
                Map<UUID, String> records = recordIdsByTable(store);
                Map<UUID, String> outbox = outboxKinds(store);

                assertThat(records.keySet())
                        .as("records without an outbox entry")
                        .allMatch(outbox::containsKey);
                assertThat(outbox.keySet())
                        .as("outbox entries without their record")
                        .allMatch(records::containsKey);
                outbox.forEach((id, kind) -> assertThat(
                                RecordTable.of(RecordKind.fromWire(kind).orElseThrow())
                                        .name())
                        .isEqualTo(records.get(id)));
                assertThat(records.keySet())
                        .as("writes whose commit returned before the kill")
                        .containsAll(committed);
            }
        }
    }

    List<UUID> runAndKill(long seed, int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        KillableWriter.class.getName(),
                        dir.toString(),
                        String.valueOf(seed))
                .redirectErrorStream(true)
                .start();
        List<UUID> committed = new ArrayList<>();
        List<String> other = new ArrayList<>();
        CountDownLatch enough = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("committed ")) {
                        synchronized (committed) {
                            committed.add(UUID.fromString(line.substring(10)));
                            if (committed.size() >= killAfter) {
                                enough.countDown();
                            }
                        }
                    } else if (other.size() < 50) {
                        other.add(line);
                    }
                }
            } catch (Exception e) {
                // the pipe closes when the child is killed
            } finally {
                enough.countDown();
            }
        });
        reader.start();
        enough.await(90, TimeUnit.SECONDS);
        boolean reached;
        synchronized (committed) {
            reached = committed.size() >= killAfter;
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        assertThat(reached).as("the writer got going; its output: %s", other).isTrue();
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        synchronized (committed) {
            return new ArrayList<>(committed);
        }
    }

    static Map<UUID, String> recordIdsByTable(LocalStore store) {
        Map<UUID, String> ids = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            String table = RecordTable.of(kind).name();
            for (UUID id : ids(store, "SELECT ID FROM " + table)) {
                ids.put(id, table);
            }
        }
        return ids;
    }

    static Map<UUID, String> outboxKinds(LocalStore store) {
        return store.database().read(c -> {
            Map<UUID, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT RECORD_ID, KIND FROM OUTBOX");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getObject(1, UUID.class), rs.getString(2));
                }
            }
            return out;
        });
    }

    static Set<UUID> ids(LocalStore store, String query) {
        return store.database().read(c -> {
            Set<UUID> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(query);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
            return out;
        });
    }
}
