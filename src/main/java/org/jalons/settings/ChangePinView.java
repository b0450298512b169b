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
        PasswordField current = pin("pin-current", model.currentProperty(), model);
        PasswordField next = pin("pin-new", model.nextProperty(), model);
        PasswordField again = pin("pin-new-again", model.confirmationProperty(), model);
        again.setOnAction(e -> model.change());
        Button change = new Button(messages.get("settings.pin.submit"));
        change.setId("change-pin-submit");
        change.getStyleClass().add("accent");
        change.setMaxWidth(Double.MAX_VALUE);
        change.disableProperty().bind(model.busyProperty());
        change.setOnAction(e -> model.change());
        VBox content = new VBox(12, Components.text(messages.get("settings.pin.intro"), "lead"),
                Components.field(messages.get("settings.pin.current"), current, model.currentErrorProperty()),
                Components.field(messages.get("settings.pin.new"), next, model.nextErrorProperty()),
                Components.field(messages.get("settings.pin.again"), again, new javafx.beans.property.SimpleStringProperty("")),
                Components.text(messages.get("createProfile.pinWarning"), "hint"),
                Components.busy(model.busyProperty(), messages.get("settings.pin.busy")),
                Components.message(model.errorProperty(), "message-error"), change);
        root = Components.screen(content);
    }

    private static PasswordField pin(String id, javafx.beans.property.StringProperty value, ChangePinViewModel model) {
        PasswordField f = new PasswordField();
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
        return messages.get("settings.pin.title");
    }
}
