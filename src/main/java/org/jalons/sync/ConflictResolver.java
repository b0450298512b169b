package org.jalons.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Conflict;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Vocabulary.ConflictStatus;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.RecordRepository;
import org.jalons.storage.RecordTable;
import org.jalons.storage.StoredRecord;

/**
 * A person settles a conflict the server kept (DESIGN.md invariant 6): the chosen value goes into the record
 * through its repository (so the change syncs like any edit), and the conflict is marked resolved with that
 * value, in one local transaction. The other value is not lost: the conflict record keeps both.
 */
public final class ConflictResolver {
    /** The pseudo-field of a conflict between a delete and an edit: true keeps the delete, false the record. */
    static final String DELETED_FIELD = "_deleted";

    private final LocalStore store;

    public ConflictResolver(LocalStore store) {
        this.store = store;
    }

    public List<Conflict> open() {
        return store.conflicts().open();
    }

    /**
     * @param chosenValueJson the value to keep, as JSON (one of the two values of the conflict, or a combination
     *                        the person wrote), e.g. {@code "\"ATTEINT\""} or {@code "null"}
     */
    public void resolve(UUID conflictId, String chosenValueJson) {
        Object chosen = Json.read(chosenValueJson);
        store.database().inTransaction(c -> {
            RecordTable<Conflict> conflicts = RecordTable.of(RecordKind.CONFLICT);
            Conflict conflict = conflicts.find(c, conflictId).filter(s -> !s.deleted()).map(StoredRecord::record)
                    .orElseThrow(() -> new IllegalArgumentException("No conflict with id " + conflictId));
            if (!conflict.isOpen()) {
                throw new IllegalStateException("This conflict is already resolved");
            }
            RecordKind kind = RecordKind.fromWire(conflict.recordKind()).orElseThrow(
                    () -> new IllegalArgumentException("Unknown record kind " + conflict.recordKind()));
            applyChoice(c, store.repository(kind), conflict.recordId(), conflict.field(), chosen);
            store.conflicts().save(c, new Conflict(conflict.id(), conflict.beneficiaryId(), conflict.recordKind(),
                    conflict.recordId(), conflict.field(), conflict.serverValue(), conflict.clientValue(),
                    conflict.baseVersion(), conflict.changeId(), ConflictStatus.RESOLVED, Json.write(chosen)));
            return null;
        });
    }

    private static <T extends JalonsRecord> void applyChoice(Connection c, RecordRepository<T> repo, UUID id,
                                                             String field, Object chosen) throws SQLException {
        RecordTable<T> table = RecordTable.of(repo.kind());
        StoredRecord<T> current = table.find(c, id)
                .orElseThrow(() -> new IllegalArgumentException("The record of this conflict is not on this device"));
        if (DELETED_FIELD.equals(field)) {
            boolean delete = Boolean.TRUE.equals(chosen);
            if (delete && !current.deleted()) {
                repo.delete(c, id);
            } else if (!delete && current.deleted()) {
                // Keeping a record deleted elsewhere: its content is what the device still has, plus the edited
                // fields when the choice carries them (a server tombstone has no fields; see PROTOCOL.md, open
                // points). Missing required fields fail validation: nothing is written then.
                Map<String, Object> wire = new LinkedHashMap<>(current.wire());
                if (chosen instanceof Map<?, ?> fields) {
                    fields.forEach((name, value) -> {
                        if (table.mapper().hasField(String.valueOf(name))) {
                            wire.put(String.valueOf(name), table.mapper().normalize(String.valueOf(name), value));
                        }
                    });
                }
                repo.save(c, table.mapper().fromWire(id, current.record().beneficiaryId(), wire));
            }
            return;
        }
        if (current.deleted()) {
            return;
        }
        Map<String, Object> wire = new LinkedHashMap<>(current.wire());
        wire.put(field, table.mapper().normalize(field, chosen));
        repo.save(c, table.mapper().fromWire(id, current.record().beneficiaryId(), wire));
    }
}
