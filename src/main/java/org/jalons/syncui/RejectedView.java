package org.jalons.syncui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.EasyRead;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Refused changes, one card each, with the reason in plain words, "open to fix" (the record's own editor), "send
 * again" and "give it up" (with an Undo in the snackbar).
 */
public final class RejectedView extends CardListView<RejectedItem, RejectedViewModel> {
    private final RecordOpener records;

    public RejectedView(RejectedViewModel model, EasyRead texts) {
        this(model, texts, item -> java.util.Optional.empty());
    }

    public RejectedView(RejectedViewModel model, EasyRead texts, RecordOpener records) {
        super(model, texts, "sync.rejected", "rejected-cards");
        this.records = records;
        // the list may be read already (a direct background in tests): draw its cards again with their "open"
        show();
    }

    @Override
    protected Node card(RejectedItem item) {
        Button retry = button(texts.get("sync.rejected.retry"), Material2MZ.SEND, () -> model.retry(item));
        retry.setId("retry-rejected");
        Button discard = button(
                texts.get("sync.rejected.discard"),
                Material2AL.DELETE,
                () -> Confirm.ask(
                        texts.get("sync.rejected.discard"),
                        texts.get("sync.rejected.confirm.header"),
                        texts.get("sync.rejected.confirm.body", item.record(), item.person()),
                        texts.get("sync.rejected.confirm.yes"),
                        texts.get("sync.rejected.confirm.no"),
                        () -> model.discard(item),
                        texts.isOn() ? Material2AL.DELETE : null,
                        texts.isOn() ? Material2MZ.UNDO : null));
        discard.setId("discard-rejected");
        discard.getStyleClass().add("danger");
        HBox.setHgrow(retry, Priority.ALWAYS);
        HBox.setHgrow(discard, Priority.ALWAYS);
        // Easy-read: one action per line, so that each keeps its pictogram and its words whole.
        Pane actions = texts.isOn() ? new VBox(8, discard) : new HBox(8, discard);
        if (item.canRetry()) { // sending again what would be refused again is no way out
            actions.getChildren().add(0, retry);
        }
        // The way to fix it first: the record itself, in its editor.
        (records == null ? java.util.Optional.<Runnable>empty() : records.opener(item)).ifPresent(open -> {
            Button fix = button(texts.get("sync.rejected.open"), Material2AL.EDIT, open);
            fix.setId("open-rejected");
            fix.getStyleClass().add("accent");
            HBox.setHgrow(fix, Priority.ALWAYS);
            actions.getChildren().add(0, fix);
        });
        VBox card = new VBox(
                6,
                Components.text(item.record(), "card-title"),
                Components.text(texts.get("sync.conflicts.person", item.person()), "row-detail"),
                Components.text(texts.get("sync.rejected.when", item.when()), "row-detail"),
                Components.text(item.reason(), "rejected-reason"));
        card.getChildren().add(actions);
        card.getStyleClass().addAll("card", "rejected-card");
        return card;
    }
}
