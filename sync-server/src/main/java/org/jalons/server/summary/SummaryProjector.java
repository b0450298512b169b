package org.jalons.server.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.store.AggregateStore;
import org.jalons.server.summary.store.SummaryChangeLog;
import org.jalons.server.summary.store.SummaryProjectionStore;
import org.jalons.server.summary.store.SummaryProjectionStore.Cursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maintains the summary facts and roll-ups out of the push: reads each organisation's change log in seq order from
 * its own cursor and folds every change into the facts with {@link AggregateRecorder}, a batch per transaction that
 * also moves the cursor (so a change is counted once, whatever stops the server). One projector per organisation at
 * a time, among every server instance on the database: each batch takes the organisation's lease row.
 */
public final class SummaryProjector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryProjector.class);
    static final int BATCH = 2_000;
    static final Duration LEASE = Duration.ofSeconds(30);

    /** Up to which change an organisation's figures count, and what waits. */
    public record Progress(long countedUpTo, Instant countedAt, long changesBehind, long lagMs) {}

    private final Database db;
    private final Stores stores;
    private final AggregateStore aggregates = new AggregateStore();
    private final SummaryChangeLog summaryLog = new SummaryChangeLog();
    private final SummaryProjectionStore projections = new SummaryProjectionStore();
    private final Clock clock;
    private final String holder;
    private final AggregateRecorder recorder;
    private final Map<UUID, ReentrantLock> running = new ConcurrentHashMap<>();
    private final Set<UUID> woken = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService thread;

    /** {@code clock} is the real time of leases and lag; {@code holder} names this instance in the lease row. */
    public SummaryProjector(Database db, Stores stores, Clock clock, String holder) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.holder = holder;
        this.recorder = new AggregateRecorder(stores);
    }

    /** Runs by itself: woken after each push, and every second for the changes other instances accepted. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jalons-summary-projector");
            t.setDaemon(true);
            return t;
        });
        // runs until close() shuts the executor down; sweep() logs its own failures
        ScheduledFuture<?> unused = thread.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    /** After a push's commit: the organisation has changes to project. */
    public void wake(UUID organisationId) {
        ScheduledExecutorService t = thread;
        if (t != null && woken.add(organisationId)) {
            try {
                t.execute(() -> {
                    woken.remove(organisationId);
                    catchUpQuietly(organisationId);
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                woken.remove(organisationId);
            }
        }
    }

    private void sweep() {
        try {
            for (UUID org : db.inTransaction(c -> projections.behind(c))) {
                catchUpQuietly(org);
            }
        } catch (RuntimeException e) {
            LOG.warn("Summary projection sweep failed; will retry", e);
        }
    }

    private void catchUpQuietly(UUID org) {
        try {
            catchUp(org, Duration.ofSeconds(10));
        } catch (RuntimeException e) {
            LOG.warn("Summary projection of an organisation failed; will retry", e);
        }
    }

    /**
     * Projects the organisation's waiting changes, batch after batch, for at most {@code within}: true when every
     * change committed before the call is in the facts (by this or another instance), false when time ran out.
     */
    public boolean catchUp(UUID org, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        ReentrantLock lock = running.computeIfAbsent(org, k -> new ReentrantLock());
        try {
            if (!lock.tryLock(Math.max(0, within.toNanos()), TimeUnit.NANOSECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            long target = db.inTransaction(c -> stores.counter().committedHigh(c, org));
            while (true) {
                Long reached = db.inTransaction(c -> batch(c, org));
                if (reached == null) { // another instance holds the lease: it projects them, wait for its cursor
                    reached = db.inTransaction(c -> projections.cursor(c, org).seq());
                    if (reached < target && System.nanoTime() <= deadline) {
                        Thread.sleep(10);
                    }
                }
                if (reached >= target) {
                    return true;
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                db.inTransaction(c -> {
                    projections.release(c, org, holder);
                    return null;
                });
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Runs {@code work} in one transaction that holds the organisation's lease, so that no projector (of this or
     * another instance) folds the organisation's changes meanwhile: an erasure takes a person out of the log and the
     * facts together. Waits up to {@code within} for another holder's lease, then fails.
     */
    public <T> T exclusively(UUID org, Duration within, Database.Work<T> work) {
        ReentrantLock lock = running.computeIfAbsent(org, k -> new ReentrantLock());
        long deadline = System.nanoTime() + within.toNanos();
        try {
            if (!lock.tryLock(within.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the statistics of this organisation are being counted; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the statistics' lease", e);
        }
        try {
            while (true) {
                List<T> done = db.inTransaction(c -> {
                    Instant now = clock.instant();
                    if (!projections.lease(c, org, holder, now, now.plus(LEASE))) {
                        return null;
                    }
                    T result = work.run(c);
                    projections.release(c, org, holder);
                    return java.util.Collections.singletonList(result);
                });
                if (done != null) {
                    return done.get(0);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "another server instance is counting this organisation's" + " statistics; try again");
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the statistics' lease", e);
        } finally {
            lock.unlock();
        }
    }

    /** One batch under the lease: the seq the cursor reached, or null when another holder has the lease. */
    private Long batch(java.sql.Connection c, UUID org) throws java.sql.SQLException {
        Instant now = clock.instant();
        if (!projections.lease(c, org, holder, now, now.plus(LEASE))) {
            return null;
        }
        Cursor cursor = projections.cursor(c, org);
        long high = stores.counter().committedHigh(c, org);
        if (high <= cursor.seq()) {
            return cursor.seq();
        }
        List<SummaryChangeLog.Entry> changes = summaryLog.read(c, org, cursor.seq(), high, BATCH);
        for (SummaryChangeLog.Entry change : changes) {
            recorder.recorded(c, org, change);
        }
        // past the last change read when the log holds no more up to high (conflicts and other kinds are not logged)
        long reached =
                changes.size() < BATCH ? high : changes.get(changes.size() - 1).seq();
        if (!projections.advance(c, org, holder, cursor.seq(), reached, clock.instant())) {
            throw new IllegalStateException("the summary cursor moved under its lease"); // rolls the batch back
        }
        return reached;
    }

    /** Up to which change the figures count, how many changes wait and for how long the oldest has waited. */
    public Progress progress(UUID org) {
        return db.inTransaction(c -> {
            Cursor cursor = projections.cursor(c, org);
            SummaryChangeLog.Backlog backlog = summaryLog.backlog(c, org, cursor.seq());
            return new Progress(cursor.seq(), cursor.at(), backlog.changes(), lagMs(backlog));
        });
    }

    /** Every organisation's waiting changes together, and the longest wait (the health answer). */
    public Progress overall() {
        SummaryChangeLog.Backlog backlog = db.inTransaction(c -> summaryLog.backlogAll(c));
        return new Progress(-1, null, backlog.changes(), lagMs(backlog));
    }

    private long lagMs(SummaryChangeLog.Backlog backlog) {
        return backlog.oldestAcceptedAt() == null
                ? 0
                : Math.max(
                        0,
                        Duration.between(backlog.oldestAcceptedAt(), clock.instant())
                                .toMillis());
    }

    /**
     * Drops the organisation's facts and cells and projects its whole change log again, in one transaction under
     * its lease. Refused for an organisation whose log does not reach back to its first change (its figures were
     * written by the push before the log existed).
     */
    public void rebuild(UUID org) {
        ReentrantLock lock = running.computeIfAbsent(org, k -> new ReentrantLock());
        lock.lock();
        try {
            db.inTransaction(c -> {
                Instant now = clock.instant();
                if (!projections.lease(c, org, holder, now, now.plus(LEASE))) {
                    throw new IllegalStateException("another server instance is projecting this organisation");
                }
                Cursor cursor = projections.cursor(c, org);
                if (cursor.logFromSeq() > 1) {
                    throw new IllegalStateException("the change log of organisation " + org + " starts at seq "
                            + cursor.logFromSeq() + ": the changes before it cannot be projected again");
                }
                aggregates.deleteAllFacts(c, org);
                long high = stores.counter().committedHigh(c, org);
                long seq = 0;
                while (true) {
                    List<SummaryChangeLog.Entry> changes = summaryLog.read(c, org, seq, high, BATCH);
                    for (SummaryChangeLog.Entry change : changes) {
                        recorder.recorded(c, org, change);
                    }
                    if (changes.size() < BATCH) {
                        break;
                    }
                    seq = changes.get(changes.size() - 1).seq();
                }
                projections.advance(c, org, holder, cursor.seq(), high, clock.instant());
                projections.release(c, org, holder);
                return null;
            });
        } finally {
            lock.unlock();
        }
    }

    /** Every organisation, one after the other (the {@code rebuild-summary} command without {@code --org}). */
    public List<UUID> organisations() {
        return db.inTransaction(c -> projections.all(c));
    }

    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdownNow();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }
}
