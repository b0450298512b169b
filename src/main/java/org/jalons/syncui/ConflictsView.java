package org.jalons.syncui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Open conflicts, one card each: the record and whose file, the field, both values side by side, the choices. */
public final class ConflictsView extends CardListView<ConflictItem, ConflictsViewModel> {

    public ConflictsView(ConflictsViewModel model, EasyRead texts) {
        super(model, texts, "sync.conflicts", "conflict-cards");
    }

    @Override
    protected Node card(ConflictItem item) {
        Button keepServer =
                button(texts.get("sync.conflicts.keepServer"), Material2AL.CLOUD_DONE, () -> model.keepServer(item));
        keepServer.setId("keep-server");
        Button keepPhone =
                button(texts.get("sync.conflicts.keepPhone"), Material2MZ.SMARTPHONE, () -> model.keepPhone(item));
        keepPhone.setId("keep-phone");
        VBox server = side(texts.get("sync.conflicts.server"), item.serverText(), keepServer);
        VBox phone = side(texts.get("sync.conflicts.phone"), item.phoneText(), keepPhone);
        // Side by side to compare; in easy-read one above the other, so that words and buttons stay whole.
        Pane sides = texts.isOn() ? new VBox(8, server, phone) : new HBox(8, server, phone);
        VBox card = new VBox(
                8,
                Components.text(item.record(), "card-title"),
                Components.text(texts.get("sync.conflicts.person", item.person()), "row-detail"),
                Components.text(texts.get("sync.conflicts.field", item.field()), "field-label"),
                sides);
        if (item.combinable()) {
            TextArea merged = new TextArea(item.combinedDraft());
            merged.setId("combined-text");
            merged.setWrapText(true);
            merged.setPrefRowCount(3);
            Button save = button(
                    texts.get("sync.conflicts.saveCombined"),
                    Material2AL.CHECK,
                    () -> model.combine(item, merged.getText()));
            save.setId("save-combined");
            VBox combine = new VBox(
                    6, Components.field(texts.get("sync.conflicts.combine"), merged, model.errorProperty()), save);
            combine.setVisible(false);
            combine.setManaged(false);
            Button open = button(texts.get("sync.conflicts.combineOpen"), Material2AL.EDIT, () -> {
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
}
