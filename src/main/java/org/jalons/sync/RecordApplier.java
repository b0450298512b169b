package org.jalons.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Wire;
import org.jalons.storage.ConsentRepository;
import org.jalons.storage.ImportedHistory;
import org.jalons.storage.Outbox;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.RecordTable;
import org.jalons.storage.SentChanges;
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
    boolean apply(Connection c, Wire.ServedRecord r) throws SQLException {
        Optional<RecordKind> kind = RecordKind.fromWire(r.kind());
        if (kind.isEmpty() || r.id() == null || r.beneficiaryId() == null) {
            LOG.warn("Skipping a pulled record this app does not know: kind {} id {}", r.kind(), r.id());
            return false;
        }
        Map<String, Object> fields = r.fields() == null ? Map.of() : r.fields();
        if (outbox.hasPending(c, r.id())) {
            SyncShadow.keep(
                    c, new SyncShadow.State(r.id(), kind.get(), r.beneficiaryId(), r.version(), r.deleted(), fields));
            return true;
        }
        RecordTable<?> table = RecordTable.of(kind.get());
        Optional<Long> local = table.version(c, r.id());
        if (local.isPresent() && local.get() > r.version()) {
            return true;
        }
        table.write(c, r.id(), r.beneficiaryId(), fields, r.version(), r.deleted(), clock.instant());
        if (kind.get() == RecordKind.CONSENT) {
            ConsentRepository.keepServerSeqs(c, Map.of(r.id(), r.seq()));
        }
        SyncShadow.drop(c, r.id());
        return true;
    }

    /**
     * A page of pulled or snapshot records, with the same outcome as {@link #apply} on each in turn, but with one
     * query per kind of question for the whole page (pending changes, local versions, shadows) and one batched
     * MERGE per table. Returns the records applied (unknown kinds are skipped).
     */
    int applyAll(Connection c, List<Wire.ServedRecord> records) throws SQLException {
        Set<UUID> distinct = new HashSet<>();
        for (Wire.ServedRecord r : records) {
            if (r.id() != null && !distinct.add(r.id())) {
                // A record twice in one page (never sent by the server): in turn, so the later state wins as before.
                int applied = 0;
                for (Wire.ServedRecord one : records) {
                    applied += apply(c, one) ? 1 : 0;
                }
                return applied;
            }
        }
        Set<UUID> pending = outbox.pendingAmong(c, distinct);
        Map<RecordKind, List<Wire.ServedRecord>> byKind = new EnumMap<>(RecordKind.class);
        int applied = 0;
        for (Wire.ServedRecord r : records) {
            Optional<RecordKind> kind = RecordKind.fromWire(r.kind());
            if (kind.isEmpty() || r.id() == null || r.beneficiaryId() == null) {
                LOG.warn("Skipping a pulled record this app does not know: kind {} id {}", r.kind(), r.id());
                continue;
            }
            applied++;
            if (pending.contains(r.id())) {
                SyncShadow.keep(
                        c,
                        new SyncShadow.State(
                                r.id(),
                                kind.get(),
                                r.beneficiaryId(),
                                r.version(),
                                r.deleted(),
                                r.fields() == null ? Map.of() : r.fields()));
            } else {
                byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(r);
            }
        }
        Instant now = clock.instant();
        List<UUID> written = new ArrayList<>();
        Map<UUID, Long> consentSeqs = new LinkedHashMap<>();
        for (Map.Entry<RecordKind, List<Wire.ServedRecord>> e : byKind.entrySet()) {
            RecordTable<?> table = RecordTable.of(e.getKey());
            Map<UUID, Long> local = table.versions(
                    c, e.getValue().stream().map(Wire.ServedRecord::id).toList());
            List<RecordTable.Row> rows = new ArrayList<>();
            for (Wire.ServedRecord r : e.getValue()) {
                Long version = local.get(r.id());
                if (version != null && version > r.version()) {
                    continue;
                }
                rows.add(new RecordTable.Row(
                        r.id(),
                        r.beneficiaryId(),
                        r.fields() == null ? Map.of() : r.fields(),
                        r.version(),
                        r.deleted()));
                written.add(r.id());
                if (e.getKey() == RecordKind.CONSENT) {
                    consentSeqs.put(r.id(), r.seq());
                }
            }
            table.writeAll(c, rows, now);
        }
        ConsentRepository.keepServerSeqs(c, consentSeqs);
        for (UUID id : SyncShadow.existing(c, written)) {
            SyncShadow.drop(c, id);
        }
        return applied;
    }

    /**
     * The answers to one pushed batch, in outbox order: the same outcome as {@link #acknowledged} and
     * {@link #rejected} on each in turn, with the outbox rows removed by one batched statement and one query each
     * for the records that still have pending changes and for their shadows.
     */
    /** The server's refusal of a change about a person it erased (PROTOCOL.md, "Erasure and retention"). */
    static final String PERSON_ERASED = "person_erased";

    void answered(Connection c, List<Answer> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        Set<UUID> erased = new java.util.LinkedHashSet<>();
        for (Answer a : answers) {
            if (PERSON_ERASED.equals(a.error())) {
                erased.add(a.entry().beneficiaryId());
            }
        }
        if (!erased.isEmpty()) {
            for (UUID person : erased) {
                forget(c, person);
            }
            answers = answers.stream()
                    .filter(a -> !erased.contains(a.entry().beneficiaryId()))
                    .toList();
        }
        List<UUID> acknowledged = new ArrayList<>();
        List<SentChanges.Sent> sent = new ArrayList<>();
        for (Answer a : answers) {
            if (a.acknowledged()) {
                acknowledged.add(a.entry().changeId());
                sent.add(new SentChanges.Sent(a.entry(), a.seq()));
            } else {
                outbox.reject(c, a.entry().changeId(), a.code(), a.error(), a.reason());
            }
        }
        outbox.acknowledgeAll(c, acknowledged);
        // kept a while: a server restored from an older backup gets them again (PROTOCOL.md)
        SentChanges.keep(c, sent, clock.instant());
        // Per record only its last answer in the batch matters: before it, the record still had a pending change
        // (that very answer's entry), so the earlier ones stopped there.
        Map<UUID, Answer> last = new LinkedHashMap<>();
        for (Answer a : answers) {
            last.remove(a.entry().recordId());
            last.put(a.entry().recordId(), a);
        }
        last.keySet().removeAll(outbox.pendingAmong(c, last.keySet()));
        Map<UUID, SyncShadow.State> shadows = SyncShadow.findAll(c, last.keySet());
        Map<RecordKind, Map<UUID, Long>> raise = new EnumMap<>(RecordKind.class);
        Map<UUID, Long> consentSeqs = new LinkedHashMap<>();
        for (Answer a : last.values()) {
            OutboxEntry e = a.entry();
            SyncShadow.State shadow = shadows.get(e.recordId());
            if (a.acknowledged()) {
                if (e.kind() == RecordKind.CONSENT && a.seq() != null) {
                    consentSeqs.put(e.recordId(), a.seq());
                }
                if (shadow != null && shadow.version() >= a.version()) {
                    write(c, RecordTable.of(e.kind()), shadow);
                } else {
                    raise.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).put(e.recordId(), a.version());
                }
            } else if (shadow != null) {
                write(c, RecordTable.of(e.kind()), shadow);
            } else {
                SyncScope.refetch(c, e.beneficiaryId());
            }
            if (shadow != null) {
                SyncShadow.drop(c, e.recordId());
            }
        }
        for (Map.Entry<RecordKind, Map<UUID, Long>> r : raise.entrySet()) {
            RecordTable.of(r.getKey()).raiseVersions(c, r.getValue());
        }
        ConsentRepository.keepServerSeqs(c, consentSeqs);
    }

    /**
     * The server's answer to one outbox entry: acknowledged at {@code version} (and {@code seq}, when the server gave
     * it), or refused with a code, the server's stable error code and its reason.
     */
    record Answer(
            OutboxEntry entry, boolean acknowledged, long version, Long seq, int code, String error, String reason) {
        static Answer acknowledged(OutboxEntry entry, long version, Long seq) {
            return new Answer(entry, true, version, seq, 0, null, null);
        }

        static Answer rejected(OutboxEntry entry, int code, String error, String reason) {
            return new Answer(entry, false, 0, null, code, error, reason);
        }
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
        outbox.reject(c, e.changeId(), code, null, reason);
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
     * visible, e.g. after consent was withdrawn), of one beneficiary or of all, except rows the outbox refers to and
     * another structure's history brought by an import (never on this server).
     */
    int sweep(Connection c, UUID beneficiaryId, Set<UUID> inSnapshot) throws SQLException {
        int removed = 0;
        Set<UUID> history = ImportedHistory.ids(c, beneficiaryId);
        for (RecordKind kind : RecordKind.values()) {
            RecordTable<?> table = RecordTable.of(kind);
            for (UUID id : table.idsWithoutOutbox(c, beneficiaryId)) {
                if (!inSnapshot.contains(id) && !history.contains(id)) {
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
        ImportedHistory.forget(c, beneficiaryId);
        SentChanges.forgetBeneficiary(c, beneficiaryId);
        outbox.rejectPendingOf(c, beneficiaryId, 403, reason);
    }

    /**
     * The person was erased from the organisation (the server refused a change about them with {@code person_erased}):
     * everything this device holds of them goes, their pending and refused changes included, and they leave its scope.
     * Nothing of their content is shown: there is nothing left to fix or to send.
     */
    void forget(Connection c, UUID beneficiaryId) throws SQLException {
        for (RecordKind kind : RecordKind.values()) {
            RecordTable.of(kind).deleteBeneficiaryData(c, beneficiaryId);
        }
        SyncShadow.dropBeneficiary(c, beneficiaryId);
        ImportedHistory.forget(c, beneficiaryId);
        outbox.forgetBeneficiary(c, beneficiaryId);
        SentChanges.forgetBeneficiary(c, beneficiaryId); // what was sent about them, kept for a restore
        SyncScope.remove(c, beneficiaryId);
    }

    private void write(Connection c, RecordTable<?> table, SyncShadow.State s) throws SQLException {
        table.write(c, s.recordId(), s.beneficiaryId(), s.fields(), s.version(), s.deleted(), clock.instant());
    }
}
