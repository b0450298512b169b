package org.jalons.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Stage;

/**
 * On a desktop, a window that is minimised or loses the focus counts as paused, like a phone app sent to the
 * background; it resumes when it is shown and focused again. Each change is told once, not once per property.
 */
public final class DesktopAppLifecycle implements AppLifecycle {
    private final List<Runnable> pauseActions = new CopyOnWriteArrayList<>();
    private final List<Runnable> resumeActions = new CopyOnWriteArrayList<>();
    private boolean paused;

    public DesktopAppLifecycle(ObservableBooleanValue focused, ObservableBooleanValue iconified) {
        paused = !focused.get() || iconified.get();
        Runnable update = () -> setPaused(!focused.get() || iconified.get());
        focused.addListener((obs, was, is) -> update.run());
        iconified.addListener((obs, was, is) -> update.run());
    }

    public static DesktopAppLifecycle of(Stage stage) {
        return new DesktopAppLifecycle(stage.focusedProperty(), stage.iconifiedProperty());
    }

    private void setPaused(boolean nowPaused) {
        if (nowPaused == paused) {
            return;
        }
        paused = nowPaused;
        (nowPaused ? pauseActions : resumeActions).forEach(Runnable::run);
    }

    public boolean isPaused() {
        return paused;
    }

    @Override
    public void onPause(Runnable action) {
        pauseActions.add(action);
    }

    @Override
    public void onResume(Runnable action) {
        resumeActions.add(action);
    }
}
