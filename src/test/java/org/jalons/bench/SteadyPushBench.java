package org.jalons.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.EncryptedStore;
import org.jalons.storage.LocalStore;
import org.jalons.sync.BenchAccess;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes measured on one long-lived server, where the sync benchmark starts a new one per run (not a test: its name
 * does not match surefire's includes). Run one or both:
 * {@code mvn -B -q verify -Dtest='SteadyPushBench' -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}.
 * <ul>
 *   <li>{@code incremental}: one phone holding 5,000 barriers pushes 100 edits, 300 times
 *   ({@code -Dsteady.rounds}); prints the first push and the median and tenth percentile of the last two
 *   thirds, once the JIT has compiled the path. For profiling the incremental push.</li>
 *   <li>{@code growing}: 8 new phones ({@code -Dsteady.phones}) each push 10,000 records to the same server; prints
 *   each push's time. A push must not slow down as the server's tables grow: this is how the missing index of
 *   server V9 was found (2.1 s growing to 4.0 s at 80,000 barrier transitions).</li>
 * </ul>
 */
class SteadyPushBench {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP = HttpSettings.defaults();

    @TempDir
    Path dir;

    @Test
    void incremental() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            RealServer.User camille = server.createUser("Camille", "COUNSELLOR", null);
            try (LocalStore phone = pairedPhone(server, camille, "phone")) {
                List<UUID> barriers = write(phone, camille.id(), 5_000);
                BenchAccess sync = new BenchAccess(phone, HTTP, CLOCK);
                assertThat(sync.push()).isEqualTo(5_000);
                Random random = new Random(1);
                BarrierStatus[] statuses = BarrierStatus.values();
                int rounds = Integer.getInteger("steady.rounds", 300);
                List<Long> micros = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    int round = r;
                    phone.database().inTransaction(c -> {
                        for (int i = 0; i < 100; i++) {
                            UUID id = barriers.get(random.nextInt(barriers.size()));
                            Barrier current = phone.barriers().find(id).orElseThrow();
                            phone.barriers()
                                    .save(
                                            c,
                                            new Barrier(
                                                    id,
                                                    current.beneficiaryId(),
                                                    current.area(),
                                                    statuses[random.nextInt(statuses.length)],
                                                    "édité " + round + " " + i));
                        }
                        return null;
                    });
                    long t = System.nanoTime();
                    int pushed = sync.push();
                    micros.add((System.nanoTime() - t) / 1000);
                    assertThat(pushed).isBetween(90, 100); // a barrier drawn twice is one change then another
                }
                List<Long> steady = new ArrayList<>(micros.subList(rounds / 3, rounds));
                Collections.sort(steady);
                System.err.printf(
                        "steady incremental push of 100 edits: first %.1f ms, median %.1f ms, p10 %.1f ms"
                                + " (pushes %d to %d of %d)%n",
                        micros.get(0) / 1000.0,
                        steady.get(steady.size() / 2) / 1000.0,
                        steady.get(steady.size() / 10) / 1000.0,
                        rounds / 3 + 1,
                        rounds,
                        rounds);
            }
        }
    }

    @Test
    void growing() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            RealServer.User camille = server.createUser("Camille", "COUNSELLOR", null);
            List<Long> ms = new ArrayList<>();
            for (int p = 0; p < Integer.getInteger("steady.phones", 8); p++) {
                try (LocalStore phone = pairedPhone(server, camille, "phone" + p)) {
                    write(phone, camille.id(), 10_000);
                    long t = System.nanoTime();
                    assertThat(new BenchAccess(phone, HTTP, CLOCK).push()).isEqualTo(10_000);
                    ms.add((System.nanoTime() - t) / 1_000_000);
                }
            }
            System.err.println("pushes of 10,000 records to one server, ms: " + ms);
        }
    }

    private LocalStore pairedPhone(RealServer server, RealServer.User counsellor, String name) throws Exception {
        LocalStore phone = newPhone(dir.resolve(name), name);
        new SyncEngine(phone, HTTP, CLOCK).pairing().pair(server.baseUrl(), server.pairingCode(counsellor), name);
        return phone;
    }

    /** A new counsellor's phone: an encrypted store in {@code folder}, PIN 123456. */
    static LocalStore newPhone(Path folder, String name) throws Exception {
        LocalProfile profile = new LocalProfile(UUID.randomUUID(), name, Role.COUNSELLOR, null);
        return new LocalStore(new EncryptedStore(folder, CLOCK, 1000).create("123456".toCharArray()), profile, CLOCK);
    }

    /**
     * 50 people followed by {@code counsellorId} and {@code records} - 50 barriers, in one transaction; returns the
     * barriers' ids.
     */
    static List<UUID> write(LocalStore phone, UUID counsellorId, int records) {
        List<UUID> barriers = new ArrayList<>();
        phone.database().inTransaction(c -> {
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                UUID id = JalonsRecord.newId();
                people.add(id);
                phone.beneficiaries()
                        .save(
                                c,
                                new Beneficiary(
                                        id,
                                        "Personne " + i,
                                        null,
                                        LocalDate.of(2026, 1, 5),
                                        null,
                                        counsellorId,
                                        List.of(),
                                        null,
                                        null));
            }
            for (int i = 50; i < records; i++) {
                UUID id = JalonsRecord.newId();
                barriers.add(id);
                phone.barriers()
                        .save(
                                c,
                                new Barrier(
                                        id,
                                        people.get(i % 50),
                                        Term.of(BarrierArea.MOBILITE),
                                        BarrierStatus.BESOIN,
                                        "Je me sens capable de prendre le bus seule pour aller au chantier " + i));
            }
            return null;
        });
        return barriers;
    }
}
