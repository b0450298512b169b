package org.jalons.sync;

/**
 * Asks for a sync soon, without waiting for it. The app shell calls it when the app comes back to the foreground
 * (its lifecycle service) and after the person taps "Synchroniser"; never blocks the calling thread.
 */
@FunctionalInterface
public interface SyncTrigger {
    void requestSync();
}
