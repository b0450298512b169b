package org.jalons.testing;

import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.jalons.JalonsApp;
import org.testfx.api.FxToolkit;

/**
 * Every UI test shares TestFX's one primary stage: a size a test set (a small phone, a desk) would stay for the
 * next tests and change their layout, so tests that resize it put it back to the app's own window size when done.
 */
public final class Windows {

    private Windows() {}

    public static void restoreSize() throws TimeoutException {
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        if (primary != null) {
            FxToolkit.setupFixture(() -> {
                primary.setWidth(JalonsApp.WIDTH);
                primary.setHeight(JalonsApp.HEIGHT);
            });
        }
    }
}
