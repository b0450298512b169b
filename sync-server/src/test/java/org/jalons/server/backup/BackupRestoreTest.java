package org.jalons.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jalons.server.JalonsServer;
import org.jalons.server.ServerConfig;
import org.jalons.server.store.CannotOpenDatabase;
import org.jalons.server.store.H2Backups;
import org.jalons.server.support.Api;
import org.jalons.server.support.Org;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of the H2 data folder, taken by the running server while phones push, and restores into an empty
 * folder: what was in the database when the backup was taken comes back, encrypted backups need their key, and a
 * damaged or hostile file is refused in one line without leaving anything in the data folder.
 */
class BackupRestoreTest {

    private static final String KEY = "une-clé-de-test-assez-longue";

    @TempDir
    Path root;

    @Test
    void aBackupTakenWhilePhonesPushRestoresEverythingItHeld() throws Exception {
        Path data = root.resolve("data");
        Path backups = root.resolve("backups");
        List<UUID> beforeBackup = new ArrayList<>();
        H2Backups.Summary taken;
        String phoneToken;
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(data))) {
            Org org = Org.create(server);
            Org.Member counsellor = org.counsellor("Samia CIP");
            phoneToken = counsellor.token();
            for (int i = 0; i < 5; i++) {
                beforeBackup.add(org.newBeneficiary(counsellor));
            }
            AtomicBoolean pushing = new AtomicBoolean(true);
            List<UUID> during = new ArrayList<>();
            Thread phone = new Thread(() -> {
                for (int i = 0; i < 200 && pushing.get(); i++) { // bounded: stops by itself
                    during.add(org.newBeneficiary(counsellor));
                }
            });
            phone.start();
            taken = server.backup(backups);
            pushing.set(false);
            phone.join(60_000);
            assertThat(phone.isAlive()).isFalse();
        }

        assertThat(taken.file()).exists().hasParent(backups);
        assertThat(taken.file().getFileName().toString()).matches("jalons-\\d{8}-\\d{6}Z\\.zip");
        assertThat(taken.organisations()).isEqualTo(1);
        assertThat(taken.schemaVersion()).isNotBlank();
        assertThat(Files.getPosixFilePermissions(taken.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var left = Files.list(backups)) {
            assertThat(left).as("no temporary file left beside the backup").containsExactly(taken.file());
        }

        Path restored = root.resolve("restored");
        H2Backups.Summary back = H2Backups.restore(taken.file(), restored, null);
        assertThat(back.schemaVersion()).isEqualTo(taken.schemaVersion());
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(restored))) {
            // the phone's token is in the backup too: it pulls from the restored server as before
            Api.Response pulled = new Api(server.baseUrl()).get("/api/v1/sync/pull?cursor=0", phoneToken);
            assertThat(pulled.status()).as(pulled.toString()).isEqualTo(200);
            String page = pulled.json().toString();
            for (UUID id : beforeBackup) {
                assertThat(page).contains(id.toString());
            }
        }
    }

    @Test
    void anEncryptedDatabaseGivesAnEncryptedBackupThatNeedsItsKey() throws Exception {
        Path data = root.resolve("data");
        H2Backups.Summary taken;
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(data).withDbKey(KEY))) {
            Org org = Org.create(server);
            org.newBeneficiary(org.counsellor("Samia CIP"));
            taken = server.backup(root.resolve("backups"));
        }
        assertThat(taken.encrypted()).isTrue();
        byte[] bytes = Files.readAllBytes(taken.file());
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Samia");

        Path noKey = root.resolve("no-key");
        assertThatThrownBy(() -> H2Backups.restore(taken.file(), noKey, null))
                .isInstanceOf(CannotOpenDatabase.class)
                .hasMessageContaining("encrypted")
                .hasMessageContaining("JALONS_DB_KEY");
        assertThat(databaseFiles(noKey)).isEmpty();

        Path wrongKey = root.resolve("wrong-key");
        assertThatThrownBy(() -> H2Backups.restore(taken.file(), wrongKey, "une-autre-clé-pas-la-bonne"))
                .isInstanceOf(CannotOpenDatabase.class);
        assertThat(databaseFiles(wrongKey)).isEmpty();

        Path restored = root.resolve("restored");
        assertThat(H2Backups.restore(taken.file(), restored, KEY).organisations())
                .isEqualTo(1);
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(restored).withDbKey(KEY))) {
            assertThat(server.organisations()).hasSize(1);
        }
    }

    @Test
    void aRestoreNeverOverwritesADatabase() throws Exception {
        Path data = root.resolve("data");
        H2Backups.Summary taken;
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(data))) {
            Org.create(server);
            taken = server.backup(root.resolve("backups"));
        }
        byte[] before = Files.readAllBytes(data.resolve("jalons.mv.db"));

        assertThatThrownBy(() -> H2Backups.restore(taken.file(), data, null))
                .isInstanceOf(CannotOpenDatabase.class)
                .hasMessageContaining("empty data folder");
        assertThat(Files.readAllBytes(data.resolve("jalons.mv.db"))).isEqualTo(before);
    }

    @Test
    void damagedOrHostileFilesAreRefusedInOneLineAndLeaveNothingBehind() throws Exception {
        Path good;
        try (JalonsServer server = JalonsServer.start(ServerConfig.h2(root.resolve("data")))) {
            Org.create(server);
            good = server.backup(root.resolve("backups")).file();
        }
        byte[] goodBytes = Files.readAllBytes(good);
        List<Path> hostile = List.of(
                write("not-a-zip.zip", "bonjour".getBytes(StandardCharsets.UTF_8)),
                write("truncated.zip", java.util.Arrays.copyOf(goodBytes, goodBytes.length / 2)),
                zip("no-manifest.zip", "jalons.mv.db", "x"),
                zip("escape.zip", "../../etc/evil", "x"),
                zip("other-entry.zip", "backup.properties", "format=1\ndatabase=h2\n", "notes.txt", "x"),
                zip("pg.zip", "backup.properties", "format=1\ndatabase=postgresql\n", "jalons.mv.db", "x"),
                zip(
                        "fake-db.zip",
                        "backup.properties",
                        "format=1\ndatabase=h2\ntakenAt=2026-12-07T00:00:00Z\n",
                        "jalons.mv.db",
                        "pas une base H2"));
        for (Path file : hostile) {
            Path target = root.resolve("restore-" + file.getFileName());
            assertThatThrownBy(() -> H2Backups.restore(file, target, null))
                    .as(file.getFileName().toString())
                    .isInstanceOf(CannotOpenDatabase.class)
                    .hasMessageContaining("Not a Jalons backup")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(databaseFiles(target)).as(file.getFileName().toString()).isEmpty();
        }
        assertThat(root.resolve("etc")).doesNotExist();
    }

    @Test
    void theRunningServerTakesBackupsOnScheduleAndKeepsTheNewest() throws Exception {
        Path backups = root.resolve("backups");
        ServerConfig config = ServerConfig.h2(root.resolve("data")).withBackups(backups, Duration.ofSeconds(1), 2);
        try (JalonsServer server = JalonsServer.start(config)) {
            Org.create(server);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (countBackups(backups) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(countBackups(backups)).isEqualTo(2);
            java.util.Set<String> first = backupNames(backups);
            // A few more rounds: each writes its backup, then keeps the newest two. While a round runs, its new file
            // is there beside the two kept ones for a moment (longer on a loaded machine), so wait for a settled
            // state: two backups, the oldest of the first two gone.
            deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((countBackups(backups) != 2 || backupNames(backups).containsAll(first))
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(countBackups(backups)).isEqualTo(2);
            assertThat(backupNames(backups)).isNotEqualTo(first);
        }
    }

    @Test
    void retentionKeepsTheNewestAndOnlyTouchesBackups() throws Exception {
        Path dir = Files.createDirectories(root.resolve("backups"));
        for (String name : List.of(
                "jalons-20261201-020000Z.zip",
                "jalons-20261202-020000Z.zip",
                "jalons-20261203-020000Z.zip",
                "notes.txt")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<Path> deleted = H2Backups.prune(dir, 2);
        assertThat(deleted).containsExactly(dir.resolve("jalons-20261201-020000Z.zip"));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "jalons-20261202-020000Z.zip", "jalons-20261203-020000Z.zip", "notes.txt");
        }
    }

    /** The backups' file names in {@code dir} (none when it does not exist yet). */
    private static java.util.Set<String> backupNames(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return java.util.Set.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("jalons-.*\\.zip"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private static long countBackups(Path dir) throws IOException {
        return backupNames(dir).size();
    }

    private static List<Path> databaseFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(root.resolve(name), bytes);
    }

    private Path zip(String name, String... entries) throws IOException {
        Path file = root.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
