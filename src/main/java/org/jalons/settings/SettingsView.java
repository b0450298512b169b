package org.jalons.settings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.LanguageSwitch;
import org.jalons.ui.View;

/** Language, reading comfort, security and leaving: the settings of this phone, for every role. */
public final class SettingsView implements View {
    private final Messages messages;
    private final Node root;

    /** Where the settings lead; {@code changePin} is null for the demo (its passphrase is public). */
    public record Actions(Runnable changePin, Runnable lockNow, Runnable syncStatus) {
    }

    public SettingsView(SettingsViewModel model, Messages messages, Actions actions, String notice) {
        this.messages = messages;
        CheckBox easyRead = new CheckBox(messages.get("settings.easyRead"));
        easyRead.setId("easy-read");
        easyRead.setWrapText(true);
        easyRead.selectedProperty().bindBidirectional(model.easyReadProperty());
        Slider size = new Slider(DisplayPreferences.MIN_SCALE, DisplayPreferences.MAX_SCALE,
                model.textScaleProperty().get());
        size.setId("text-size");
        size.setBlockIncrement(0.05);
        size.setMajorTickUnit(0.25);
        size.setShowTickMarks(true);
        size.valueProperty().bindBidirectional(model.textScaleProperty());
        Label sizeLabel = Components.text("", "field-label");
        sizeLabel.textProperty().bind(model.textScaleLabel());
        sizeLabel.setLabelFor(size);
        size.setAccessibleText(messages.get("settings.textSize"));

        VBox content = new VBox(12);
        if (notice != null && !notice.isEmpty()) {
            Label info = Components.text(notice, "message", "message-info");
            info.setId("settings-notice");
            content.getChildren().add(info);
        }
        content.getChildren().addAll(
                Components.text(messages.get("settings.language"), "section-title"),
                new LanguageSwitch(messages.language(), messages.get("language.label"), model::chooseLanguage),
                Components.text(messages.get("settings.display"), "section-title"),
                easyRead, Components.text(messages.get("settings.easyRead.hint"), "hint"), sizeLabel, size,
                Components.text(messages.get("settings.textSize.sample"), "lead"),
                Components.text(messages.get("settings.security"), "section-title"));
        if (actions.changePin() != null) {
            content.getChildren().add(button("change-pin", messages.get("settings.pin.open"), actions.changePin()));
        }
        content.getChildren().addAll(button("lock-now", messages.get("settings.lockNow"), actions.lockNow()),
                button("settings-sync", messages.get("settings.sync"), actions.syncStatus()),
                Components.text(messages.get("settings.leave"), "section-title"));
        Button wipe = button("wipe", messages.get("settings.wipe"), () -> model.prepareWipe(() -> Confirm.ask(
                messages.get("settings.wipe"), messages.get("settings.wipe.header"),
                model.wipeQuestionProperty().get(), messages.get("settings.wipe.yes"),
                messages.get("settings.wipe.no"), model::wipe)));
        wipe.getStyleClass().add("danger");
        wipe.disableProperty().bind(model.busyProperty());
        content.getChildren().addAll(wipe, Components.text(messages.get("settings.wipe.hint"), "hint"),
                Components.message(model.errorProperty(), "message-error"));
        root = Components.screen(content);
        if (model.easyReadProperty().get()) {
            // Easy-read is larger text everywhere, the settings included; the switch rebuilds this screen at once.
            root.getStyleClass().add("easy-read-screen");
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("settings.title");
    }
}
