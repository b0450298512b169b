package org.jalons.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jalons.protocol.Vocabulary.Role;

/** Real encrypted H2 stores in a test folder, with a cheap key derivation so that the suite stays fast. */
public final class TestStores {
    public static final int FAST_ITERATIONS = 1000;
    public static final char[] PIN = "482913".toCharArray();
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    private TestStores() {}

    public static Profiles profiles(Path dir, Clock clock) {
        return new Profiles(dir, clock, FAST_ITERATIONS);
    }

    /** A new counsellor's store in {@code dir}. */
    public static LocalStore counsellorStore(Path dir) {
        return profiles(dir, CLOCK).create("Camille Martin", Role.COUNSELLOR, PIN.clone());
    }

    public static LocalStore reopen(Path dir) throws UnlockException {
        return profiles(dir, CLOCK).unlock(PIN.clone());
    }

    public static EncryptedStore encryptedStore(Path dir, Clock clock) {
        return profiles(dir, clock).own();
    }
}
