package org.jalons.syncui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The sync screen: the full status, "Synchroniser maintenant", and the way to conflicts, refusals and pairing; in
 * easy-read words, with a pictogram on every action, when that mode is on.
 */
public final class SyncView implements View {
    private final EasyRead texts;
    private final Node root;

    /** What the sync screen can open; each is null when it does not apply (e.g. no pairing codes for a person). */
    public record Actions(
            Runnable syncNow, Runnable conflicts, Runnable rejected, Runnable pairDevice, Runnable pairingCode) {}

    public SyncView(SyncStatusModel model, EasyRead texts, Optional<SyncAccount> account, Actions actions) {
        this.texts = texts;
        Label pending = Components.text("", "lead");
        pending.setId("sync-screen-pending");
        pending.textProperty().bind(model.pendingTextProperty());
        Label last = Components.text("", "hint");
        last.setId("sync-screen-last");
        last.textProperty().bind(model.lastSyncTextProperty());
        Label error = Components.message(model.errorTextProperty(), "message-error");
        error.setId("sync-screen-error");
        Label restored = Components.message(model.restoredTextProperty(), "message-info");
        restored.setId("sync-screen-restored");
        // no address on screen: the person knows their organisation, not its server
        Label linked = Components.text(
                model.demoProperty().get()
                        ? texts.get("sync.account.demo")
                        : account.map(a -> texts.get(
                                        "sync.account.linked", a.displayName() == null ? "" : a.displayName()))
                                .orElse(texts.get("sync.account.notLinked")),
                "hint");
        linked.setId("sync-account");

        Button now = texts.pictogram(new Button(texts.get("sync.now.long")), Material2MZ.SYNC);
        now.setId("sync-screen-now");
        now.getStyleClass().add("accent");
        now.setMaxWidth(Double.MAX_VALUE);
        now.disableProperty().bind(model.runningProperty().or(model.demoProperty())); // a demo sends nothing
        now.setOnAction(e -> actions.syncNow().run());

        VBox content = new VBox(
                12,
                Components.text(texts.get("sync.heading"), "screen-heading"),
                pending,
                last,
                Components.busy(model.runningProperty(), texts.get("sync.running")),
                error,
                restored,
                now,
                counted(
                        "sync-to-conflicts",
                        "sync.conflicts.link",
                        Material2AL.CALL_MERGE,
                        model.conflictsProperty(),
                        actions.conflicts()),
                counted(
                        "sync-to-rejected",
                        "sync.rejected.link",
                        Material2MZ.REPORT_PROBLEM,
                        model.rejectedProperty(),
                        actions.rejected()),
                linked);
        if (actions.pairDevice() != null) {
            content.getChildren()
                    .add(link(
                            "sync-to-pair-device",
                            texts.get(account.isPresent() ? "sync.pairDevice.again" : "sync.pairDevice.link"),
                            Material2AL.LINK,
                            actions.pairDevice()));
        }
        if (actions.pairingCode() != null) {
            content.getChildren()
                    .add(link(
                            "sync-to-pairing-code",
                            texts.get("sync.pairingCode.link"),
                            Material2MZ.QR_CODE_2,
                            actions.pairingCode()));
        }
        content.setAlignment(Pos.TOP_LEFT);
        root = texts.enlarge(Components.screen(content));
    }

    private Button counted(String id, String key, Ikon icon, ReadOnlyIntegerProperty count, Runnable action) {
        Button b = link(id, "", icon, action);
        b.textProperty().bind(Bindings.createStringBinding(() -> texts.get(key, count.get()), count));
        return b;
    }

    private Button link(String id, String text, Ikon icon, Runnable action) {
        Button b = texts.pictogram(new Button(text), icon);
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
        return texts.get("sync.title");
    }
}
