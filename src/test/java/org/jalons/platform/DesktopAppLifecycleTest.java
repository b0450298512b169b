package org.jalons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class DesktopAppLifecycleTest {
    final SimpleBooleanProperty focused = new SimpleBooleanProperty(true);
    final SimpleBooleanProperty iconified = new SimpleBooleanProperty(false);
    final List<String> events = new ArrayList<>();
    final DesktopAppLifecycle lifecycle = new DesktopAppLifecycle(focused, iconified);

    {
        lifecycle.onPause(() -> events.add("pause"));
        lifecycle.onResume(() -> events.add("resume"));
    }

    @Test
    void losingTheFocusPausesAndGettingItBackResumes() {
        focused.set(false);
        focused.set(true);
        assertThat(events).containsExactly("pause", "resume");
    }

    @Test
    void minimisingAnUnfocusedWindowPausesOnlyOnce() {
        focused.set(false);
        iconified.set(true);
        iconified.set(false);
        assertThat(events).containsExactly("pause");
        assertThat(lifecycle.isPaused()).isTrue();
        focused.set(true);
        assertThat(events).containsExactly("pause", "resume");
    }
}
