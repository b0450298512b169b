package org.jalons.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Wire;
import org.jalons.storage.Database;
import org.jalons.storage.SyncScope;
import org.jalons.storage.SyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the server's changes in: pages after the cursor, each applied in one transaction with the new cursor
 * (DESIGN.md invariant 4); a snapshot on first sync and after 412 (invariant 8, the outbox is kept); then the
 * scope: beneficiaries who left are evicted, new ones (or whose sensitive-data signature changed) fetched whole.
 */
final class Puller {
    private static final Logger LOG = LoggerFactory.getLogger(Puller.class);

    /** What one pull did. */
    record Outcome(int records, int snapshots, int evicted, boolean restored) {}

    private final Database db;
    private final SyncApi api;
    private final RecordApplier applier;
    private final int pageSize;
    private final String outOfScopeReason;

    Puller(Database db, SyncApi api, RecordApplier applier, int pageSize, String outOfScopeReason) {
        this.db = db;
        this.api = api;
        this.applier = applier;
        this.pageSize = pageSize;
        this.outOfScopeReason = outOfScopeReason;
    }

    long cursor() {
        return db.read(c -> cursor(SyncState.get(c, SyncKeys.CURSOR).orElse(null)));
    }

    private static long cursor(String value) {
        return value == null || value.isBlank() ? 0 : Long.parseLong(value);
    }

    Outcome pull(SyncAccount account) throws SyncException {
        int records = 0;
        int snapshots = 0;
        int evicted = 0;
        boolean[] restored = {false};
        if (cursor() == 0) {
            records += restoreAll(account);
            restored[0] = true;
        }
        // A beneficiary's snapshot leaves out what changed after it was taken (that comes by pull): pull again
        // after fetching one, so that such records are back within this sync.
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Pulled pulled = pullPages(account, restored);
            records += pulled.records();
            int[] scopeWork = reconcileScope(account, pulled.scope());
            snapshots += scopeWork[0];
            evicted += scopeWork[1];
            if (scopeWork[0] == 0) {
                break;
            }
        }
        return new Outcome(records, snapshots, evicted, restored[0]);
    }

    private static final int MAX_ROUNDS = 3;

    /** What the pages of one pull brought, and the scope the last page gave. */
    private record Pulled(int records, List<Wire.ScopeEntry> scope) {}

    /** Pages from the stored cursor until the server has no more; a 412 restores from the snapshot once. */
    private Pulled pullPages(SyncAccount account, boolean[] restored) throws SyncException {
        int records = 0;
        long cursor = cursor();
        while (true) {
            Wire.PullPage<Wire.ServedRecord> page;
            try {
                page = api.pull(account, cursor, pageSize);
            } catch (CursorTooOldException e) {
                if (restored[0]) {
                    throw e;
                }
                LOG.info("Cursor {} is older than the server keeps deletions: restoring from a snapshot", cursor);
                records += restoreAll(account);
                restored[0] = true;
                cursor = cursor();
                continue;
            }
            Wire.PullPage<Wire.ServedRecord> answered = page;
            if (db.read(c -> RestoredServer.wentBack(c, answered.history(), answered.head()))) {
                throw new ServerWentBack(page.history()); // neither this page nor its cursor is applied
            }
            records += applyPage(page.records(), page.cursor(), page.history());
            cursor = page.cursor();
            if (!page.hasMore()) {
                return new Pulled(records, page.scope() == null ? List.of() : page.scope());
            }
        }
    }

    /** One page and its cursor, in one transaction: a failure leaves both the records and the cursor as they were. */
    private int applyPage(List<Wire.ServedRecord> records, long newCursor, UUID history) {
        List<Wire.ServedRecord> list = records == null ? List.of() : records;
        return db.inTransaction(c -> {
            int applied = applier.applyAll(c, list);
            SyncState.put(c, SyncKeys.CURSOR, Long.toString(newCursor));
            keepHistory(c, history);
            return applied;
        });
    }

    /**
     * The whole visible data set, page by page; rows the snapshot no longer has are removed and the cursor set to
     * the snapshot's in a last transaction. Interrupted, it leaves the cursor unchanged and starts again next time.
     */
    private int restoreAll(SyncAccount account) throws SyncException {
        Snapshot snapshot = fetchSnapshot(account, null);
        if (db.read(c -> RestoredServer.wentBack(c, snapshot.history(), null))) {
            throw new ServerWentBack(snapshot.history()); // restored while this phone read its snapshot
        }
        db.inTransaction(c -> {
            applier.sweep(c, null, snapshot.ids());
            SyncScope.clear(c);
            if (snapshot.scope() != null) {
                for (Wire.ScopeEntry e : snapshot.scope()) {
                    SyncScope.put(c, e.beneficiaryId(), e.signature());
                }
            } else {
                for (UUID b : snapshot.beneficiaries()) {
                    SyncScope.put(c, b, SyncScope.UNKNOWN_SIGNATURE);
                }
            }
            SyncState.put(c, SyncKeys.CURSOR, Long.toString(snapshot.cursor()));
            keepHistory(c, snapshot.history());
            return null;
        });
        return snapshot.ids().size();
    }

    /** The history id the cursor belongs to, stored with it (an older server gives none: nothing is stored). */
    private static void keepHistory(Connection c, UUID history) throws SQLException {
        if (history != null) {
            SyncState.put(c, SyncKeys.HISTORY, history.toString());
        }
    }

    private record Snapshot(
            Set<UUID> ids, Set<UUID> beneficiaries, long cursor, List<Wire.ScopeEntry> scope, UUID history) {}

    /**
     * Applies every page of a snapshot, each in its own transaction (records only: the cursor is not touched).
     * Page k is written on another thread while page k + 1 is asked for, in order, one page at a time; an
     * interrupted snapshot leaves what was written, and the whole snapshot is fetched again next time.
     */
    private Snapshot fetchSnapshot(SyncAccount account, UUID beneficiaryId) throws SyncException {
        Set<UUID> ids = new HashSet<>();
        Set<UUID> beneficiaries = new HashSet<>();
        Wire.SnapshotPage<Wire.ServedRecord> page = api.snapshot(account, beneficiaryId, null, null, pageSize);
        long at = page.cursor();
        List<Wire.ScopeEntry> scope = page.scope();
        UUID history = page.history();
        try (InOrderWriter<Void> writer = new InOrderWriter<>("jalons-snapshot-pages")) {
            while (true) {
                List<Wire.ServedRecord> records = page.records() == null ? List.of() : page.records();
                writer.submit(() -> db.inTransaction(c -> {
                    applier.applyAll(c, records);
                    return null;
                }));
                for (Wire.ServedRecord r : records) {
                    if (RecordKind.fromWire(r.kind()).isPresent() && r.id() != null && r.beneficiaryId() != null) {
                        ids.add(r.id()); // applied (applyAll skips exactly the others)
                        beneficiaries.add(r.beneficiaryId());
                    }
                }
                if (page.nextPage() == null) {
                    writer.awaitInFlight();
                    return new Snapshot(ids, beneficiaries, at, scope, history);
                }
                page = api.snapshot(account, beneficiaryId, page.nextPage(), at, pageSize);
            }
        }
    }

    /** Returns {snapshots fetched, beneficiaries evicted}. */
    private int[] reconcileScope(SyncAccount account, List<Wire.ScopeEntry> scope) throws SyncException {
        Map<UUID, String> known = db.read(SyncScope::all);
        Map<UUID, String> current = new LinkedHashMap<>();
        for (Wire.ScopeEntry e : scope) {
            current.put(e.beneficiaryId(), e.signature() == null ? "" : e.signature());
        }
        int evicted = 0;
        for (UUID gone : known.keySet()) {
            if (!current.containsKey(gone)) {
                db.inTransaction(c -> {
                    applier.evict(c, gone, outOfScopeReason);
                    SyncScope.remove(c, gone);
                    return null;
                });
                LOG.info("Beneficiary {} left this device's scope: local data removed", gone);
                evicted++;
            }
        }
        int snapshots = 0;
        for (Map.Entry<UUID, String> e : current.entrySet()) {
            String before = known.get(e.getKey());
            if (SyncScope.UNKNOWN_SIGNATURE.equals(before)) {
                db.inTransaction(c -> {
                    SyncScope.put(c, e.getKey(), e.getValue());
                    return null;
                });
            } else if (!Objects.equals(before, e.getValue())) {
                Snapshot one = fetchSnapshot(account, e.getKey());
                db.inTransaction(c -> {
                    applier.sweep(c, e.getKey(), one.ids());
                    SyncScope.put(c, e.getKey(), e.getValue());
                    return null;
                });
                snapshots++;
            }
        }
        return new int[] {snapshots, evicted};
    }
}
