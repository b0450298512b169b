package org.jalons.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.jalons.platform.DesktopAppLifecycle;
import org.jalons.testing.MutableClock;
import org.junit.jupiter.api.Test;

class AutoLockTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    final SimpleBooleanProperty focused = new SimpleBooleanProperty(true);
    final AtomicInteger locks = new AtomicInteger();

    @Test
    void locksOnlyAfterALongPauseWithAnOpenStore() {
        DesktopAppLifecycle lifecycle = new DesktopAppLifecycle(focused, new SimpleBooleanProperty(false));
        new AutoLock(lifecycle, clock, Duration.ofMinutes(5), () -> true, locks::incrementAndGet);
        focused.set(false);
        clock.advance(Duration.ofMinutes(1));
        focused.set(true);
        assertThat(locks).hasValue(0);
        focused.set(false);
        clock.advance(Duration.ofMinutes(5));
        focused.set(true);
        assertThat(locks).hasValue(1);
    }

    @Test
    void nothingToLockWhenTheStoreIsClosed() {
        DesktopAppLifecycle lifecycle = new DesktopAppLifecycle(focused, new SimpleBooleanProperty(false));
        new AutoLock(lifecycle, clock, Duration.ofMinutes(5), () -> false, locks::incrementAndGet);
        focused.set(false);
        clock.advance(Duration.ofHours(1));
        focused.set(true);
        assertThat(locks).hasValue(0);
    }
}
