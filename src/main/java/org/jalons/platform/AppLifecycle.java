package org.jalons.platform;

/**
 * The app going to the background (another app, screen off, window minimised) and coming back. Screens use it
 * to lock the store or save a draft; the app never waits for it.
 */
public interface AppLifecycle {
    void onPause(Runnable action);

    void onResume(Runnable action);
}
