package org.jalons.syncui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;

/**
 * A one-time pairing code as a phone reads it: its QR code (the pairing link: the server's address and the code,
 * so nobody types a URL), the code as text, and until when it holds. Hidden while there is no code. Ids:
 * {@code pairing-qr}, {@code pairing-code}, {@code pairing-expires}.
 */
public final class PairingCodePanel {
    private PairingCodePanel() {}

    /**
     * The panel, drawing the QR code again whenever the link changes.
     *
     * @param qrSaid what a screen reader says of the QR code
     * @param orType the words between the QR code and the code as text
     */
    public static VBox of(
            String qrSaid,
            String orType,
            ObservableStringValue code,
            ObservableStringValue link,
            ObservableStringValue expires) {
        ImageView qr = new ImageView();
        qr.setId("pairing-qr");
        qr.setFitWidth(PairingCodeView.QR_SIZE);
        qr.setFitHeight(PairingCodeView.QR_SIZE);
        qr.setSmooth(false);
        qr.setAccessibleText(qrSaid);
        Label text = Components.text("", "pairing-code");
        text.setId("pairing-code");
        text.textProperty().bind(code);
        Label until = Components.text("", "hint", "centered");
        until.setId("pairing-expires");
        until.textProperty().bind(expires);
        VBox shown = new VBox(8, qr, Components.text(orType, "hint", "centered"), text, until);
        shown.setAlignment(Pos.CENTER);
        shown.getStyleClass().add("pairing-result");
        shown.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(code));
        shown.managedProperty().bind(shown.visibleProperty());
        draw(qr, link.get());
        link.addListener((obs, was, now) -> draw(qr, now));
        return shown;
    }

    private static void draw(ImageView qr, String link) {
        qr.setImage(link == null || link.isEmpty() ? null : QrCode.image(link, PairingCodeView.QR_SIZE));
    }
}
