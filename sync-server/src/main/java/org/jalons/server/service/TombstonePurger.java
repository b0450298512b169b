package org.jalons.server.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.store.SummaryChangeLog;

/**
 * Removes tombstones older than the retention window and remembers, per organisation, the highest
 * seq removed: a device whose cursor is below it may have missed a delete and must re-snapshot (412).
 */
public final class TombstonePurger {

    private final Database db;
    private final Stores stores;
    private final SummaryChangeLog summaryLog = new SummaryChangeLog();
    private final Clock clock;
    private final Duration retention;

    public TombstonePurger(Database db, Stores stores, Clock clock, Duration retention) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.retention = retention;
    }

    /** Returns how many tombstones were removed. */
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        return db.inTransaction(c -> {
            stores.counter().lockAll(c); // no push may turn a record into a tombstone meanwhile
            Map<UUID, Long> horizons = stores.records().tombstonesOlderThan(c, cutoff);
            for (Map.Entry<UUID, Long> horizon : horizons.entrySet()) {
                stores.organisations().raisePurgedThroughSeq(c, horizon.getKey(), horizon.getValue());
            }
            summaryLog.deleteOfTombstonesOlderThan(c, cutoff); // nothing of a purged record stays
            return stores.records().deleteTombstonesOlderThan(c, cutoff);
        });
    }
}
