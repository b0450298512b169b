package org.jalons.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.jalons.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last safety net: an error nobody caught is logged once with its technical cause, and the person sees a
 * short message in their language saying that what they saved is kept. One dialog at a time.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final Messages messages;
    private final Supplier<Window> owner;
    private Alert showing;

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
        if (showing != null) {
            return;
        }
        ButtonType close = new ButtonType(messages.get("error.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.get("error.body"), close);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.header"));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setOnHidden(e -> showing = null);
        showing = alert;
        alert.show();
    }

    /** Whether an error message is on screen (for tests). */
    public boolean isShowing() {
        return showing != null;
    }
}
