package org.jalons.syncui;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.SyncProblem;
import org.jalons.sync.SyncService;
import org.jalons.sync.SyncTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync of the open store, from the unlock to the lock: a {@link SyncService} made for each opened store,
 * syncing periodically once the phone is paired, stopped when the store closes. Its status reaches the screens
 * through one {@link SyncStatusModel} that outlives the stores, so the status bar needs no rewiring.
 */
public final class SyncRuntime implements SyncTrigger {
    private static final Logger LOG = LoggerFactory.getLogger(SyncRuntime.class);

    private final Clock clock;
    private final Duration period;
    private final HttpSettings http;
    private final SyncStatusModel status;
    private final String deviceModel;
    private Runnable onWipeRequested = () -> {};
    private SyncService service;
    private boolean demo;
    private AutoCloseable listener;
    private boolean periodic;
    private Thread stopping;

    public SyncRuntime(Clock clock, Duration period, HttpSettings http, SyncStatusModel status) {
        this(clock, period, http, status, null);
    }

    /** {@code deviceModel}: what this device is (platform.DeviceModel), named to the server at pairing; may be null. */
    public SyncRuntime(Clock clock, Duration period, HttpSettings http, SyncStatusModel status, String deviceModel) {
        this.clock = clock;
        this.period = period;
        this.http = http;
        this.status = status;
        this.deviceModel = deviceModel;
    }

    /**
     * What the app does when the server says the organisation asked this phone to wipe itself: called once per
     * opened store, on the sync thread (the app hands it over to its own thread and wipes with the store closed).
     */
    public synchronized void onWipeRequested(Runnable action) {
        this.onWipeRequested = action;
    }

    /** A store was opened: its sync starts (periodic only when the phone is paired; status in any case). */
    public synchronized void open(LocalStore store) {
        close();
        demo = DemoOrganisation.isDemo(store.profile());
        status.demo(demo);
        service = new SyncService(store, new SyncEngine(store, http, clock), clock, period);
        Runnable wipe = onWipeRequested;
        java.util.concurrent.atomic.AtomicBoolean told = new java.util.concurrent.atomic.AtomicBoolean();
        listener = service.addListener(next -> {
            status.accept(next);
            if (next.lastError() == SyncProblem.WIPE_REQUESTED && told.compareAndSet(false, true)) {
                wipe.run();
            }
        });
        if (Pairing.account(store).isPresent()) {
            startPeriodic();
        }
    }

    /** The phone was just paired: the periodic sync starts now (the first run at once). */
    public synchronized void paired() {
        if (service != null) {
            startPeriodic();
        }
    }

    private void startPeriodic() {
        if (!periodic) {
            periodic = true;
            service.start();
        }
    }

    /** The store is closing (lock, close, wipe): no more syncs. A sync under way finishes on its own thread. */
    public synchronized void close() {
        if (service == null) {
            return;
        }
        SyncService closing = service;
        AutoCloseable stopListening = listener;
        service = null;
        listener = null;
        periodic = false;
        try {
            stopListening.close();
        } catch (Exception e) {
            LOG.warn("The sync status listener did not close", e);
        }
        // Waiting for a sync in flight (network timeouts) must never freeze the screen.
        Thread closer = new Thread(closing::close, "jalons-sync-stop");
        closer.setDaemon(true);
        closer.start();
        this.stopping = closer;
        status.clear();
    }

    /**
     * Waits until the last closed store's sync has really stopped (never on the screen's thread): before the store
     * file is re-encrypted or wiped, no sync may still hold it.
     */
    public void awaitStopped() throws InterruptedException {
        Thread last;
        synchronized (this) {
            last = stopping;
        }
        if (last != null) {
            last.join(Duration.ofSeconds(40).toMillis());
        }
    }

    /** After a local change the person made here (conflict resolved, refusal retried): recount, then send it. */
    public void requestSyncAfterChange() {
        refresh();
        requestSync();
    }

    /** The pairing of a store, with this app's network settings. */
    public Pairing pairing(LocalStore store) {
        return new SyncEngine(store, http, clock).pairing(deviceModel);
    }

    public synchronized Optional<SyncService> service() {
        return Optional.ofNullable(service);
    }

    public SyncStatusModel status() {
        return status;
    }

    /** Asks for a sync soon (app resumed, "Synchroniser" tapped); nothing when no store is open. */
    @Override
    public synchronized void requestSync() {
        if (service != null && !demo) { // the demo has no server to send to
            service.requestSync();
        }
    }

    /** Recounts pending changes, conflicts and rejections after a local change (resolution, discard). */
    public synchronized void refresh() {
        if (service != null) {
            service.refresh();
        }
    }
}
