package org.jalons.syncui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Shows a one-time pairing code as a QR code and as text, for the person's phone to scan or type; in easy-read
 * words, with a pictogram on the button, when that mode is on.
 */
public final class PairingCodeView implements View {
    static final int QR_SIZE = 240;
    private final EasyRead texts;
    private final Node root;

    public PairingCodeView(PairingCodeViewModel model, EasyRead texts) {
        this.texts = texts;
        ListView<PairingCodeViewModel.Person> people = new ListView<>(model.people());
        people.setId("pairing-people");
        people.setPrefHeight(240);
        people.setPlaceholder(Components.text(texts.get("sync.pairingCode.noPeople"), "hint"));
        people.setAccessibleText(texts.get("sync.pairingCode.person"));
        if (model.chosenProperty().get() != null) {
            people.getSelectionModel().select(model.chosenProperty().get());
        }
        people.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, was, now) -> model.chosenProperty().set(now));
        Button issue = texts.pictogram(new Button(texts.get("sync.pairingCode.issue")), Material2MZ.QR_CODE_2);
        issue.setId("issue-code");
        issue.getStyleClass().add("accent");
        issue.setMaxWidth(Double.MAX_VALUE);
        issue.disableProperty()
                .bind(model.busyProperty().or(new javafx.beans.property.SimpleBooleanProperty(!model.canIssue())));
        issue.setOnAction(e -> model.issue());

        ImageView qr = new ImageView();
        qr.setId("pairing-qr");
        qr.setFitWidth(QR_SIZE);
        qr.setFitHeight(QR_SIZE);
        qr.setSmooth(false);
        qr.setAccessibleText(texts.get("sync.pairingCode.qr"));
        Label code = Components.text("", "pairing-code");
        code.setId("pairing-code");
        code.textProperty().bind(model.codeProperty());
        Label expires = Components.text("", "hint", "centered");
        expires.textProperty().bind(model.expiresProperty());
        VBox shown = new VBox(
                8, qr, Components.text(texts.get("sync.pairingCode.orType"), "hint", "centered"), code, expires);
        shown.setAlignment(Pos.CENTER);
        shown.getStyleClass().add("pairing-result");
        shown.visibleProperty().bind(model.codeProperty().isNotEmpty());
        shown.managedProperty().bind(shown.visibleProperty());
        model.linkProperty()
                .addListener((obs, was, link) ->
                        qr.setImage(link == null || link.isEmpty() ? null : QrCode.image(link, QR_SIZE)));

        VBox content = new VBox(
                12,
                Components.text(texts.get("sync.pairingCode.intro"), "lead"),
                Components.field(texts.get("sync.pairingCode.person"), people, model.errorProperty()),
                Components.text(texts.get("sync.pairingCode.personHint"), "hint"),
                Components.busy(model.busyProperty(), texts.get("sync.pairingCode.busy")),
                issue,
                shown);
        root = texts.enlarge(Components.screen(content));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("sync.pairingCode.title");
    }
}
