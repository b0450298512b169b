package org.jalons.syncui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.View;

/** Refused changes, one card each, with the reason in plain words, "send again" and "give it up". */
public final class RejectedView implements View {
    private final Messages messages;
    private final RejectedViewModel model;
    private final Node root;
    private final VBox cards = new VBox(12);

    public RejectedView(RejectedViewModel model, Messages messages) {
        this.messages = messages;
        this.model = model;
        cards.setId("rejected-cards");
        model.items().addListener((ListChangeListener<RejectedItem>) change -> show());
        VBox content = new VBox(12, Components.text(messages.get("sync.rejected.intro"), "lead"),
                Components.busy(model.busyProperty(), messages.get("sync.rejected.loading")),
                Components.message(model.errorProperty(), "message-error"),
                Components.message(model.infoProperty(), "message-info"), cards);
        root = Components.screen(content);
        model.load();
    }

    private void show() {
        if (model.items().isEmpty()) {
            cards.getChildren().setAll(Components.text(messages.get("sync.rejected.none"), "empty-text"));
            return;
        }
        cards.getChildren().setAll(model.items().stream().map(this::card).toList());
    }

    private Node card(RejectedItem item) {
        Button retry = button(messages.get("sync.rejected.retry"), () -> model.retry(item));
        retry.setId("retry-rejected");
        Button discard = button(messages.get("sync.rejected.discard"), () -> Confirm.ask(
                messages.get("sync.rejected.discard"), messages.get("sync.rejected.confirm.header"),
                messages.get("sync.rejected.confirm.body", item.record(), item.person()),
                messages.get("sync.rejected.confirm.yes"), messages.get("sync.rejected.confirm.no"),
                () -> model.discard(item)));
        discard.setId("discard-rejected");
        discard.getStyleClass().add("danger");
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

    private Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
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
        return messages.get("sync.rejected.title");
    }
}
