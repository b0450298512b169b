package org.jalons.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jalons.storage.LocalStore;
import org.jalons.storage.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs syncs on its own thread, one at a time: on demand, when the app comes back ({@link #requestSync()}), and
 * every {@code period} while it is open. Publishes a {@link SyncStatus} to listeners after every change of state;
 * listeners are called on the sync thread (the UI hands them over to its own thread).
 */
public final class SyncService implements SyncTrigger, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(5);

    private final LocalStore store;
    private final SyncEngine engine;
    private final Clock clock;
    private final Duration period;
    private final ScheduledExecutorService executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status;
    private volatile SyncProblem lastError;
    private volatile String lastRefusal;

    public SyncService(LocalStore store, SyncEngine engine, Clock clock, Duration period) {
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.period = period;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jalons-sync");
            t.setDaemon(true);
            return t;
        });
        this.status = read(false);
    }

    /** Starts the periodic sync (the first one right away). */
    public void start() {
        // runs until the executor is shut down; requestSync reports its own failures on the sync state
        ScheduledFuture<?> unused =
                executor.scheduleWithFixedDelay(this::requestSync, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a sync; several requests while one waits make one run. */
    @Override
    public void requestSync() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                runOnce();
            });
        }
    }

    /** Runs a sync after any that is running, and tells its outcome. */
    public CompletableFuture<SyncStatus> syncNow() {
        return CompletableFuture.supplyAsync(this::runOnce, executor);
    }

    /** Recounts pending changes, conflicts and rejections (after local edits), on the sync thread. */
    public void refresh() {
        executor.execute(() -> publish(read(status.running())));
    }

    public SyncStatus status() {
        return status;
    }

    /** Registers a listener, called with the current status at once; closing the returned handle removes it. */
    public AutoCloseable addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
        return () -> listeners.remove(listener);
    }

    private SyncStatus runOnce() {
        publish(status.withRunning(true));
        try {
            SyncReport report = engine.syncOnce();
            store.syncState().put(SyncKeys.LAST_SUCCESS, clock.instant().toString());
            // the records went through; a failed profiles step is still told (it is tried again next time)
            lastError = report.profilesProblem();
            lastRefusal = null;
            LOG.debug("Sync done: {}", report);
        } catch (SyncException e) {
            lastError = e.problem();
            lastRefusal = e.serverCode();
            if (e.problem() == SyncProblem.NO_NETWORK || e.problem() == SyncProblem.NOT_PAIRED) {
                LOG.info("Sync postponed ({}): {}", e.problem(), e.getMessage());
            } else {
                LOG.warn("Sync failed ({}): {}", e.problem(), e.getMessage(), e.getCause());
            }
        } catch (RuntimeException e) {
            lastError = SyncProblem.LOCAL_STORE;
            lastRefusal = null;
            LOG.error("Sync failed unexpectedly", e);
        }
        SyncStatus done = read(false);
        publish(done);
        return done;
    }

    private SyncStatus read(boolean running) {
        try {
            Instant last = store.syncState()
                    .get(SyncKeys.LAST_SUCCESS)
                    .map(Instant::parse)
                    .orElse(null);
            return new SyncStatus(
                    running,
                    store.outbox().pendingCount(),
                    last,
                    lastError,
                    store.conflicts().openCount(),
                    store.outbox().rejectedCount(),
                    lastRefusal,
                    restoreNotice());
        } catch (StoreException e) {
            LOG.error("Reading the sync status failed", e);
            return new SyncStatus(running, 0, null, SyncProblem.LOCAL_STORE, 0, 0);
        }
    }

    /**
     * What the phone did after the organisation's data was restored from a backup, told for a day after it happened
     * (one notice per restore, not one per sync; the counts stay in the log).
     */
    private RestoreNotice restoreNotice() {
        return store.database()
                .read(RestoredServer::notice)
                .filter(n -> n.at().isAfter(clock.instant().minus(RESTORE_NOTICE_FOR)))
                .orElse(null);
    }

    static final Duration RESTORE_NOTICE_FOR = Duration.ofDays(1);

    private void publish(SyncStatus next) {
        status = next;
        for (Consumer<SyncStatus> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                LOG.error("A sync status listener failed", e);
            }
        }
    }

    /** Stops the periodic sync; a sync in progress finishes (its transactions are atomic anyway). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
