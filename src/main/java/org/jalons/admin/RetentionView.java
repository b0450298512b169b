package org.jalons.admin;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.admin.PeopleSource.Due;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Who will be erased when, and why: one card per person the retention sweep noticed, with "erase now" and "open".
 * Ids: {@code admin-retention}, {@code retention-<n>}, {@code retention-erase-<n>}, {@code retention-open-<n>}.
 */
public final class RetentionView implements View {
    private final RetentionViewModel model;
    private final Messages messages;
    private final Consumer<Due> open;
    private final VBox cards = new VBox(12);
    private final Node root;

    public RetentionView(RetentionViewModel model, Messages messages, Consumer<Due> open) {
        this.model = model;
        this.messages = messages;
        this.open = open;
        Label rule = Components.text("", "lead");
        rule.setId("retention-rule");
        rule.textProperty().bind(model.ruleProperty());
        cards.setId("retention-list");
        VBox content = new VBox(
                12,
                rule,
                Components.text(messages.get("admin.retention.hint"), "hint"),
                Components.busy(model.busyProperty(), messages.get("admin.retention.loading")),
                Components.message(model.errorProperty(), "message-error"),
                cards);
        content.setId("admin-retention");
        root = Components.screen(content);
        model.due().addListener((ListChangeListener<Due>) c -> show());
        model.doneProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                Snackbar.show(now);
                model.doneProperty().set("");
            }
        });
        model.load();
        show();
    }

    private void show() {
        cards.getChildren().clear();
        if (model.due().isEmpty()) {
            Label none = Components.text(messages.get("admin.retention.none"), "empty-text");
            none.setId("retention-none");
            cards.getChildren().add(none);
        }
        int n = 0;
        for (Due person : model.due()) {
            Label name = Components.text(person.name(), "person-name");
            Label why = Components.text(model.why(person), "hint");
            Button erase =
                    new Button(messages.get("admin.retention.eraseNow"), Icons.icon(Material2AL.DELETE_FOREVER, 18));
            erase.setId("retention-erase-" + n);
            erase.setWrapText(true);
            erase.getStyleClass().add("danger");
            erase.disableProperty().bind(model.busyProperty());
            erase.setOnAction(e -> Confirm.ask(
                    messages.get("admin.person.erase"),
                    messages.get("admin.person.erase.header", person.name()),
                    messages.get("admin.person.erase.body", person.name()),
                    messages.get("admin.person.erase.yes"),
                    messages.get("admin.cancel"),
                    () -> model.eraseNow(person)));
            Button openIt = new Button(messages.get("admin.retention.openPerson"), Icons.icon(Material2MZ.PERSON, 18));
            openIt.setId("retention-open-" + n);
            openIt.setWrapText(true);
            openIt.setOnAction(e -> open.accept(person));
            VBox card = new VBox(6, name, why, Flow.of(8, 8, openIt, erase));
            card.setId("retention-" + n);
            card.getStyleClass().add("retention-card");
            cards.getChildren().add(card);
            n++;
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("admin.retention.title");
    }
}
