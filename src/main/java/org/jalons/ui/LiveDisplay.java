package org.jalons.ui;

import java.util.function.Consumer;
import org.jalons.i18n.Messages;

/**
 * Display settings take effect on the screen being looked at, without a restart: a new language or easy-read mode
 * changes the words and the layout, so the current screen is built again (its view model reads its draft back, so
 * nothing typed is lost); the text size only scales fonts, which follow it through bindings (the shell's base
 * size, {@code EasyRead} for "Mon parcours"), so nothing is rebuilt while the slider moves. Screens further back
 * are built again anyway when the person returns to them.
 */
public final class LiveDisplay {
    private LiveDisplay() {}

    /**
     * {@code later}: runs the rebuild after the event that caused it (a tap on the very control being replaced),
     * e.g. {@code Platform::runLater}; several changes in one event give one rebuild.
     */
    public static void follow(
            Messages messages, DisplayPreferences display, Navigator navigator, Consumer<Runnable> later) {
        boolean[] queued = {false};
        Runnable rebuild = () -> {
            if (!queued[0]) {
                queued[0] = true;
                later.accept(() -> {
                    queued[0] = false;
                    navigator.refresh();
                });
            }
        };
        messages.languageProperty().addListener((obs, was, now) -> rebuild.run());
        if (display != null) {
            display.easyReadProperty().addListener((obs, was, now) -> rebuild.run());
        }
    }
}
