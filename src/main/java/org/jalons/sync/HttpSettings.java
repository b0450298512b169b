package org.jalons.sync;

import java.time.Duration;

/**
 * Timeouts and retry policy of the sync client. Retries use exponential backoff with full jitter, bounded in
 * number; they are safe because the server deduplicates change ids.
 */
public record HttpSettings(
        Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static HttpSettings defaults() {
        return new HttpSettings(
                Duration.ofSeconds(15), Duration.ofSeconds(30), 4, Duration.ofMillis(500), Duration.ofSeconds(8));
    }

    public HttpSettings withDelays(Duration first, Duration max) {
        return new HttpSettings(connectTimeout, readTimeout, maxAttempts, first, max);
    }

    public HttpSettings withTimeouts(Duration connect, Duration read) {
        return new HttpSettings(connect, read, maxAttempts, firstDelay, maxDelay);
    }
}
