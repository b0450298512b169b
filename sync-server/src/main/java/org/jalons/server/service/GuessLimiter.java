package org.jalons.server.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows wrong pairing codes (in memory, per instance). Per client address: 10 wrong codes a minute, then one
 * checked attempt every 6 seconds, so a shared address (a NAT) is slowed, never locked out for a minute. Across
 * every address: 600 wrong codes per 10 minutes, which bounds what many addresses can guess together
 * (PROTOCOL.md gives the odds). An attempt that is not admitted is not checked at all: a valid code waits like a
 * wrong one, with the same answer.
 */
final class GuessLimiter {

    static final int PER_ADDRESS = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration SLOW_INTERVAL = Duration.ofSeconds(6);
    static final int GLOBAL = 600;
    static final Duration GLOBAL_WINDOW = Duration.ofMinutes(10);
    private static final int MAX_TRACKED_ADDRESSES = 10_000;

    /** The wrong codes of one address in the window, and when its last attempt was admitted. */
    private static final class Guesses {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lastAdmitted;
    }

    private final Clock clock;
    private final Map<String, Guesses> byAddress = new ConcurrentHashMap<>();
    private final Deque<Instant> everywhere = new ArrayDeque<>();

    GuessLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Zero when an attempt from {@code address} may be checked now (it takes the slot), else how long to wait. */
    Duration admit(String address) {
        Instant now = clock.instant();
        synchronized (everywhere) {
            dropOlderThan(everywhere, now.minus(GLOBAL_WINDOW));
            if (everywhere.size() >= GLOBAL) {
                return Duration.between(now, everywhere.peekFirst().plus(GLOBAL_WINDOW));
            }
        }
        Guesses guesses = byAddress.computeIfAbsent(address, a -> new Guesses());
        synchronized (guesses) {
            dropOlderThan(guesses.failures, now.minus(WINDOW));
            if (guesses.failures.size() >= PER_ADDRESS && guesses.lastAdmitted != null) {
                Instant next = guesses.lastAdmitted.plus(SLOW_INTERVAL);
                if (now.isBefore(next)) {
                    return Duration.between(now, next);
                }
            }
            guesses.lastAdmitted = now;
            return Duration.ZERO;
        }
    }

    void recordFailure(String address) {
        Instant now = clock.instant();
        if (byAddress.size() > MAX_TRACKED_ADDRESSES) {
            byAddress.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    dropOlderThan(e.getValue().failures, now.minus(WINDOW));
                    return e.getValue().failures.isEmpty();
                }
            });
        }
        Guesses guesses = byAddress.computeIfAbsent(address, a -> new Guesses());
        synchronized (guesses) {
            guesses.failures.addLast(now);
        }
        synchronized (everywhere) {
            everywhere.addLast(now);
        }
    }

    private static void dropOlderThan(Deque<Instant> times, Instant limit) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(limit)) {
            times.removeFirst();
        }
    }
}
