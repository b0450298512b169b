package org.jalons.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;

/**
 * A change the server refused, kept in the store as the sync engine keeps it: a person's record is saved (its change
 * waits in the outbox), then that change is marked refused with an HTTP status, a stable code and the server's
 * sentence.
 */
public final class RefusedChanges {
    private RefusedChanges() {}

    /** Saves the person {@code person} named {@code name} and refuses that change; returns the change's id. */
    public static UUID refusedPerson(
            LocalStore store, UUID person, String name, int status, String code, String serverSentence) {
        store.beneficiaries()
                .save(new Beneficiary(person, name, null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
        List<OutboxEntry> pending = store.outbox().pending(100);
        UUID change = pending.get(pending.size() - 1).changeId();
        store.database().inTransaction(c -> {
            store.outbox().reject(c, change, status, code, serverSentence);
            return null;
        });
        return change;
    }
}
