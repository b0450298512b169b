package org.jalons.storage;

import java.time.Duration;
import java.time.Instant;

/** After three wrong PINs, each further try waits longer: 30 s, 1 min, 2 min… up to 15 min. */
public final class UnlockPolicy {
    public static final int FREE_ATTEMPTS = 3;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private UnlockPolicy() {}

    /** When the next try is allowed, or null if it is allowed now. */
    public static Instant retryAt(KeyFile key, Instant now) {
        if (key.failedAttempts() < FREE_ATTEMPTS || key.lastFailureAt() == null) {
            return null;
        }
        Instant at = key.lastFailureAt().plus(delayAfter(key.failedAttempts()));
        return at.isAfter(now) ? at : null;
    }

    static Duration delayAfter(int failures) {
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    public static int attemptsBeforeDelay(KeyFile key) {
        return Math.max(0, FREE_ATTEMPTS - key.failedAttempts());
    }
}
