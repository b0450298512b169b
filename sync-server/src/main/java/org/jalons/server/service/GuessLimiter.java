package org.jalons.server.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts wrong pairing codes per client address over a sliding window (in memory, per instance). */
final class GuessLimiter {

    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    GuessLimiter(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            dropOld(recent);
            return recent.size() >= maxFailures;
        }
    }

    void recordFailure(String address) {
        if (failures.size() > MAX_TRACKED_ADDRESSES) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    dropOld(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    private void dropOld(Deque<Instant> recent) {
        Instant limit = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(limit)) {
            recent.removeFirst();
        }
    }
}
