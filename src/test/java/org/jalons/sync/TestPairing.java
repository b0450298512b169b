package org.jalons.sync;

import java.util.UUID;
import org.jalons.storage.LocalStore;

/** Writes a paired account into a store, as pairing would, for tests of the screens. */
public final class TestPairing {
    private TestPairing() {}

    /** As a user of the given organisation (and, for a person's own phone, of the given parcours). */
    public static void pair(LocalStore store, String serverUrl, String role, UUID organisationId, UUID beneficiaryId) {
        store.database().inTransaction(c -> {
            Pairing.save(
                    c,
                    new SyncAccount(
                            serverUrl,
                            UUID.randomUUID(),
                            "t0ken",
                            UUID.randomUUID(),
                            role,
                            organisationId,
                            "Direction",
                            beneficiaryId));
            return null;
        });
    }

    public static void pair(LocalStore store, String serverUrl, String role) {
        store.database().inTransaction(c -> {
            Pairing.save(
                    c,
                    new SyncAccount(
                            serverUrl,
                            UUID.randomUUID(),
                            "t0ken",
                            UUID.randomUUID(),
                            role,
                            UUID.randomUUID(),
                            "Direction",
                            null));
            return null;
        });
    }

    /** Writes {@code account}, which another store was paired with, into {@code store}. */
    public static void adopt(LocalStore store, SyncAccount account) {
        store.database().inTransaction(c -> {
            Pairing.save(c, account);
            return null;
        });
    }
}
