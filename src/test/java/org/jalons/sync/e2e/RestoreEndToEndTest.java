package org.jalons.sync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.SyncReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill, from the phones' side, against the real server (PROTOCOL.md, "A server restored from a backup"):
 * two counsellors' phones push while the server takes a backup and go on after it; the server is restored from that
 * backup. Every change a phone saw acknowledged ends up on the restored server (sent again by the phone that made
 * it), and no phone's cursor skips a change made after the restore: a goal phone B pushes to the restored server, at
 * a seq below phone A's old cursor, reaches phone A.
 */
class RestoreEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        Collections.reverse(open);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private static Goal goal(UUID id, UUID beneficiaryId, String phrasing) {
        return new Goal(
                id,
                beneficiaryId,
                Term.of(GoalTheme.MOBILITE),
                phrasing,
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                null,
                LocalDate.of(2026, 4, 1),
                null);
    }

    private LocalStore phone(String folder, String name) throws Exception {
        LocalStore phone =
                new Profiles(dir.resolve(folder), CLOCK, 1000).create(name, Role.COUNSELLOR, "123456".toCharArray());
        open.add(phone);
        return phone;
    }

    @Test
    void phonesSendAgainWhatTheRestoredServerLostAndNoCursorSkipsWhatCameAfter() throws Exception {
        RealServer server = RealServer.start(dir.resolve("server"));
        open.add(server);
        int port = server.port();
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        RealServer.User hugo = server.createUser("Hugo Petit", "COUNSELLOR", null);
        LocalStore phoneA = phone("camille", "Camille Martin");
        LocalStore phoneB = phone("hugo", "Hugo Petit");
        SyncEngine syncA = new SyncEngine(phoneA, HTTP, CLOCK);
        SyncEngine syncB = new SyncEngine(phoneB, HTTP, CLOCK);
        syncA.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
        syncB.pairing().pair(server.baseUrl(), server.pairingCode(hugo), "Téléphone de Hugo");

        // Both follow Samia; each phone's goals are the changes it sees acknowledged.
        UUID samia = UUID.randomUUID();
        phoneA.beneficiaries()
                .save(new Beneficiary(
                        samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, camille.id(), List.of(), null, null));
        List<UUID> goalsOfA = Collections.synchronizedList(new ArrayList<>());
        List<UUID> goalsOfB = new ArrayList<>();
        UUID first = UUID.randomUUID();
        phoneA.goals().save(goal(first, samia, "Je me sens capable de prendre le bus seule"));
        goalsOfA.add(first);
        syncA.syncOnce();
        server.addToCaseload(hugo.id(), samia);
        syncB.syncOnce();
        UUID ofB = UUID.randomUUID();
        phoneB.goals().save(goal(ofB, samia, "Je me sens capable de faire mon CV"));
        goalsOfB.add(ofB);
        syncB.syncOnce();

        // Phone A pushes while the backup is taken.
        AtomicBoolean pushing = new AtomicBoolean(true);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread during = new Thread(() -> {
            try {
                for (int i = 0; i < 40 && pushing.get(); i++) { // bounded: stops by itself
                    UUID id = UUID.randomUUID();
                    phoneA.goals().save(goal(id, samia, "Objectif pendant la sauvegarde " + i));
                    goalsOfA.add(id);
                    syncA.syncOnce();
                }
            } catch (Exception | AssertionError e) {
                failed.set(e);
            }
        });
        during.start();
        Path backup = server.backup(dir.resolve("backups"));
        pushing.set(false);
        during.join(120_000);
        assertThat(during.isAlive()).isFalse();
        assertThat(failed.get()).isNull();

        // After the backup: new goals and an edit on A, a goal on B; all acknowledged, and A pulls B's.
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            phoneA.goals().save(goal(id, samia, "Objectif après la sauvegarde " + i));
            goalsOfA.add(id);
        }
        phoneA.goals().save(goal(first, samia, "Je me sens capable de prendre le bus et le train"));
        syncA.syncOnce();
        UUID lateOfB = UUID.randomUUID();
        phoneB.goals().save(goal(lateOfB, samia, "Je me sens capable d’appeler un employeur"));
        goalsOfB.add(lateOfB);
        syncB.syncOnce();
        syncA.syncOnce();
        assertThat(phoneA.outbox().pendingCount()).isZero();
        assertThat(phoneB.outbox().pendingCount()).isZero();
        assertThat(phoneA.goals().find(lateOfB)).isPresent();

        // The server is restored from the backup, at the same address.
        server.close();
        server = RealServer.restored(backup, dir.resolve("restored"), server.organisationId(), port);
        open.add(server);

        // B syncs first, then makes a goal on the restored server: its seq is below A's old cursor.
        SyncReport afterB = syncB.syncOnce();
        assertThat(afterB.serverRestored()).as("B saw the restore").isNotNull();
        UUID afterRestore = UUID.randomUUID();
        phoneB.goals().save(goal(afterRestore, samia, "Je me sens capable de m’inscrire à la formation"));
        goalsOfB.add(afterRestore);
        syncB.syncOnce();

        SyncReport afterA = syncA.syncOnce();
        assertThat(afterA.serverRestored()).as("A saw the restore").isNotNull();
        assertThat(afterA.serverRestored().resent())
                .as("A's goals after the backup and its edit were lost: sent again")
                .isGreaterThanOrEqualTo(4);
        assertThat(afterA.serverRestored().refused()).isZero();
        syncB.syncOnce();
        syncA.syncOnce();

        // Every change each phone saw acknowledged is on the restored server: the other phone reads it from there.
        for (LocalStore phone : List.of(phoneA, phoneB)) {
            for (UUID id : goalsOfA) {
                assertThat(phone.goals().find(id)).as("A's goal " + id).isPresent();
            }
            for (UUID id : goalsOfB) {
                assertThat(phone.goals().find(id)).as("B's goal " + id).isPresent();
            }
            assertThat(phone.goals().find(first).orElseThrow().phrasing())
                    .as("A's edit after the backup")
                    .isEqualTo("Je me sens capable de prendre le bus et le train");
            assertThat(phone.outbox().pendingCount()).isZero();
            assertThat(phone.outbox().rejectedCount()).isZero();
        }
        assertThat(phoneA.goals().find(afterRestore))
                .as("made after the restore, below A's old cursor: not skipped")
                .isPresent();
        assertThat(phoneA.goals().forBeneficiary(samia)).hasSize(goalsOfA.size() + goalsOfB.size());

        // Once recovered, the next sync is an ordinary one.
        assertThat(syncA.syncOnce().serverRestored()).isNull();
    }
}
