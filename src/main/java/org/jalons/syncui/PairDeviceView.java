package org.jalons.syncui;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Pairs this phone: a big "scan the code" button (a photo of the QR code), or the server address and one-time
 * code typed (or the pairing link pasted), and a name for the phone.
 */
public final class PairDeviceView implements View {
    private final Messages messages;
    private final Node root;

    public PairDeviceView(PairDeviceViewModel model, Messages messages) {
        this.messages = messages;
        BooleanBinding working = model.busyProperty().or(model.scanningProperty());
        Button scan = new Button(messages.get("sync.pair.scan"), Icons.icon(Material2MZ.QR_CODE_SCANNER, 28));
        scan.setId("pair-scan");
        scan.setContentDisplay(ContentDisplay.LEFT);
        scan.setWrapText(true);
        scan.setMaxWidth(Double.MAX_VALUE);
        scan.setMinHeight(Button.USE_PREF_SIZE);
        scan.setAccessibleText(messages.get("sync.pair.scanAccessible"));
        scan.getStyleClass().addAll("accent", "scan-button");
        scan.disableProperty().bind(working);
        scan.setOnAction(e -> model.scan());

        TextField server = Components.input(new TextField(), "pair-server", model.serverProperty(), working);
        server.setPromptText("https://");
        TextField code = Components.input(new TextField(), "pair-code", model.codeProperty(), working);
        code.setOnAction(e -> model.pair());
        TextField name = Components.input(new TextField(), "pair-device-name", model.deviceNameProperty(), working);
        Button pair = Components.submit(messages.get("sync.pair.submit"), "pair", working, model::pair);
        pair.setDefaultButton(true);
        var scanned = Components.message(model.scannedProperty(), "message-info");
        scanned.setId("pair-scanned");
        var scanError = Components.message(model.scanErrorProperty(), "message-error");
        scanError.setId("pair-scan-error");
        VBox content = new VBox(12, Components.text(messages.get("sync.pair.intro"), "lead"),
                scan, Components.busy(model.scanningProperty(), messages.get("sync.pair.scanBusy")), scanned,
                scanError, Components.text(messages.get("sync.pair.scanHint"), "hint"),
                Components.field(messages.get("sync.pair.server"), server, Components.noError()),
                Components.field(messages.get("sync.pair.code"), code, model.errorProperty()),
                Components.field(messages.get("sync.pair.deviceName"), name, Components.noError()),
                Components.busy(model.busyProperty(), messages.get("sync.pair.busy")),
                Components.message(model.doneProperty(), "message-info"), pair);
        root = Components.screen(content);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("sync.pair.title");
    }
}
