package org.jalons.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.RecordKind;
import org.jalons.storage.Outbox;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.RecordTable;
import org.jalons.storage.SyncScope;
import org.jalons.storage.SyncShadow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what the server says into the local store, always inside the caller's transaction. The one rule that
 * matters (DESIGN.md invariant 7): a record with pending local changes is never overwritten; the server's state
 * waits in its shadow until the last pending change is acknowledged.
 */
final class RecordApplier {
    private static final Logger LOG = LoggerFactory.getLogger(RecordApplier.class);

    private final Outbox outbox;
    private final Clock clock;

    RecordApplier(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Applies one pulled or snapshot record. Returns false when it was skipped (unknown kind). */
    boolean apply(Connection c, Wire.Record r) throws SQLException {
        Optional<RecordKind> kind = RecordKind.fromWire(r.kind());
        if (kind.isEmpty() || r.id() == null || r.beneficiaryId() == null) {
            LOG.warn("Skipping a pulled record this app does not know: kind {} id {}", r.kind(), r.id());
            return false;
        }
        Map<String, Object> fields = r.fields() == null ? Map.of() : r.fields();
        if (outbox.hasPending(c, r.id())) {
            SyncShadow.keep(c, new SyncShadow.State(r.id(), kind.get(), r.beneficiaryId(), r.version(), r.deleted(),
                    fields));
            return true;
        }
        RecordTable<?> table = RecordTable.of(kind.get());
        Optional<Long> local = table.version(c, r.id());
        if (local.isPresent() && local.get() > r.version()) {
            return true;
        }
        table.write(c, r.id(), r.beneficiaryId(), fields, r.version(), r.deleted(), clock.instant());
        SyncShadow.drop(c, r.id());
        return true;
    }

    /**
     * The server acknowledged a change (applied, merged or already applied before). The entry leaves the outbox;
     * when it was the record's last pending change, the record takes the server's state if a shadow at least as
     * new is waiting (it includes this change), otherwise it keeps its content and notes the version.
     */
    void acknowledged(Connection c, OutboxEntry e, long version) throws SQLException {
        outbox.acknowledge(c, e.changeId());
        if (outbox.hasPending(c, e.recordId())) {
            return;
        }
        RecordTable<?> table = RecordTable.of(e.kind());
        Optional<SyncShadow.State> shadow = SyncShadow.find(c, e.recordId());
        if (shadow.isPresent() && shadow.get().version() >= version) {
            write(c, table, shadow.get());
        } else {
            table.raiseVersion(c, e.recordId(), version);
        }
        SyncShadow.drop(c, e.recordId());
    }

    /**
     * The server refused a change: it stays in the outbox, visible with its reason. If no pending change of the
     * record remains, the record goes back to the server's state: the shadow when one is waiting, otherwise the
     * beneficiary's snapshot at the next pull (the server may have nothing newer to send for this record, and the
     * local row would keep showing the refused edit for ever). The refused change itself stays in the outbox.
     */
    void rejected(Connection c, OutboxEntry e, int code, String reason) throws SQLException {
        outbox.reject(c, e.changeId(), code, reason);
        if (outbox.hasPending(c, e.recordId())) {
            return;
        }
        Optional<SyncShadow.State> shadow = SyncShadow.find(c, e.recordId());
        if (shadow.isPresent()) {
            write(c, RecordTable.of(e.kind()), shadow.get());
            SyncShadow.drop(c, e.recordId());
        } else {
            SyncScope.refetch(c, e.beneficiaryId());
        }
    }

    /**
     * After a complete snapshot: removes the rows the snapshot did not contain (deleted on the server, or no longer
     * visible, e.g. after consent was withdrawn), of one beneficiary or of all, except rows the outbox refers to.
     */
    int sweep(Connection c, UUID beneficiaryId, Set<UUID> inSnapshot) throws SQLException {
        int removed = 0;
        for (RecordKind kind : RecordKind.values()) {
            RecordTable<?> table = RecordTable.of(kind);
            for (UUID id : table.idsWithoutOutbox(c, beneficiaryId)) {
                if (!inSnapshot.contains(id)) {
                    table.deleteRow(c, id);
                    SyncShadow.drop(c, id);
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * The beneficiary left this device's scope (DESIGN.md invariant 9): every local row of theirs goes; changes
     * still waiting stay in the outbox, marked rejected, so that the person sees what could not be sent.
     */
    void evict(Connection c, UUID beneficiaryId, String reason) throws SQLException {
        for (RecordKind kind : RecordKind.values()) {
            RecordTable.of(kind).deleteBeneficiaryData(c, beneficiaryId);
        }
        SyncShadow.dropBeneficiary(c, beneficiaryId);
        outbox.rejectPendingOf(c, beneficiaryId, 403, reason);
    }

    private void write(Connection c, RecordTable<?> table, SyncShadow.State s) throws SQLException {
        table.write(c, s.recordId(), s.beneficiaryId(), s.fields(), s.version(), s.deleted(), clock.instant());
    }
}
