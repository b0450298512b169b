package org.jalons.syncui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/** Open conflicts, one card each: the record and whose file, the field, both values side by side, the choices. */
public final class ConflictsView implements View {
    private final Messages messages;
    private final ConflictsViewModel model;
    private final Node root;
    private final VBox cards = new VBox(12);

    public ConflictsView(ConflictsViewModel model, Messages messages) {
        this.messages = messages;
        this.model = model;
        cards.setId("conflict-cards");
        model.items().addListener((ListChangeListener<ConflictItem>) change -> show());
        VBox content = new VBox(12, Components.text(messages.get("sync.conflicts.intro"), "lead"),
                Components.busy(model.busyProperty(), messages.get("sync.conflicts.loading")),
                Components.message(model.errorProperty(), "message-error"),
                Components.message(model.infoProperty(), "message-info"), cards);
        root = Components.screen(content);
        model.load();
    }

    private void show() {
        if (model.items().isEmpty()) {
            cards.getChildren().setAll(Components.text(messages.get("sync.conflicts.none"), "empty-text"));
            return;
        }
        cards.getChildren().setAll(model.items().stream().map(this::card).toList());
    }

    private Node card(ConflictItem item) {
        Button keepServer = choice(messages.get("sync.conflicts.keepServer"), () -> model.keepServer(item));
        keepServer.setId("keep-server");
        Button keepPhone = choice(messages.get("sync.conflicts.keepPhone"), () -> model.keepPhone(item));
        keepPhone.setId("keep-phone");
        HBox sides = new HBox(8, side(messages.get("sync.conflicts.server"), item.serverText(), keepServer),
                side(messages.get("sync.conflicts.phone"), item.phoneText(), keepPhone));
        VBox card = new VBox(8, Components.text(item.record(), "card-title"),
                Components.text(messages.get("sync.conflicts.person", item.person()), "row-detail"),
                Components.text(messages.get("sync.conflicts.field", item.field()), "field-label"), sides);
        if (item.combinable()) {
            TextArea merged = new TextArea(item.combinedDraft());
            merged.setId("combined-text");
            merged.setWrapText(true);
            merged.setPrefRowCount(3);
            Button save = choice(messages.get("sync.conflicts.saveCombined"), () -> model.combine(item, merged.getText()));
            save.setId("save-combined");
            VBox combine = new VBox(6, Components.field(messages.get("sync.conflicts.combine"), merged,
                    model.errorProperty()), save);
            combine.setVisible(false);
            combine.setManaged(false);
            Button open = choice(messages.get("sync.conflicts.combineOpen"), () -> {
                combine.setVisible(true);
                combine.setManaged(true);
                merged.requestFocus();
            });
            open.setId("combine");
            card.getChildren().addAll(open, combine);
        }
        card.getStyleClass().addAll("card", "conflict-card");
        return card;
    }

    private static VBox side(String heading, String value, Button keep) {
        Label title = Components.text(heading, "conflict-side-title");
        Label text = Components.text(value, "conflict-value");
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox box = new VBox(6, title, text, keep);
        box.getStyleClass().add("conflict-side");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.setPrefWidth(0);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Button choice(String text, Runnable action) {
        Button b = new Button(text);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.disableProperty().bind(model.busyProperty());
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("sync.conflicts.title");
    }
}
