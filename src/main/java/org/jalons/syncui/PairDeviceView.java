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
        TextField server = Components.input(new TextField(), "pair-server", model.serverProperty(),
                model.busyProperty());
        server.setPromptText("https://");
        TextField code = Components.input(new TextField(), "pair-code", model.codeProperty(), model.busyProperty());
        code.setOnAction(e -> model.pair());
        TextField name = Components.input(new TextField(), "pair-device-name", model.deviceNameProperty(),
                model.busyProperty());
        Button pair = Components.submit(messages.get("sync.pair.submit"), "pair", model.busyProperty(), model::pair);
        pair.setDefaultButton(true);
        VBox content = new VBox(12, Components.text(messages.get("sync.pair.intro"), "lead"),
                Components.text(messages.get("sync.pair.scanHint"), "hint"),
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
