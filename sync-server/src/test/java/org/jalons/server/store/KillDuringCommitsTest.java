package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A push is acknowledged once its transaction commits, and the phone then drops the change from its outbox: a
 * commit that returned must survive the server being killed (power cut, OOM killer, SIGKILL). A child JVM commits
 * rows through the server's own {@link Database} on its default H2 file store and is killed with SIGKILL; the
 * reopened database must hold every row whose commit returned. With H2's default write delay (commits written to
 * disk up to half a second later) this test loses rows.
 */
class KillDuringCommitsTest {
    @TempDir
    Path dir;

    @Test
    void everyCommitThatReturnedSurvivesAKill() throws Exception {
        for (int round = 0; round < 2; round++) {
            List<UUID> committed = runAndKill(200 + round * 300);
            try (Database db = Database.h2File(dir, 2)) {
                Set<UUID> stored = db.inTransaction(c -> {
                    Set<UUID> ids = new HashSet<>();
                    try (PreparedStatement ps = c.prepareStatement("select record_id from audit_log");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getObject(1, UUID.class));
                        }
                    }
                    return ids;
                });
                assertThat(stored)
                        .as("rows whose commit returned before the kill")
                        .containsAll(committed);
            }
        }
    }

    private List<UUID> runAndKill(int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), Writer.class.getName(), dir.toString())
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
        enough.await(120, TimeUnit.SECONDS);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        synchronized (committed) {
            assertThat(committed.size())
                    .as("the writer got going; its output: %s", other)
                    .isGreaterThanOrEqualTo(killAfter);
            assertThat(child.exitValue()).as("killed, not finished").isNotZero();
            return new ArrayList<>(committed);
        }
    }

    /** The child: commits one audit row per transaction, forever, printing each id once its commit returned. */
    public static final class Writer {
        public static void main(String[] args) {
            Database db = Database.h2File(Path.of(args[0]), 2);
            UUID org = UUID.randomUUID();
            while (true) {
                UUID id = UUID.randomUUID();
                db.inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("insert into audit_log (organisation_id,"
                            + " logged_at, action, kind, record_id) values (?, ?, 'create', 'goal', ?)")) {
                        ps.setObject(1, org);
                        ps.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                        ps.setObject(3, id);
                        ps.executeUpdate();
                    }
                    return null;
                });
                System.out.println("committed " + id);
                System.out.flush();
            }
        }
    }
}
