package org.jalons.syncui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/** Pairs this phone: server address, one-time code (or the pairing link), a name for the phone. */
public final class PairDeviceView implements View {
    private final Messages messages;
    private final Node root;

    public PairDeviceView(PairDeviceViewModel model, Messages messages) {
        this.messages = messages;
        TextField server = field("pair-server", model.serverProperty(), model);
        server.setPromptText("https://");
        TextField code = field("pair-code", model.codeProperty(), model);
        code.setOnAction(e -> model.pair());
        TextField name = field("pair-device-name", model.deviceNameProperty(), model);
        Button pair = new Button(messages.get("sync.pair.submit"));
        pair.setId("pair");
        pair.setDefaultButton(true);
        pair.getStyleClass().add("accent");
        pair.setMaxWidth(Double.MAX_VALUE);
        pair.disableProperty().bind(model.busyProperty());
        pair.setOnAction(e -> model.pair());
        VBox content = new VBox(12, Components.text(messages.get("sync.pair.intro"), "lead"),
                Components.text(messages.get("sync.pair.scanHint"), "hint"),
                Components.field(messages.get("sync.pair.server"), server, new javafx.beans.property.SimpleStringProperty("")),
                Components.field(messages.get("sync.pair.code"), code, model.errorProperty()),
                Components.field(messages.get("sync.pair.deviceName"), name, new javafx.beans.property.SimpleStringProperty("")),
                Components.busy(model.busyProperty(), messages.get("sync.pair.busy")),
                Components.message(model.doneProperty(), "message-info"), pair);
        root = Components.screen(content);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, PairDeviceViewModel model) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.disableProperty().bind(model.busyProperty());
        return f;
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
