package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.sync.SyncFixture.applied;
import static org.jalons.sync.SyncFixture.pullPage;
import static org.jalons.sync.SyncFixture.pushAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.jalons.storage.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncServiceTest {
    @TempDir
    Path dir;

    @Test
    void statusTellsPendingChangesThenTheLastSuccessOrTheProblem() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7);
                SyncService service = new SyncService(f.store, f.engine, SyncFixture.CLOCK, Duration.ofMinutes(5))) {
            f.newBeneficiary("Samia B.");
            List<SyncStatus> seen = new CopyOnWriteArrayList<>();
            AutoCloseable registration = service.addListener(seen::add);
            OutboxEntry entry = f.store.outbox().pending(10).get(0);
            assertThat(service.status().pendingCount())
                    .as("read at construction, before the edit")
                    .isZero();

            f.server.shutdown();
            SyncStatus offline = service.syncNow().get(10, TimeUnit.SECONDS);
            assertThat(offline.lastError()).isEqualTo(SyncProblem.NO_NETWORK);
            assertThat(offline.pendingCount()).isEqualTo(1);
            assertThat(offline.lastSuccess()).isNull();
            assertThat(offline.running()).isFalse();
            assertThat(seen).anyMatch(SyncStatus::running);
            registration.close();
            int before = seen.size();

            try (SyncFixture online = new SyncFixture(dir.resolve("other")).paired(1)) {
                // A second phone's server stands in for the network coming back: point this phone at it.
                f.store.database().inTransaction(c -> {
                    org.jalons.storage.SyncState.put(
                            c, SyncKeys.SERVER_URL, online.server.url("/").toString());
                    return null;
                });
                online.server.enqueue(pushAnswer(applied(entry.changeId(), 1, 8)));
                online.server.enqueue(pullPage(List.of(), 8, false));
                SyncStatus done = service.syncNow().get(10, TimeUnit.SECONDS);
                assertThat(done.lastError()).isNull();
                assertThat(done.pendingCount()).isZero();
                assertThat(done.lastSuccess()).isEqualTo(SyncFixture.CLOCK.instant());
            }
            assertThat(seen).hasSize(before);
        }
    }

    @Test
    void aRefusedSyncKeepsTheServersRefusalCodeUntilTheNextSuccess() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7);
                SyncService service = new SyncService(f.store, f.engine, SyncFixture.CLOCK, Duration.ofMinutes(5))) {
            f.newBeneficiary("Samia B.");
            OutboxEntry entry = f.store.outbox().pending(10).get(0);
            f.server.enqueue(new MockResponse()
                    .setResponseCode(403)
                    .setHeader("Content-Type", "application/json")
                    .setBody("{\"error\":\"forbidden\",\"message\":\"not allowed\"}"));

            SyncStatus refused = service.syncNow().get(10, TimeUnit.SECONDS);
            assertThat(refused.lastError()).isEqualTo(SyncProblem.SERVER_REFUSED);
            assertThat(refused.lastRefusal()).isEqualTo("forbidden");
            assertThat(service.status().withRunning(true).lastRefusal()).isEqualTo("forbidden");

            f.server.enqueue(pushAnswer(applied(entry.changeId(), 1, 8)));
            f.server.enqueue(pullPage(List.of(), 8, false));
            SyncStatus done = service.syncNow().get(10, TimeUnit.SECONDS);
            assertThat(done.lastError()).isNull();
            assertThat(done.lastRefusal()).isNull();
        }
    }

    @Test
    void syncsRunOneAtATimeAndRequestsWhileOneRunsMakeOneMoreRun() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7);
                SyncService service = new SyncService(f.store, f.engine, SyncFixture.CLOCK, Duration.ofMinutes(5))) {
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger maxInFlight = new AtomicInteger();
            AtomicInteger pulls = new AtomicInteger();
            f.server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(100);
                    if (request.getPath().startsWith("/api/v1/sync/pull")) { // not the organisation's list after it
                        pulls.incrementAndGet();
                    }
                    inFlight.decrementAndGet();
                    return pullPage(List.of(), 7, false);
                }
            });

            service.requestSync();
            Thread.sleep(30);
            for (int i = 0; i < 5; i++) {
                service.requestSync();
            }
            service.syncNow().get(10, TimeUnit.SECONDS);

            assertThat(maxInFlight.get()).isEqualTo(1);
            assertThat(pulls.get()).as("first run, one coalesced run, syncNow").isEqualTo(3);
            assertThat(Thread.currentThread().getName()).isNotEqualTo("jalons-sync");
        }
    }

    @Test
    void syncNeverRunsOnTheJavaFxThread() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            Thread fx = new Thread(
                    () -> {
                        try {
                            f.engine.syncOnce();
                        } catch (SyncException e) {
                            throw new AssertionError(e);
                        }
                    },
                    "JavaFX Application Thread");
            List<Throwable> failure = new CopyOnWriteArrayList<>();
            fx.setUncaughtExceptionHandler((t, e) -> failure.add(e));
            fx.start();
            fx.join();
            assertThat(failure).singleElement().isInstanceOf(IllegalStateException.class);
            assertThat(f.syncRequests()).isZero();
        }
    }

    @Test
    void startedItSyncsRightAwayAndThenPeriodically() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            AtomicInteger pulls = new AtomicInteger();
            f.server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    pulls.incrementAndGet();
                    return pullPage(List.of(), 7, false);
                }
            });
            try (SyncService service = new SyncService(f.store, f.engine, SyncFixture.CLOCK, Duration.ofMillis(100))) {
                service.start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (pulls.get() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            assertThat(pulls.get()).isGreaterThanOrEqualTo(3);
        }
    }
}
