package org.jalons.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.LanguageSwitch;
import org.jalons.ui.View;
import org.jalons.ui.kit.Switch;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Language, reading comfort, security and leaving: the settings of this phone, for every role. In easy-read mode
 * every text is its easy-read version and every action has its pictogram.
 */
public final class SettingsView implements View {
    private final EasyRead texts;
    private final Node root;

    /** Where the settings lead; {@code changePin} is null for the demo (its passphrase is public). */
    public record Actions(Runnable changePin, Runnable lockNow, Runnable syncStatus) {}

    public SettingsView(SettingsViewModel model, EasyRead texts, Actions actions, String notice) {
        this(model, texts, actions, notice, null);
    }

    /** With the counsellor's profile ({@code profile} null: not a counsellor, no profile to show). */
    public SettingsView(
            SettingsViewModel model, EasyRead texts, Actions actions, String notice, CounsellorProfileModel profile) {
        this.texts = texts;
        Switch easyRead = new Switch(texts.get("settings.easyRead"));
        easyRead.setId("easy-read");
        easyRead.selectedProperty().bindBidirectional(model.easyReadProperty());
        Slider size = new Slider(
                DisplayPreferences.MIN_SCALE,
                DisplayPreferences.MAX_SCALE,
                model.textScaleProperty().get());
        size.setId("text-size");
        size.setBlockIncrement(0.05);
        size.setMajorTickUnit(0.25);
        size.setShowTickMarks(true);
        size.valueProperty().bindBidirectional(model.textScaleProperty());
        Label sizeLabel = Components.text("", "field-label");
        sizeLabel.setId("text-size-label");
        sizeLabel.textProperty().bind(model.textScaleLabel());
        sizeLabel.setLabelFor(size);
        if (texts.isOn()) {
            sizeLabel.setGraphic(Icons.icon(Material2MZ.TEXT_FIELDS, 24));
        }
        size.setAccessibleText(texts.get("settings.textSize"));

        VBox content = new VBox(12);
        if (notice != null && !notice.isEmpty()) {
            Label info = Components.text(notice, "message", "message-info");
            info.setId("settings-notice");
            content.getChildren().add(info);
        }
        LanguageSwitch languages =
                new LanguageSwitch(texts.messages().language(), texts.get("language.label"), model::chooseLanguage);
        if (texts.isOn()) {
            languages.withPictogram(Material2MZ.TRANSLATE);
        }
        content.getChildren()
                .addAll(
                        section(texts.get("settings.language"), Material2MZ.TRANSLATE),
                        languages,
                        section(texts.get("settings.display"), Material2AL.FORMAT_SIZE),
                        withPictogram(easyRead, Material2MZ.MENU_BOOK),
                        Components.text(texts.get("settings.easyRead.hint"), "hint"),
                        sizeLabel,
                        size,
                        Components.text(texts.get("settings.textSize.sample"), "lead"),
                        section(texts.get("settings.security"), Material2AL.LOCK));
        if (actions.changePin() != null) {
            content.getChildren()
                    .add(button("change-pin", "settings.pin.open", Material2MZ.VPN_KEY, actions.changePin()));
        }
        content.getChildren()
                .addAll(
                        button("lock-now", "settings.lockNow", Material2AL.LOCK, actions.lockNow()),
                        button("settings-sync", "settings.sync", Material2MZ.SYNC, actions.syncStatus()));
        // a counsellor's profile, after this phone's own settings and before leaving
        if (profile != null) {
            content.getChildren()
                    .addAll(
                            section(texts.get("settings.profile"), Material2AL.ACCOUNT_CIRCLE),
                            new CounsellorProfileSection(profile, texts));
        }
        content.getChildren().add(section(texts.get("settings.leave"), Material2AL.EXIT_TO_APP));
        Button wipe = button(
                "wipe",
                "settings.wipe",
                Material2AL.DELETE_FOREVER,
                () -> model.prepareWipe(() -> Confirm.ask(
                        texts.get("settings.wipe"),
                        texts.get("settings.wipe.header"),
                        model.wipeQuestionProperty().get(),
                        texts.get("settings.wipe.yes"),
                        texts.get("settings.wipe.no"),
                        model::wipe,
                        texts.isOn() ? Material2AL.DELETE_FOREVER : null,
                        texts.isOn() ? Material2MZ.UNDO : null)));
        wipe.getStyleClass().add("danger");
        wipe.disableProperty().bind(model.busyProperty());
        content.getChildren()
                .addAll(
                        wipe,
                        Components.text(texts.get("settings.wipe.hint"), "hint"),
                        Components.message(model.errorProperty(), "message-error"));
        // Easy-read is larger text everywhere, the settings included; the switch rebuilds this screen at once.
        root = texts.enlarge(Components.screen(content));
    }

    private Button button(String id, String key, Ikon icon, Runnable action) {
        Button b = texts.pictogram(new Button(texts.get(key)), icon);
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A section's title; in easy-read mode with the pictogram of what it is about. */
    /** In easy-read, the switch's pictogram stands before its line (FALC: a picture next to every action). */
    private Node withPictogram(Switch choice, Ikon icon) {
        if (!texts.isOn()) {
            return choice;
        }
        HBox line = new HBox(12, Icons.icon(icon, 24), choice);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(choice, javafx.scene.layout.Priority.ALWAYS);
        return line;
    }

    private Node section(String title, Ikon icon) {
        Label label = Components.text(title, "section-title");
        if (!texts.isOn()) {
            return label;
        }
        HBox line = new HBox(10, Icons.icon(icon, 24), label);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("settings.title");
    }
}
