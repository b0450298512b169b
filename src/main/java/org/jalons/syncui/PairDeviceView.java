package org.jalons.syncui;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Pairs this phone: a big "scan the code" button (a photo of the QR code), "choose a picture of the code" (a
 * screenshot already on the phone), or the server address and one-time code typed (or the pairing link pasted),
 * and a name for the phone. In easy-read words, with a pictogram on every action, when that mode is on.
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

        TextField server = Components.input(new TextField(), "pair-server", model.serverProperty(), working);
        server.setPromptText("https://");
        TextField code = Components.input(new TextField(), "pair-code", model.codeProperty(), working);
        code.setOnAction(e -> model.pair());
        TextField name = Components.input(new TextField(), "pair-device-name", model.deviceNameProperty(), working);
        Button pair = texts.pictogram(
                Components.submit(texts.get("sync.pair.submit"), "pair", working, model::pair), Material2AL.LINK);
        pair.setDefaultButton(true);
        var scanned = Components.message(model.scannedProperty(), "message-info");
        scanned.setId("pair-scanned");
        var scanError = Components.message(model.scanErrorProperty(), "message-error");
        scanError.setId("pair-scan-error");
        var done = Components.message(model.doneProperty(), "message-info");
        done.setId("pair-done");
        VBox content = new VBox(
                12,
                Components.text(texts.get("sync.pair.intro"), "lead"),
                scan,
                gallery,
                Components.busy(model.scanningProperty(), texts.get("sync.pair.scanBusy")),
                scanned,
                scanError,
                Components.text(texts.get("sync.pair.scanHint"), "hint"),
                Components.field(texts.get("sync.pair.server"), server, Components.noError()),
                Components.field(texts.get("sync.pair.code"), code, model.errorProperty()),
                Components.field(texts.get("sync.pair.deviceName"), name, Components.noError()),
                Components.busy(model.busyProperty(), texts.get("sync.pair.busy")),
                done,
                pair);
        root = texts.enlarge(Components.screen(content));
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
