package org.jalons.syncui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/** The sync screen: the full status, "Synchroniser maintenant", and the way to conflicts, refusals and pairing. */
public final class SyncView implements View {
    private final Messages messages;
    private final Node root;

    /** What the sync screen can open; each is null when it does not apply (e.g. no pairing codes for a person). */
    public record Actions(Runnable syncNow, Runnable conflicts, Runnable rejected, Runnable pairDevice,
                          Runnable pairingCode) {
    }

    public SyncView(SyncStatusModel model, Messages messages, Optional<SyncAccount> account, Actions actions) {
        this.messages = messages;
        Label pending = Components.text("", "lead");
        pending.setId("sync-screen-pending");
        pending.textProperty().bind(model.pendingTextProperty());
        Label last = Components.text("", "hint");
        last.textProperty().bind(model.lastSyncTextProperty());
        Label error = Components.message(model.errorTextProperty(), "message-error");
        error.setId("sync-screen-error");
        Label linked = Components.text(account.map(a -> messages.get("sync.account.linked", a.serverUrl(),
                a.displayName() == null ? "" : a.displayName())).orElse(messages.get("sync.account.notLinked")),
                "hint");
        linked.setId("sync-account");

        Button now = new Button(messages.get("sync.now.long"));
        now.setId("sync-screen-now");
        now.getStyleClass().add("accent");
        now.setMaxWidth(Double.MAX_VALUE);
        now.disableProperty().bind(model.runningProperty());
        now.setOnAction(e -> actions.syncNow().run());

        VBox content = new VBox(12, Components.text(messages.get("sync.heading"), "screen-heading"), pending, last,
                Components.busy(model.runningProperty(), messages.get("sync.running")), error, now,
                counted("sync-to-conflicts", "sync.conflicts.link", model.conflictsProperty(), actions.conflicts()),
                counted("sync-to-rejected", "sync.rejected.link", model.rejectedProperty(), actions.rejected()),
                linked);
        if (actions.pairDevice() != null) {
            content.getChildren().add(link("sync-to-pair-device", messages.get(account.isPresent()
                    ? "sync.pairDevice.again" : "sync.pairDevice.link"), actions.pairDevice()));
        }
        if (actions.pairingCode() != null) {
            content.getChildren().add(link("sync-to-pairing-code", messages.get("sync.pairingCode.link"),
                    actions.pairingCode()));
        }
        content.setAlignment(Pos.TOP_LEFT);
        root = Components.screen(content);
    }

    private Button counted(String id, String key, ReadOnlyIntegerProperty count, Runnable action) {
        Button b = link(id, "", action);
        b.textProperty().bind(Bindings.createStringBinding(() -> messages.get(key, count.get()), count));
        return b;
    }

    private static Button link(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("sync-link");
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("sync.title");
    }
}
