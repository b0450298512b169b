package org.jalons.admin;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/**
 * The organisation's settings: one card per setting (what it protects in a sentence, the value, its own "Save"), so
 * that each is saved, refused or confirmed on its own. Ids: {@code settings-<id>}, {@code settings-<id>-save},
 * {@code settings-<id>-error}, {@code settings-<id>-saved}.
 */
public final class AdminSettingsView implements View {
    private final Messages messages;
    private final Node root;

    public AdminSettingsView(Messages messages, AdminSettingsViewModel model) {
        this.messages = messages;
        VBox content = new VBox(16);
        content.setId("admin-settings");
        content.getChildren()
                .addAll(
                        Components.busy(model.loadingProperty(), messages.get("admin.settings.loading")),
                        Components.message(model.messageProperty(), "message-error"));
        for (AdminSettingsViewModel.Setting setting : model.settings()) {
            content.getChildren().add(card(model, setting));
        }
        root = Components.screen(content);
        model.load();
    }

    private VBox card(AdminSettingsViewModel model, AdminSettingsViewModel.Setting setting) {
        String key = "admin.settings." + setting.id();
        TextField input = Components.input(
                new TextField(), "settings-" + setting.id(), setting.valueProperty(), setting.busyProperty());
        input.setPrefColumnCount(6);
        input.setOnAction(e -> model.save(setting));
        Label error = Components.message(setting.errorProperty(), "message-error");
        error.setId("settings-" + setting.id() + "-error");
        Label saved = Components.message(setting.savedProperty(), "message-info");
        saved.setId("settings-" + setting.id() + "-saved");
        Button save = Components.submit(
                messages.get("admin.settings.save"),
                "settings-" + setting.id() + "-save",
                setting.busyProperty(),
                () -> model.save(setting));
        VBox card = new VBox(
                8,
                Components.text(messages.get(key + ".title"), "section-title"),
                Components.text(messages.get(key + ".why"), "scope-hint"),
                Components.field(messages.get(key + ".label"), input, Components.noError()),
                error,
                saved,
                save);
        card.getStyleClass().addAll("card", "admin-setting");
        return card;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("admin.settings.title");
    }
}
