package org.jalons.syncui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;

/** Refused changes, one card each, with the reason in plain words, "send again" and "give it up". */
public final class RejectedView extends CardListView<RejectedItem, RejectedViewModel> {

    public RejectedView(RejectedViewModel model, Messages messages) {
        super(model, messages, "sync.rejected", "rejected-cards");
    }

    @Override
    protected Node card(RejectedItem item) {
        Button retry = button(messages.get("sync.rejected.retry"), () -> model.retry(item));
        retry.setId("retry-rejected");
        Button discard = button(messages.get("sync.rejected.discard"), () -> Confirm.ask(
                messages.get("sync.rejected.discard"), messages.get("sync.rejected.confirm.header"),
                messages.get("sync.rejected.confirm.body", item.record(), item.person()),
                messages.get("sync.rejected.confirm.yes"), messages.get("sync.rejected.confirm.no"),
                () -> model.discard(item)));
        discard.setId("discard-rejected");
        discard.getStyleClass().add("danger");
        HBox.setHgrow(retry, Priority.ALWAYS);
        HBox.setHgrow(discard, Priority.ALWAYS);
        HBox actions = new HBox(8, retry, discard);
        VBox card = new VBox(6, Components.text(item.record(), "card-title"),
                Components.text(messages.get("sync.conflicts.person", item.person()), "row-detail"),
                Components.text(messages.get("sync.rejected.when", item.when()), "row-detail"),
                Components.text(item.reason(), "rejected-reason"));
        if (!item.detail().isBlank()) {
            card.getChildren().add(Components.text(messages.get("sync.rejected.detail", item.detail()), "hint"));
        }
        card.getChildren().add(actions);
        card.getStyleClass().addAll("card", "rejected-card");
        return card;
    }
}
