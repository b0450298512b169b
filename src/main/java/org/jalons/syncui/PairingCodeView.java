package org.jalons.syncui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/** Shows a one-time pairing code as a QR code and as text, for the person's phone to scan or type. */
public final class PairingCodeView implements View {
    static final int QR_SIZE = 240;
    private final Messages messages;
    private final Node root;

    public PairingCodeView(PairingCodeViewModel model, Messages messages) {
        this.messages = messages;
        TextField user = new TextField();
        user.setId("pairing-user");
        user.textProperty().bindBidirectional(model.userIdProperty());
        Button issue = new Button(messages.get("sync.pairingCode.issue"));
        issue.setId("issue-code");
        issue.getStyleClass().add("accent");
        issue.setMaxWidth(Double.MAX_VALUE);
        issue.disableProperty().bind(model.busyProperty().or(
                new javafx.beans.property.SimpleBooleanProperty(!model.canIssue())));
        issue.setOnAction(e -> model.issue());

        ImageView qr = new ImageView();
        qr.setId("pairing-qr");
        qr.setFitWidth(QR_SIZE);
        qr.setFitHeight(QR_SIZE);
        qr.setSmooth(false);
        qr.setAccessibleText(messages.get("sync.pairingCode.qr"));
        Label code = Components.text("", "pairing-code");
        code.setId("pairing-code");
        code.textProperty().bind(model.codeProperty());
        Label expires = Components.text("", "hint", "centered");
        expires.textProperty().bind(model.expiresProperty());
        VBox shown = new VBox(8, qr, Components.text(messages.get("sync.pairingCode.orType"), "hint", "centered"),
                code, expires);
        shown.setAlignment(Pos.CENTER);
        shown.getStyleClass().add("pairing-result");
        shown.visibleProperty().bind(model.codeProperty().isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        model.linkProperty().addListener((obs, was, link) ->
                qr.setImage(link == null || link.isEmpty() ? null : QrCode.image(link, QR_SIZE)));

        VBox content = new VBox(12, Components.text(messages.get("sync.pairingCode.intro"), "lead"),
                Components.field(messages.get("sync.pairingCode.user"), user, model.errorProperty()),
                Components.text(messages.get("sync.pairingCode.userHint"), "hint"),
                Components.busy(model.busyProperty(), messages.get("sync.pairingCode.busy")), issue, shown);
        root = Components.screen(content);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("sync.pairingCode.title");
    }
}
