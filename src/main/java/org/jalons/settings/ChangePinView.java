package org.jalons.settings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/** Current PIN, new PIN twice. */
public final class ChangePinView implements View {
    private final Messages messages;
    private final Node root;

    public ChangePinView(ChangePinViewModel model, Messages messages) {
        this.messages = messages;
        PasswordField current = Components.input(new PasswordField(), "pin-current", model.currentProperty(),
                model.busyProperty());
        PasswordField next = Components.input(new PasswordField(), "pin-new", model.nextProperty(),
                model.busyProperty());
        PasswordField again = Components.input(new PasswordField(), "pin-new-again", model.confirmationProperty(),
                model.busyProperty());
        again.setOnAction(e -> model.change());
        Button change = Components.submit(messages.get("settings.pin.submit"), "change-pin-submit",
                model.busyProperty(), model::change);
        VBox content = new VBox(12, Components.text(messages.get("settings.pin.intro"), "lead"),
                Components.field(messages.get("settings.pin.current"), current, model.currentErrorProperty()),
                Components.field(messages.get("settings.pin.new"), next, model.nextErrorProperty()),
                Components.field(messages.get("settings.pin.again"), again, Components.noError()),
                Components.text(messages.get("createProfile.pinWarning"), "hint"),
                Components.busy(model.busyProperty(), messages.get("settings.pin.busy")),
                Components.message(model.errorProperty(), "message-error"), change);
        root = Components.screen(content);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("settings.pin.title");
    }
}
