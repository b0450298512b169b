package org.jalons.server.service;

import java.time.Clock;
import java.time.Instant;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;

/**
 * How many days an organisation keeps its deletion markers (tombstones): a phone that has not synced for longer
 * reloads everything from a snapshot (PROTOCOL.md, cursor_too_old). Set by the organisation's admin; an organisation
 * that set nothing keeps the server's {@code JALONS_TOMBSTONE_DAYS}.
 */
public final class TombstoneWindow {

    /** A month: a phone away for a holiday or a repair does not have to reload everything. */
    public static final int MIN_DAYS = 30;

    /** Ten years, the longest retention of a person's file after their support (Erasure.MAX_RETENTION_MONTHS). */
    public static final int MAX_DAYS = 3650;

    private final Database db;
    private final Stores stores;
    private final Clock clock;
    private final int defaultDays;

    public TombstoneWindow(Database db, Stores stores, Clock clock, int defaultDays) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    /** The organisation's window in days (admin only). */
    public int days(Principal admin) {
        Accounts.requireAdmin(admin);
        return db.inTransaction(c ->
                stores.organisations().tombstoneDays(c, admin.organisationId()).orElse(defaultDays));
    }

    /** Sets the window; a change is audited (SET_TOMBSTONE_DAYS) and kept with its value before and after. */
    public int setDays(Principal admin, int days) {
        Accounts.requireAdmin(admin);
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw Refusal.invalid(
                    "invalid_body", "tombstoneDays must be a whole number from " + MIN_DAYS + " to " + MAX_DAYS + ".");
        }
        return db.inTransaction(c -> {
            stores.organisations().lock(c, admin.organisationId());
            int before = stores.organisations()
                    .tombstoneDays(c, admin.organisationId())
                    .orElse(defaultDays);
            if (before != days) {
                Instant now = clock.instant();
                stores.organisations().setTombstoneDays(c, admin.organisationId(), days);
                stores.organisations()
                        .logSettingChange(
                                c, admin.organisationId(), "TOMBSTONE_DAYS", admin.userId(), now, before, days);
                stores.audit()
                        .append(
                                c,
                                admin.organisationId(),
                                new AuditLog.Entry(
                                        admin.userId(),
                                        admin.deviceId(),
                                        now,
                                        "SET_TOMBSTONE_DAYS",
                                        "organisation",
                                        admin.organisationId(),
                                        null,
                                        null));
            }
            return days;
        });
    }
}
