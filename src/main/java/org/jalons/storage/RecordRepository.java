package org.jalons.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.protocol.Vocabulary.ConsentCategory;

/**
 * Reads and writes one kind of record. Every write validates the record, stores it and adds its change to the
 * outbox in one transaction, with the fields that changed and the server version the edit started from.
 */
public class RecordRepository<T extends JalonsRecord> {
    protected final Database db;
    protected final RecordTable<T> table;
    private final Clock clock;
    private final UUID authorId;

    public RecordRepository(Database db, RecordKind kind, Clock clock, UUID authorId) {
        this.db = db;
        this.table = RecordTable.of(kind);
        this.clock = clock;
        this.authorId = authorId;
    }

    public RecordKind kind() {
        return table.kind();
    }

    /** Creates or changes a record; a change to an append-only record is refused. Returns the record. */
    public T save(T record) {
        return db.inTransaction(c -> save(c, record));
    }

    /** The same as {@link #save(JalonsRecord)}, inside the caller's transaction (several writes that go together). */
    public T save(Connection c, T record) throws SQLException {
        record.validate();
        readOnlyIfHistory(c, record.id());
        checkConsents(c, record);
        checkBeforeSave(c, record);
        write(c, record);
        return record;
    }

    /** Saves records in one transaction: all of them with their outbox entries, or none. */
    public void saveAll(List<? extends T> records) {
        records.forEach(JalonsRecord::validate);
        db.inTransaction(c -> {
            for (T record : records) {
                readOnlyIfHistory(c, record.id());
                checkConsents(c, record);
                checkBeforeSave(c, record);
                write(c, record);
            }
            return null;
        });
    }

    /** Another structure's history, brought by an import, is never changed here (it could never be sent). */
    private static void readOnlyIfHistory(Connection c, UUID id) throws SQLException {
        if (ImportedHistory.contains(c, id)) {
            throw new IllegalStateException("Record " + id + " is another structure's history: read-only");
        }
    }

    /**
     * Writes a record an import keeps as another structure's history (inside the caller's transaction): checked by the
     * rules of a save (a health record still needs the consent), written as it is with no outbox entry, never sent,
     * and read-only from then on ({@link ImportedHistory}).
     */
    public void keepAsHistory(Connection c, T record) throws SQLException {
        record.validate();
        checkConsents(c, record);
        checkBeforeSave(c, record);
        table.write(c, record.id(), record.beneficiaryId(), table.mapper().toWire(record), 0, false, clock.instant());
        ImportedHistory.add(c, kind(), record.id(), record.beneficiaryId());
    }

    /** Hook for rules that need other records (consent, parcours dates); runs inside the write's transaction. */
    protected void checkBeforeSave(Connection c, T record) throws SQLException {}

    /** Health or justice content needs the person's consent in force: the server would refuse it. */
    private static void checkConsents(Connection c, JalonsRecord record) throws SQLException {
        List<Violation> missing = new ArrayList<>();
        for (Map.Entry<ConsentCategory, String> needed : record.consentsNeeded().entrySet()) {
            if (!ConsentRepository.isGranted(c, record.beneficiaryId(), needed.getKey())) {
                missing.add(new Violation(needed.getValue(), "consentMissing"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
    }

    private void write(Connection c, T record) throws SQLException {
        Optional<StoredRecord<T>> current = table.find(c, record.id());
        Map<String, Object> wire = table.mapper().toWire(record);
        Map<String, Object> changed = new LinkedHashMap<>();
        Map<String, Object> before =
                current.filter(s -> !s.deleted()).map(StoredRecord::wire).orElse(Map.of());
        wire.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value) && (value != null || before.get(field) != null)) {
                changed.put(field, value);
            }
        });
        boolean unchanged =
                changed.isEmpty() && current.isPresent() && !current.get().deleted();
        if (current.isPresent() && kind().isAppendOnly() && !unchanged) {
            throw new IllegalStateException(kind().wireName() + " records are append-only: add a new one instead");
        }
        if (unchanged) {
            // Saving the same record twice (a double tap, a retry) is not a change: nothing to sync.
            return;
        }
        long version = current.map(StoredRecord::version).orElse(0L);
        Instant now = clock.instant();
        if (current.isEmpty()) {
            table.insert(c, record.id(), record.beneficiaryId(), wire, version, now);
        } else {
            table.write(c, record.id(), record.beneficiaryId(), wire, version, false, now);
        }
        Outbox.add(
                c,
                new OutboxEntry(
                        0,
                        JalonsRecord.newId(),
                        record.id(),
                        kind(),
                        record.beneficiaryId(),
                        OutboxEntry.Op.UPSERT,
                        version,
                        changed,
                        now,
                        authorId,
                        OutboxEntry.State.PENDING,
                        null,
                        null));
    }

    /** Deletes a mutable record as a tombstone, so that the delete itself syncs. */
    public void delete(UUID id) {
        if (kind().isAppendOnly()) {
            throw new IllegalStateException(kind().wireName() + " records are append-only and are never deleted");
        }
        db.inTransaction(c -> {
            delete(c, id);
            return null;
        });
    }

    /** The same as {@link #delete(UUID)}, inside the caller's transaction. */
    public void delete(Connection c, UUID id) throws SQLException {
        if (kind().isAppendOnly()) {
            throw new IllegalStateException(kind().wireName() + " records are append-only and are never deleted");
        }
        StoredRecord<T> current = table.find(c, id)
                .orElseThrow(() -> new IllegalArgumentException("No " + kind().wireName() + " with id " + id));
        readOnlyIfHistory(c, id);
        if (current.deleted()) {
            return;
        }
        Instant now = clock.instant();
        table.write(c, id, current.record().beneficiaryId(), current.wire(), current.version(), true, now);
        Outbox.add(
                c,
                new OutboxEntry(
                        0,
                        JalonsRecord.newId(),
                        id,
                        kind(),
                        current.record().beneficiaryId(),
                        OutboxEntry.Op.DELETE,
                        current.version(),
                        Map.of(),
                        now,
                        authorId,
                        OutboxEntry.State.PENDING,
                        null,
                        null));
    }

    public Optional<T> find(UUID id) {
        return db.read(c -> table.find(c, id)).filter(s -> !s.deleted()).map(StoredRecord::record);
    }

    public Optional<StoredRecord<T>> findStored(UUID id) {
        return db.read(c -> table.find(c, id));
    }

    public List<T> forBeneficiary(UUID beneficiaryId) {
        return db.read(c -> table.select(c, "BENEFICIARY_ID = ?", "UPDATED_AT", beneficiaryId));
    }

    protected List<T> where(String condition, String orderBy, Object... params) {
        return db.read(c -> table.select(c, condition, orderBy, params));
    }
}
