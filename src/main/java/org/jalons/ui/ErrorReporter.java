package org.jalons.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.jalons.i18n.Messages;
import org.jalons.ui.kit.Dialog;
import org.jalons.ui.kit.Overlay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last safety net: an error nobody caught is logged once with its technical cause, and the person sees a
 * short message in their language (easy-read when the setting is on) saying that what they saved is kept, in an
 * in-app dialog of the window's {@link Overlay}. One dialog at a time.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Messages messages;
    private final Supplier<Window> owner;
    private Overlay.Layer showing;

    public ErrorReporter(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** Installs itself for every thread, and for the FX thread (call this on it). */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on thread {}", thread.getName(), error);
        try {
            if (Platform.isFxApplicationThread()) {
                show();
            } else {
                Platform.runLater(this::show);
            }
        } catch (RuntimeException e) {
            LOG.error("The error message could not be shown", e);
        }
    }

    private void show() {
        if (isShowing()) {
            return;
        }
        Window window = owner.get();
        if (window == null || !window.isShowing() || window.getScene() == null) {
            return; // nothing to show it in yet: the log has it
        }
        Overlay overlay = Overlay.in(window.getScene());
        String easy = overlay.isEasyRead() ? ".easy" : "";
        showing = Dialog.titled(messages.get("error.header" + easy))
                .id("error-dialog")
                .body(messages.get("error.body" + easy))
                .cancel(messages.get("error.close" + easy), null, null)
                .show(overlay);
    }

    /** Whether an error message is on screen (for tests). */
    public boolean isShowing() {
        return showing != null && showing.isOpen();
    }
}
