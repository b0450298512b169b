package org.jalons.settings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2MZ;

/** Current PIN, new PIN twice; in easy-read words, with a pictogram on the button, when that mode is on. */
public final class ChangePinView implements View {
    private final EasyRead texts;
    private final Node root;

    public ChangePinView(ChangePinViewModel model, EasyRead texts) {
        this.texts = texts;
        PasswordField current =
                Components.input(new PasswordField(), "pin-current", model.currentProperty(), model.busyProperty());
        PasswordField next =
                Components.input(new PasswordField(), "pin-new", model.nextProperty(), model.busyProperty());
        PasswordField again = Components.input(
                new PasswordField(), "pin-new-again", model.confirmationProperty(), model.busyProperty());
        again.setOnAction(e -> model.change());
        Button change = texts.pictogram(
                Components.submit(
                        texts.get("settings.pin.submit"), "change-pin-submit", model.busyProperty(), model::change),
                Material2MZ.VPN_KEY);
        VBox content = new VBox(
                12,
                Components.text(texts.get("settings.pin.intro"), "lead"),
                Components.field(texts.get("settings.pin.current"), current, model.currentErrorProperty()),
                Components.field(texts.get("settings.pin.new"), next, model.nextErrorProperty()),
                Components.field(texts.get("settings.pin.again"), again, Components.noError()),
                Components.text(texts.get("createProfile.pinWarning"), "hint"),
                Components.busy(model.busyProperty(), texts.get("settings.pin.busy")),
                Components.message(model.errorProperty(), "message-error"),
                change);
        root = texts.enlarge(Components.screen(content));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("settings.pin.title");
    }
}
