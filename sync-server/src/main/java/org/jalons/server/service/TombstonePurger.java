package org.jalons.server.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.store.SummaryChangeLog;

/**
 * Removes each organisation's tombstones older than its own retention window (its admin's setting, else the server's
 * {@code JALONS_TOMBSTONE_DAYS}) and remembers, per organisation, the highest seq removed: a device whose cursor is
 * below it may have missed a delete and must re-snapshot (412).
 */
public final class TombstonePurger {

    private final Database db;
    private final Stores stores;
    private final SummaryChangeLog summaryLog = new SummaryChangeLog();
    private final Clock clock;
    private final int defaultDays;

    /** @param defaultDays the window of an organisation that set none of its own */
    public TombstonePurger(Database db, Stores stores, Clock clock, int defaultDays) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    /** Returns how many tombstones were removed, all organisations together. */
    public int purge() {
        Instant now = clock.instant();
        return db.inTransaction(c -> {
            stores.counter().lockAll(c); // no push may turn a record into a tombstone meanwhile
            int removed = 0;
            for (Map.Entry<UUID, Integer> window :
                    stores.organisations().tombstoneWindows(c, defaultDays).entrySet()) {
                UUID organisationId = window.getKey();
                Instant cutoff = now.minus(Duration.ofDays(window.getValue()));
                Optional<Long> horizon = stores.records().tombstonesOlderThan(c, organisationId, cutoff);
                if (horizon.isEmpty()) {
                    continue;
                }
                stores.organisations().raisePurgedThroughSeq(c, organisationId, horizon.get());
                // nothing of a purged record stays
                summaryLog.deleteOfTombstonesOlderThan(c, organisationId, cutoff);
                removed += stores.records().deleteTombstonesOlderThan(c, organisationId, cutoff);
            }
            return removed;
        });
    }
}
