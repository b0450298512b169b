package org.jalons.sync.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.jalons.domain.LocalProfile;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.Database;
import org.jalons.storage.EncryptedStore;
import org.jalons.storage.LocalStore;

/** Phones for end-to-end tests, each with its own encrypted H2 file. */
final class Phones {
    private Phones() {}

    /**
     * The phone of a person followed, set up for the parcours id the server knows. (Onboarding today gives a
     * person who starts alone a parcours id of the phone's own, which pairing does not reconcile yet: see the
     * report in docs/PROTOCOL.md, "Open points".)
     */
    static LocalStore beneficiary(Path folder, Clock clock, String name, UUID beneficiaryId) throws Exception {
        Database db = new EncryptedStore(folder, clock, 1000).create("654321".toCharArray());
        return new LocalStore(db, new LocalProfile(UUID.randomUUID(), name, Role.BENEFICIARY, beneficiaryId), clock);
    }
}
