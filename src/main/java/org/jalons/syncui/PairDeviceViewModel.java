package org.jalons.syncui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncAccount;
import org.jalons.sync.SyncException;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Relier ce téléphone": the person types the server address and the one-time code (or pastes the pairing link
 * the QR code holds, which gives both); the phone pairs and starts syncing.
 */
public final class PairDeviceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PairDeviceViewModel.class);

    /** The pairing call, behind an interface so that tests choose its answer. */
    @FunctionalInterface
    public interface Pairer {
        SyncAccount pair(String serverUrl, String code, String deviceName) throws SyncException;
    }

    private final Pairer pairer;
    private final Background background;
    private final Messages messages;
    private final Runnable onPaired;
    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty deviceName = new SimpleStringProperty(this, "deviceName", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty done = new SimpleStringProperty(this, "done", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public PairDeviceViewModel(Pairer pairer, Background background, Messages messages, String personName,
                               String knownServer, Runnable onPaired) {
        this.pairer = pairer;
        this.background = background;
        this.messages = messages;
        this.onPaired = onPaired;
        deviceName.set(messages.get("sync.pair.deviceNameDefault", personName == null ? "" : personName));
        server.set(knownServer == null ? "" : knownServer);
        // A pasted (or scanned) pairing link fills both fields.
        code.addListener((obs, was, now) -> PairingLink.parse(now).ifPresent(link -> {
            server.set(link.server());
            code.set(link.code());
        }));
    }

    public void pair() {
        if (busy.get()) {
            return;
        }
        String url = server.get().strip();
        String typed = code.get().strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        if (url.isEmpty()) {
            error.set(messages.get("sync.pair.serverRequired"));
            return;
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            error.set(messages.get("sync.pair.serverInvalid"));
            return;
        }
        if (typed.isEmpty()) {
            error.set(messages.get("sync.pair.codeRequired"));
            return;
        }
        error.set("");
        done.set("");
        busy.set(true);
        String name = deviceName.get().isBlank() ? messages.get("app.name") : deviceName.get().strip();
        background.run(() -> pairer.pair(url, typed, name), account -> {
            busy.set(false);
            code.set("");
            done.set(messages.get("sync.pair.done", account.displayName() == null ? "" : account.displayName()));
            onPaired.run();
        }, failure -> {
            busy.set(false);
            error.set(describe(failure));
        });
    }

    String describe(Throwable failure) {
        if (failure instanceof SyncException e) {
            return e.problem().message(messages.locale());
        }
        LOG.error("Pairing failed unexpectedly", failure);
        return messages.get("error.unexpected");
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty deviceNameProperty() {
        return deviceName;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty doneProperty() {
        return done;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
