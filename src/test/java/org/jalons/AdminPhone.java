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

    /** Pairs an open store as the organisation's first admin. */
    static void pair(LocalStore store, RealServer server) throws SyncException {
        new SyncEngine(store, HTTP, Clock.systemUTC())
                .pairing()
                .pair(server.baseUrl(), server.adminPairingCode(), "Poste de la direction");
    }
}
