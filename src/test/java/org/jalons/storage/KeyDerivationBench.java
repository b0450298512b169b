package org.jalons.storage;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times one key derivation of each setting, for docs/APP.md ("What the PIN protects"). Not a timed test:
 * {@code mvn -B -q test -Dtest=KeyDerivationBench -Djalons.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints, after 3 warm-up runs, the median CPU time of 9 runs (what a derivation costs, whatever else the machine
 * runs: on a shared build machine the wall time mostly says how long the thread waited) and the shortest wall time,
 * and what trying every PIN of the minimum length costs on one core. Then the wall time of a whole unlock of a new,
 * empty store (derivation, read-only check, open, migrations already applied).
 */
@EnabledIfSystemProperty(named = "jalons.bench", matches = "true")
class KeyDerivationBench {
    private static final int RUNS = 9;

    @Test
    void oneDerivationOfEachSetting() {
        time(
                "PBKDF2-HMAC-SHA256, " + KeyDerivation.DEFAULT_ITERATIONS + " iterations (stores made before)",
                KeyDerivation.Parameters.pbkdf2(KeyDerivation.DEFAULT_ITERATIONS));
        time(
                "Argon2id, new stores " + KeyDerivation.Parameters.FOR_NEW_STORES,
                KeyDerivation.Parameters.FOR_NEW_STORES);
        time("Argon2id, 19 MiB, 2 passes, 1 lane", KeyDerivation.Parameters.argon2id(2, 19 * 1024, 1));
        time("Argon2id, 46 MiB, 1 pass, 1 lane", KeyDerivation.Parameters.argon2id(1, 46 * 1024, 1));
        time("Argon2id, 64 MiB, 2 passes, 1 lane", KeyDerivation.Parameters.argon2id(2, 64 * 1024, 1));
    }

    @Test
    void unlockOfANewStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        EncryptedStore store =
                new EncryptedStore(dir, java.time.Clock.systemUTC(), KeyDerivation.Parameters.FOR_NEW_STORES);
        store.create("482913".toCharArray()).close();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[RUNS];
        long[] wall = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            store.open("482913".toCharArray()).close();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf(
                Locale.ROOT,
                "KDF unlock of a new store (new-store setting): CPU median %.3f s (this thread),"
                        + " wall median %.3f s, wall min %.3f s%n",
                cpu[RUNS / 2] / 1e9,
                wall[RUNS / 2] / 1e9,
                wall[0] / 1e9);
    }

    private static void time(String label, KeyDerivation.Parameters parameters) {
        char[] pin = "482913".toCharArray();
        byte[] salt = KeyDerivation.newSalt();
        for (int i = 0; i < 3; i++) {
            KeyDerivation.derive(pin, salt, parameters);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[RUNS];
        long[] wall = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            KeyDerivation.derive(pin, salt, parameters);
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        double seconds = cpu[RUNS / 2] / 1e9;
        double allPins = Math.pow(10, EncryptedStore.MIN_SECRET_LENGTH) * seconds;
        System.out.printf(
                Locale.ROOT,
                "KDF %-62s CPU median %.3f s, wall min %.3f s; all %d-digit PINs on one" + " core: %.1f days%n",
                label,
                seconds,
                wall[0] / 1e9,
                EncryptedStore.MIN_SECRET_LENGTH,
                allPins / 86400);
    }
}
