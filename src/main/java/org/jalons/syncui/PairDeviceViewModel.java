package org.jalons.syncui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Messages;
import org.jalons.platform.PictureSource;
import org.jalons.sync.SyncAccount;
import org.jalons.sync.SyncException;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Relier ce téléphone": the person scans the QR code their counsellor shows (a photo of it, read here), or types
 * the server address and the one-time code (or pastes the pairing link the QR code holds, which gives both); they
 * check the form and tap "Relier"; the phone pairs and starts syncing.
 */
public final class PairDeviceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PairDeviceViewModel.class);

    /** The pairing call, behind an interface so that tests choose its answer. */
    @FunctionalInterface
    public interface Pairer {
        SyncAccount pair(String serverUrl, String code, String deviceName) throws SyncException;
    }

    /** Reads the QR code in a photo file (slow: run in the background); {@link QrDecoder#read} in the app. */
    @FunctionalInterface
    public interface CodeReader {
        QrDecoder.Outcome read(Path picture);
    }

    private final Pairer pairer;
    private final Background background;
    private final Messages messages;
    private final Runnable onPaired;
    private final PictureSource pictures;
    private final CodeReader codeReader;
    private final StringProperty server = new SimpleStringProperty(this, "server", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty deviceName = new SimpleStringProperty(this, "deviceName", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty done = new SimpleStringProperty(this, "done", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty scanning = new SimpleBooleanProperty(this, "scanning");
    private final StringProperty scanned = new SimpleStringProperty(this, "scanned", "");
    private final StringProperty scanError = new SimpleStringProperty(this, "scanError", "");

    public PairDeviceViewModel(Pairer pairer, Background background, Messages messages, String personName,
                               String knownServer, PictureSource pictures, CodeReader codeReader,
                               Runnable onPaired) {
        this.pairer = pairer;
        this.pictures = pictures;
        this.codeReader = codeReader;
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

    /**
     * "Scanner le code": a photo of the QR code (the camera on a phone, a picture file on a computer), read in the
     * background; a pairing link fills the address and the code, and the person still taps "Relier" as when they
     * type it. Anything else (no photo, no QR code, another QR code, a file that does not open) says so in plain
     * words and changes nothing.
     */
    public void scan() {
        if (busy.get() || scanning.get()) {
            return;
        }
        scanned.set("");
        scanError.set("");
        Optional<Path> photo;
        try {
            photo = pictures.choosePicture(messages.get("sync.pair.scanPick"));
        } catch (RuntimeException e) {
            LOG.error("No photo could be taken to scan the pairing code", e);
            scanError.set(messages.get("sync.pair.scanCameraFailed"));
            return;
        }
        if (photo.isEmpty()) {
            scanError.set(messages.get("sync.pair.scanCancelled"));
            return;
        }
        scanning.set(true);
        background.run(() -> codeReader.read(photo.get()), outcome -> {
            scanning.set(false);
            useScanned(outcome);
        }, failure -> {
            scanning.set(false);
            LOG.error("The photo {} could not be read", photo.get(), failure);
            scanError.set(messages.get("sync.pair.scanUnreadable"));
        });
    }

    private void useScanned(QrDecoder.Outcome outcome) {
        if (outcome instanceof QrDecoder.Outcome.Found found) {
            Optional<PairingLink> link = PairingLink.parse(found.text());
            if (link.isEmpty()) {
                scanError.set(messages.get("sync.pair.scanNotPairing"));
                return;
            }
            server.set(link.get().server());
            code.set(link.get().code());
            error.set("");
            done.set("");
            scanned.set(messages.get("sync.pair.scanned"));
        } else if (outcome instanceof QrDecoder.Outcome.NoCode) {
            scanError.set(messages.get("sync.pair.scanNoCode"));
        } else {
            scanError.set(messages.get("sync.pair.scanUnreadable"));
        }
    }

    public void pair() {
        if (busy.get() || scanning.get()) {
            return;
        }
        scanned.set("");
        scanError.set("");
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

    /** True while a photo of the QR code is being read. */
    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    /** What a successful scan filled in, and that the person should check it and tap "Relier". */
    public ReadOnlyStringProperty scannedProperty() {
        return scanned;
    }

    /** Why the last scan gave nothing (nothing was changed). */
    public ReadOnlyStringProperty scanErrorProperty() {
        return scanError;
    }
}
