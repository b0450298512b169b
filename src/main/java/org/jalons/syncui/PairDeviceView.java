package org.jalons.syncui;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.jalons.protocol.PairingLink;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Pairs this phone: a big "scan the code" button (a photo of the QR code), "choose a picture of the code" (a
 * screenshot already on the phone), or the one-time code typed (or the pairing link pasted), and a name for the
 * phone. No address shows: the QR code and the link carry it, and a typed code goes to the server the phone knows.
 * "C'est fait" is a snackbar. In easy-read words, with a pictogram on every action, when that mode is on.
 */
public final class PairDeviceView implements View {
    private final EasyRead texts;
    private final Node root;

    public PairDeviceView(PairDeviceViewModel model, EasyRead texts) {
        this.texts = texts;
        BooleanBinding working = model.busyProperty().or(model.scanningProperty());
        Button scan = big(
                "pair-scan",
                Material2MZ.QR_CODE_SCANNER,
                "sync.pair.scan",
                "sync.pair.scanAccessible",
                working,
                model::scan);
        scan.getStyleClass().add("accent");
        Button gallery = big(
                "pair-gallery",
                Material2MZ.PHOTO_LIBRARY,
                "sync.pair.gallery",
                "sync.pair.galleryAccessible",
                working,
                model::fromGallery);

        TextField code = Components.input(new TextField(), "pair-code", model.codeProperty(), working);
        code.setOnAction(e -> model.pair());
        // A pasted link becomes its code in the model while the field is being updated: show the code once it is.
        code.textProperty().addListener((obs, was, now) -> {
            if (PairingLink.parse(now).isPresent()) {
                javafx.application.Platform.runLater(
                        () -> code.setText(model.codeProperty().get()));
            }
        });
        TextField name = Components.input(new TextField(), "pair-device-name", model.deviceNameProperty(), working);
        Button pair = texts.pictogram(
                Components.submit(texts.get("sync.pair.submit"), "pair", working, model::pair), Material2AL.LINK);
        pair.setDefaultButton(true);
        var scanned = Components.message(model.scannedProperty(), "message-info");
        scanned.setId("pair-scanned");
        var scanError = Components.message(model.scanErrorProperty(), "message-error");
        scanError.setId("pair-scan-error");
        model.doneProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                Snackbar.show(now);
            }
        });
        VBox content = new VBox(
                12,
                Components.text(texts.get("sync.pair.intro"), "lead"),
                scan,
                gallery,
                Components.busy(model.scanningProperty(), texts.get("sync.pair.scanBusy")),
                scanned,
                scanError,
                Components.text(texts.get("sync.pair.scanHint"), "hint"),
                Components.field(texts.get("sync.pair.code"), code, model.errorProperty()),
                Components.field(texts.get("sync.pair.deviceName"), name, Components.noError()),
                Components.busy(model.busyProperty(), texts.get("sync.pair.busy")),
                pair);
        if (!texts.isOn()) {
            content.getChildren().add(otherAddress(model, working));
        }
        root = texts.enlarge(Components.screen(content));
    }

    /**
     * The server address, folded under "Une autre adresse": the person never types one (the QR code and the link
     * carry it), but a counsellor or an engineer trying a test server may have only its address and a code, so the
     * field stays for them, out of the way. Never in easy-read: that mode is the person's, and an address is jargon.
     */
    private Node otherAddress(PairDeviceViewModel model, BooleanBinding working) {
        TextField server = Components.input(new TextField(), "pair-server", model.serverProperty(), working);
        server.setPromptText("https://");
        Node field = Components.field(texts.get("sync.pair.server"), server, Components.noError());
        field.setVisible(false);
        field.managedProperty().bind(field.visibleProperty());
        Button open = new Button(texts.get("sync.pair.otherAddress"), Icons.icon(Material2MZ.TUNE, 20));
        open.setId("pair-other-address");
        open.getStyleClass().add("pair-other-address");
        open.setWrapText(true);
        open.setTextAlignment(TextAlignment.LEFT);
        open.setMinHeight(Button.USE_PREF_SIZE);
        open.setOnAction(e -> {
            field.setVisible(!field.isVisible());
            if (field.isVisible()) {
                server.requestFocus();
            }
        });
        return new VBox(8, open, field);
    }

    /** A big button with its pictogram in every mode: the two ways to read the QR code. */
    private Button big(
            String id, Ikon icon, String key, String accessibleKey, BooleanBinding working, Runnable action) {
        Button b = new Button(texts.get(key), Icons.icon(icon, 28));
        b.setId(id);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Button.USE_PREF_SIZE);
        b.setAccessibleText(texts.get(accessibleKey));
        b.getStyleClass().add("scan-button");
        b.disableProperty().bind(working);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("sync.pair.title");
    }
}
