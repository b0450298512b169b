package org.jalons.server.service;

import java.time.Duration;

/** A pairing attempt refused, unchecked, because wrong codes came too fast: retry after {@link #retryAfter}. */
public final class TooManyGuesses extends RuntimeException {

    private final Duration retryAfter;

    TooManyGuesses(Duration retryAfter) {
        super("Too many wrong codes. Wait a few seconds before trying again.", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
