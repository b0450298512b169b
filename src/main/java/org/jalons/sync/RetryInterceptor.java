package org.jalons.sync;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a request marked {@link Retryable} after a network failure, a 5xx or a 429, a bounded number of times
 * with {@link Backoff}. Safe for push because the server acknowledges a replayed change id without applying it
 * twice; pairing is not marked (a code is single use).
 */
final class RetryInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

    /** Request tag: this request may be sent again. */
    enum Retryable {
        YES
    }

    /** How the interceptor waits; tests record instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Backoff backoff;
    private final Sleeper sleeper;

    RetryInterceptor(int maxAttempts, Backoff backoff, Sleeper sleeper) {
        this.maxAttempts = Math.max(1, maxAttempts);
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.tag(Retryable.class) == null) {
            return chain.proceed(request);
        }
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= maxAttempts;
            try {
                Response response = chain.proceed(request);
                if (!retriable(response.code()) || last) {
                    return response;
                }
                LOG.debug(
                        "{} {} answered {}, attempt {} of {}",
                        request.method(),
                        request.url().encodedPath(),
                        response.code(),
                        attempt,
                        maxAttempts);
                Duration wait = max(backoff.delay(attempt), retryAfter(response));
                response.close();
                pause(wait);
            } catch (InterruptedIOException e) {
                if (last || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                LOG.debug(
                        "{} {} timed out, attempt {} of {}",
                        request.method(),
                        request.url().encodedPath(),
                        attempt,
                        maxAttempts);
                pause(backoff.delay(attempt));
            } catch (IOException e) {
                if (last || chain.call().isCanceled()) {
                    throw e;
                }
                LOG.debug(
                        "{} {} failed ({}), attempt {} of {}",
                        request.method(),
                        request.url().encodedPath(),
                        e.toString(),
                        attempt,
                        maxAttempts);
                pause(backoff.delay(attempt));
            }
        }
    }

    static boolean retriable(int code) {
        return code == 429 || code >= 500;
    }

    /** Honours a Retry-After in seconds, within the backoff's ceiling so that a sync never hangs for long. */
    private Duration retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return Duration.ZERO;
        }
        try {
            Duration asked = Duration.ofSeconds(Long.parseLong(value.strip()));
            Duration cap = backoff.ceiling(maxAttempts);
            return asked.compareTo(cap) > 0 ? cap : asked;
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void pause(Duration wait) throws IOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to retry");
        }
    }
}
