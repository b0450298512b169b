package org.jalons;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.SyncException;
import org.jalons.sync.e2e.RealServer;

/**
 * The organisation's first admin on a phone of their own, paired with a real server by the bootstrap's code: what
 * the admin's screens are tested on. The app is then started on {@link #home} and unlocked with {@link #PIN}.
 */
final class AdminPhone {
    static final String PIN = "123456";
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    private AdminPhone() {}

    /** Makes the admin's own profile in {@code home} and pairs it with {@code server}; returns {@code home}. */
    static Path paired(RealServer server, Path home) throws SyncException {
        try (LocalStore phone =
                new Profiles(home, Clock.systemUTC(), 1000).create("Nadia Admin", Role.ADMIN, PIN.toCharArray())) {
            pair(phone, server);
        }
        return home;
    }

    /** Pairs an open store (the demo's, in the every-screen walk) as the organisation's first admin. */
    static void pair(LocalStore store, RealServer server) throws SyncException {
        if (org.jalons.storage.DemoOrganisation.isDemo(store.profile())) {
            // The demo is never paired (pairing refuses it): an admin's store of its own is paired, and its account
            // written into the demo's store, so that the walk shows the admin's screens asking a real server.
            try {
                Path own = java.nio.file.Files.createTempDirectory("admin-phone");
                try (LocalStore admin = new Profiles(own, Clock.systemUTC(), 1000)
                        .create("Nadia Admin", Role.ADMIN, PIN.toCharArray())) {
                    pair(admin, server);
                    org.jalons.sync.TestPairing.adopt(
                            store, org.jalons.sync.Pairing.account(admin).orElseThrow());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        new SyncEngine(store, HTTP, Clock.systemUTC())
                .pairing()
                .pair(server.baseUrl(), server.adminPairingCode(), "Poste de la direction");
    }
}
