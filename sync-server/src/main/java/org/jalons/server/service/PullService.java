package org.jalons.server.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jalons.protocol.Wire.PullPage;
import org.jalons.protocol.Wire.ScopeEntry;
import org.jalons.protocol.Wire.SnapshotPage;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.ReaderScope;
import org.jalons.server.store.RecordStore;
import org.jalons.server.store.Stores;
import org.jalons.server.store.SyncHistory;

/**
 * Pull and snapshot. Both read the committed high-water mark of the sequence counter first and
 * never serve a seq above it: every seq up to it is committed (pushes commit in seq order under
 * the counter lock), so advancing a cursor to it can never skip a change that commits late. Every answer carries the
 * database's history id and that mark ({@code head}), so a phone sees when the server was restored from a backup.
 */
public final class PullService {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;
    static final List<String> SENSITIVE_CATEGORIES = List.of("HEALTH", "JUSTICE", "IDENTITY_CONTACT");

    private final Database db;
    private final Stores stores;
    private final Access access;

    private final Clock clock;

    public PullService(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.stores = stores;
        this.access = new Access(stores);
    }

    public PullPage<SyncedRecord> pull(Principal principal, long cursor, int limit) {
        checkLimit(limit);
        if (cursor < 0) {
            throw Refusal.invalid("invalid_parameter", "cursor must be 0 or more.");
        }
        return db.inTransaction(c -> {
            long high = stores.counter().committedHigh(c, principal.organisationId());
            UUID history = SyncHistory.current(c);
            long purged = stores.organisations().purgedThroughSeq(c, principal.organisationId());
            if (cursor > 0 && cursor < purged) {
                throw new Refusal(
                        Refusal.Reason.GONE_TOO_OLD,
                        "cursor_too_old",
                        "This device was away longer than deleted records are kept. Restore from a snapshot.");
            }
            ReaderScope scope = access.readerScope(principal);
            if (scope == null) {
                return new PullPage<>(List.of(), Math.max(cursor, high), false, List.of(), history, high);
            }
            // The scope first: read after the records, a consent withdrawn in between would come with records
            // it no longer allows, and the device would never see the signature change that removes them.
            List<ScopeEntry> inScope = scope(c, principal);
            List<RecordStore.Served> rows =
                    stores.records().changedBetween(c, principal.organisationId(), scope, cursor, high, limit + 1);
            boolean hasMore = rows.size() > limit;
            List<RecordStore.Served> page = hasMore ? rows.subList(0, limit) : rows;
            long next = hasMore ? page.get(page.size() - 1).seq() : Math.max(cursor, high);
            List<SyncedRecord> served = served(principal, page, inScope);
            logRead(c, principal, "READ_PULL", served);
            return new PullPage<>(served, next, hasMore, inScope, history, high);
        });
    }

    /**
     * All live visible records at seq {@code at} (the high-water mark when the first page was asked
     * for, {@code at == null}), after the opaque {@code page} position.
     */
    public SnapshotPage<SyncedRecord> snapshot(
            Principal principal, UUID beneficiaryId, String page, Long at, int limit) {
        checkLimit(limit);
        long after = parsePage(page);
        if (at != null && at < 0) {
            throw Refusal.invalid("invalid_parameter", "at must be 0 or more.");
        }
        return db.inTransaction(c -> {
            long high = stores.counter().committedHigh(c, principal.organisationId());
            UUID history = SyncHistory.current(c);
            // never beyond what has committed: the device goes on pulling from this cursor
            long snapshotAt = at != null ? Math.min(at, high) : high;
            if (beneficiaryId != null && !access.mayReach(c, principal, beneficiaryId)) {
                throw Refusal.notFound();
            }
            ReaderScope scope = access.readerScope(principal);
            if (scope == null) {
                return new SnapshotPage<>(List.of(), snapshotAt, null, List.of(), history, high);
            }
            List<ScopeEntry> inScope = scope(c, principal); // before the records, as in pull
            List<RecordStore.Served> rows = stores.records()
                    .liveBetween(c, principal.organisationId(), scope, beneficiaryId, after, snapshotAt, limit + 1);
            boolean hasMore = rows.size() > limit;
            List<RecordStore.Served> records = hasMore ? rows.subList(0, limit) : rows;
            String nextPage =
                    hasMore ? Long.toString(records.get(records.size() - 1).seq()) : null;
            List<SyncedRecord> served = served(principal, records, inScope);
            logRead(c, principal, "READ_SNAPSHOT", served);
            return new SnapshotPage<>(served, snapshotAt, nextPage, inScope, history, high);
        });
    }

    /**
     * Reads are audited like writes: one line per person whose records this page served (an empty page discloses
     * nothing and writes nothing), so "who read what about whom" is in the log without a line per record.
     */
    private void logRead(Connection c, Principal principal, String action, List<SyncedRecord> served)
            throws SQLException {
        Set<UUID> people = new LinkedHashSet<>();
        for (SyncedRecord record : served) {
            people.add(record.beneficiaryId());
        }
        List<AuditLog.Entry> entries = new ArrayList<>(people.size());
        var now = clock.instant();
        for (UUID person : people) {
            entries.add(new AuditLog.Entry(
                    principal.userId(), principal.deviceId(), now, action, "person", person, null, null, person));
        }
        if (!entries.isEmpty()) {
            stores.audit().appendAll(c, principal.organisationId(), entries);
        }
    }

    private List<ScopeEntry> scope(Connection c, Principal principal) throws SQLException {
        List<ScopeEntry> entries = new ArrayList<>();
        if (principal.role() == Role.WORK_SUPERVISOR) {
            // what they read of a person depends on no consent (WorkSupervisorView): the signature never changes
            for (UUID beneficiaryId : access.beneficiariesInScope(c, principal)) {
                entries.add(new ScopeEntry(beneficiaryId, ""));
            }
            return entries;
        }
        for (UUID beneficiaryId : access.beneficiariesInScope(c, principal)) {
            List<String> granted = stores.consents().grantedCategories(c, principal.organisationId(), beneficiaryId);
            String signature = String.join(
                    ",", SENSITIVE_CATEGORIES.stream().filter(granted::contains).toList());
            entries.add(new ScopeEntry(beneficiaryId, signature));
        }
        return entries;
    }

    /**
     * The records as served, each with what the consents of the scope read before them allow; a record they do not
     * allow at all is left out of the page (the cursor still moves past it).
     */
    private static List<SyncedRecord> served(
            Principal principal, List<RecordStore.Served> rows, List<ScopeEntry> scope) {
        if (principal.role() == Role.WORK_SUPERVISOR) {
            return rows.stream()
                    .map(WorkSupervisorView::of)
                    .filter(Objects::nonNull)
                    .toList();
        }
        Map<UUID, Set<String>> granted = new HashMap<>();
        for (ScopeEntry entry : scope) {
            granted.put(entry.beneficiaryId(), Set.of(entry.signature().split(",")));
        }
        return rows.stream()
                .map(r -> SyncedRecord.of(r, granted.getOrDefault(r.beneficiaryId(), Set.of())))
                .filter(Objects::nonNull)
                .toList();
    }

    private static long parsePage(String page) {
        if (page == null) {
            return 0;
        }
        try {
            long after = Long.parseLong(page);
            if (after < 0) {
                throw new NumberFormatException();
            }
            return after;
        } catch (NumberFormatException e) {
            throw Refusal.invalid("invalid_parameter", "page must be a value returned as nextPage.");
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Refusal.invalid("invalid_parameter", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
    }
}
