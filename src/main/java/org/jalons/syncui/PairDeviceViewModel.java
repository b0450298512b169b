package org.jalons.syncui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.platform.PictureSource;
import org.jalons.protocol.PairingLink;
import org.jalons.sync.ServerAddress;
import org.jalons.sync.SyncAccount;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Relier ce téléphone": the person scans the QR code their counsellor shows (a photo of it, read here), or picks a
 * picture of it already on the phone (a screenshot sent to them), or pastes the pairing link the QR code holds
 * (which gives the server's address and the one-time code), or types the code alone when the phone already knows
 * its server (it was paired before); they check the form and tap "Relier"; the phone pairs and starts syncing.
 */
public final class PairDeviceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PairDeviceViewModel.class);

    /** The pairing call, behind an interface so that tests choose its answer. */
    @FunctionalInterface
    public interface Pairer {
        SyncAccount pair(String serverUrl, String code, String deviceName) throws SyncException;
    }

    /** Where the picture of the QR code comes from; each says its own failures in its own words. */
    enum From {
        /** A photo taken now with the camera. */
        CAMERA(
                "sync.pair.scanPick",
                "sync.pair.scanCameraFailed",
                "sync.pair.scanCancelled",
                "sync.pair.scanNoCode",
                "sync.pair.scanUnreadable"),
        /** A picture already on the phone: a screenshot or a photo from the gallery. */
        GALLERY(
                "sync.pair.galleryPick",
                "sync.pair.galleryFailed",
                "sync.pair.galleryCancelled",
                "sync.pair.galleryNoCode",
                "sync.pair.galleryUnreadable");

        final String pick;
        final String failed;
        final String cancelled;
        final String noCode;
        final String unreadable;

        From(String pick, String failed, String cancelled, String noCode, String unreadable) {
            this.pick = pick;
            this.failed = failed;
            this.cancelled = cancelled;
            this.noCode = noCode;
            this.unreadable = unreadable;
        }
    }

    /** Reads the QR code in a photo file (slow: run in the background); {@link QrDecoder#read} in the app. */
    @FunctionalInterface
    public interface CodeReader {
        QrDecoder.Outcome read(Path picture);
    }

    private final Pairer pairer;
    private final Background background;
    private final EasyRead texts;
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

    public PairDeviceViewModel(
            Pairer pairer,
            Background background,
            EasyRead texts,
            String personName,
            String knownServer,
            PictureSource pictures,
            CodeReader codeReader,
            Runnable onPaired) {
        this.pairer = pairer;
        this.pictures = pictures;
        this.codeReader = codeReader;
        this.background = background;
        this.texts = texts;
        this.onPaired = onPaired;
        deviceName.set(texts.get("sync.pair.deviceNameDefault", personName == null ? "" : personName));
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
        read(From.CAMERA);
    }

    /**
     * "Choisir une image du code": the same from a picture already on the phone (the gallery on a phone, a picture
     * file on a computer), e.g. a screenshot of the QR code someone sent.
     */
    public void fromGallery() {
        read(From.GALLERY);
    }

    private void read(From from) {
        if (busy.get() || scanning.get()) {
            return;
        }
        scanned.set("");
        scanError.set("");
        Optional<Path> picture;
        try {
            picture = from == From.CAMERA
                    ? pictures.choosePicture(texts.get(from.pick))
                    : pictures.chooseFromGallery(texts.get(from.pick));
        } catch (RuntimeException e) {
            LOG.error("No picture could be had from the {} to read the pairing code", from, e);
            scanError.set(texts.get(from.failed));
            return;
        }
        if (picture.isEmpty()) {
            scanError.set(texts.get(from.cancelled));
            return;
        }
        scanning.set(true);
        background.run(
                () -> codeReader.read(picture.get()),
                outcome -> {
                    scanning.set(false);
                    useScanned(outcome, from);
                },
                failure -> {
                    scanning.set(false);
                    LOG.error("The picture {} could not be read", picture.get(), failure);
                    scanError.set(texts.get(from.unreadable));
                });
    }

    private void useScanned(QrDecoder.Outcome outcome, From from) {
        if (outcome instanceof QrDecoder.Outcome.Found found) {
            Optional<PairingLink> link = PairingLink.parse(found.text());
            if (link.isEmpty()) {
                scanError.set(texts.get("sync.pair.scanNotPairing"));
                return;
            }
            if (!ServerAddress.isAllowed(link.get().server())) {
                LOG.warn(
                        "A scanned pairing link names a server that is not https: {}",
                        link.get().server());
                scanError.set(new SyncStatusText(texts).problem(SyncProblem.SERVER_NOT_SECURE));
                return;
            }
            server.set(link.get().server());
            code.set(link.get().code());
            error.set("");
            done.set("");
            scanned.set(texts.get("sync.pair.scanned"));
        } else if (outcome instanceof QrDecoder.Outcome.NoCode) {
            scanError.set(texts.get(from.noCode));
        } else {
            scanError.set(texts.get(from.unreadable));
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
            // A bare code and no server known: only the QR code or the link says where to pair.
            error.set(texts.get("sync.pair.noServer"));
            return;
        }
        String scheme = url.toLowerCase(java.util.Locale.ROOT);
        if (!scheme.startsWith("https://") && !scheme.startsWith("http://")) {
            error.set(texts.get("sync.pair.serverInvalid"));
            return;
        }
        if (!ServerAddress.isAllowed(url)) {
            LOG.warn("Pairing refused before any request: {} is not https and not this machine", url);
            error.set(new SyncStatusText(texts).problem(SyncProblem.SERVER_NOT_SECURE));
            return;
        }
        if (typed.isEmpty()) {
            error.set(texts.get("sync.pair.codeRequired"));
            return;
        }
        error.set("");
        done.set("");
        busy.set(true);
        String name = deviceName.get().isBlank()
                ? texts.messages().get("app.name")
                : deviceName.get().strip();
        background.run(
                () -> pairer.pair(url, typed, name),
                account -> {
                    busy.set(false);
                    code.set("");
                    done.set(texts.get("sync.pair.done", account.displayName() == null ? "" : account.displayName()));
                    onPaired.run();
                },
                failure -> {
                    busy.set(false);
                    error.set(describe(failure));
                });
    }

    String describe(Throwable failure) {
        if (failure instanceof SyncException e) {
            return new SyncStatusText(texts).problem(e);
        }
        LOG.error("Pairing failed unexpectedly", failure);
        return texts.get("error.unexpected");
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

    /** True while a picture of the QR code is being read. */
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
