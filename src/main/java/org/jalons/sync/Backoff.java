package org.jalons.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: before retry n (1, 2, ...) wait a random time between 0 and
 * min(maxDelay, firstDelay * 2^(n-1)), so that many phones coming back online together do not hit the server in
 * step.
 */
final class Backoff {
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final DoubleSupplier random;

    Backoff(Duration firstDelay, Duration maxDelay, DoubleSupplier random) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.random = random;
    }

    Backoff(Duration firstDelay, Duration maxDelay) {
        this(firstDelay, maxDelay, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The ceiling of the wait before retry {@code retry} (1 for the first retry). */
    Duration ceiling(int retry) {
        long first = Math.max(1, firstDelay.toMillis());
        int shift = Math.min(Math.max(0, retry - 1), 30);
        long ceiling = first > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : first << shift;
        return Duration.ofMillis(Math.min(ceiling, maxDelay.toMillis()));
    }

    Duration delay(int retry) {
        return Duration.ofMillis((long) (ceiling(retry).toMillis() * random.getAsDouble()));
    }
}
