package org.jalons.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (opening the encrypted store, reading a long list) away from the screen's thread and hands the
 * result back on it. View models take this interface so that their tests can run the work directly.
 */
public interface Background {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Waits, at most {@code within}, until the work queued so far has run: before the store closes, so that a draft
     * or a record written a moment before a lock is on disk. Nothing to wait for when work runs at once.
     */
    default void finishQueued(Duration within) {}
}
