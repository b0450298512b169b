package org.jalons.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jalons.domain.Conflict;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Vocabulary.ConflictStatus;
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
     * Resolves a conflict by keeping one value.
     *
     * @param chosenValueJson the value to keep, as JSON (one of the two values of the conflict, or a combination
     *                        the person wrote), e.g. {@code "\"ATTEINT\""} or {@code "null"}
     */
    public void resolve(UUID conflictId, String chosenValueJson) {
        Object chosen = Json.read(chosenValueJson);
        store.database().inTransaction(c -> {
            RecordTable<Conflict> conflicts = RecordTable.of(RecordKind.CONFLICT);
            Conflict conflict = conflicts
                    .find(c, conflictId)
                    .filter(s -> !s.deleted())
                    .map(StoredRecord::record)
                    .orElseThrow(() -> new IllegalArgumentException("No conflict with id " + conflictId));
            if (!conflict.isOpen()) {
                throw new IllegalStateException("This conflict is already resolved");
            }
            RecordKind kind = RecordKind.fromWire(conflict.recordKind())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown record kind " + conflict.recordKind()));
            applyChoice(c, store.repository(kind), conflict, chosen);
            store.conflicts()
                    .save(
                            c,
                            new Conflict(
                                    conflict.id(),
                                    conflict.beneficiaryId(),
                                    conflict.recordKind(),
                                    conflict.recordId(),
                                    conflict.field(),
                                    conflict.serverValue(),
                                    conflict.clientValue(),
                                    conflict.baseVersion(),
                                    conflict.changeId(),
                                    ConflictStatus.RESOLVED,
                                    Json.write(chosen),
                                    conflict.recordFields()));
            return null;
        });
    }

    private static <T extends JalonsRecord> void applyChoice(
            Connection c, RecordRepository<T> repo, Conflict conflict, Object chosen) throws SQLException {
        UUID id = conflict.recordId();
        String field = conflict.field();
        RecordTable<T> table = RecordTable.of(repo.kind());
        Optional<StoredRecord<T>> stored = table.find(c, id);
        if (DELETED_FIELD.equals(field)) {
            keepOrDelete(c, repo, table, conflict, stored, chosen);
            return;
        }
        StoredRecord<T> current = stored.orElseThrow(
                () -> new IllegalArgumentException("The record of this conflict is not on this device"));
        if (current.deleted()) {
            return;
        }
        Map<String, Object> wire = new LinkedHashMap<>(current.wire());
        wire.put(field, table.mapper().normalize(field, chosen));
        repo.save(c, table.mapper().fromWire(id, current.record().beneficiaryId(), wire));
    }

    /**
     * A delete against an edit (PROTOCOL.md, push, "Delete against edit"). {@code true} keeps the delete: a live
     * record is deleted (the delete syncs with its current version as base), a deleted or absent one stays so.
     * {@code false} keeps the record: a live one stays as it is; a deleted one is saved again whole, from the
     * conflict's {@code recordFields} (the server's copy of the record as it would be kept), which makes an upsert
     * from the tombstone's version: the server revives the record. A map as the choice (a combination the person
     * wrote) is laid over those fields.
     */
    private static <T extends JalonsRecord> void keepOrDelete(
            Connection c,
            RecordRepository<T> repo,
            RecordTable<T> table,
            Conflict conflict,
            Optional<StoredRecord<T>> stored,
            Object chosen)
            throws SQLException {
        UUID id = conflict.recordId();
        boolean live = stored.isPresent() && !stored.get().deleted();
        if (Boolean.TRUE.equals(chosen)) {
            if (live) {
                repo.delete(c, id);
            }
            return;
        }
        if (live) {
            return;
        }
        if (stored.isEmpty()) {
            // Restored from a snapshot (which has no tombstones): the tombstone's version is unknown here.
            throw new IllegalStateException("The deleted record of this conflict is not on this device: "
                    + "sync, or resolve it on a phone that has it");
        }
        Map<String, Object> wire = new LinkedHashMap<>();
        if (conflict.recordFields() != null && Json.read(conflict.recordFields()) instanceof Map<?, ?> kept) {
            laidOver(table, wire, kept);
        } else {
            wire.putAll(stored.get().wire()); // an older server sent no recordFields: what this phone still has
        }
        if (chosen instanceof Map<?, ?> fields) {
            laidOver(table, wire, fields);
        }
        // Missing required fields fail validation: nothing is written then.
        repo.save(c, table.mapper().fromWire(id, conflict.beneficiaryId(), wire));
    }

    private static void laidOver(RecordTable<?> table, Map<String, Object> wire, Map<?, ?> fields) {
        fields.forEach((name, value) -> {
            if (table.mapper().hasField(String.valueOf(name))) {
                wire.put(String.valueOf(name), table.mapper().normalize(String.valueOf(name), value));
            }
        });
    }
}
