package org.jalons.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jalons.platform.AppLifecycle;

/**
 * Locks the store when the app comes back after a long pause: a phone left on a table in a shared room must
 * not show a person's parcours to whoever picks it up. A short switch to another app does not lock.
 */
public final class AutoLock {
    public static final Duration DEFAULT_DELAY = Duration.ofMinutes(5);

    private final Clock clock;
    private final Duration delay;
    private final BooleanSupplier isOpen;
    private final Runnable lock;
    private Instant pausedAt;

    public AutoLock(AppLifecycle lifecycle, Clock clock, Duration delay, BooleanSupplier isOpen, Runnable lock) {
        this.clock = clock;
        this.delay = delay;
        this.isOpen = isOpen;
        this.lock = lock;
        lifecycle.onPause(() -> pausedAt = clock.instant());
        lifecycle.onResume(this::resumed);
    }

    private void resumed() {
        Instant since = pausedAt;
        pausedAt = null;
        if (since != null && isOpen.getAsBoolean() && !clock.instant().isBefore(since.plus(delay))) {
            lock.run();
        }
    }
}
