package org.jalons.syncui;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The small bar under the header of every home screen (DESIGN.md invariant 13): what waits, when the last sync
 * succeeded, what failed, the conflicts and refusals to look at. Tapping it opens the sync screen; its buttons
 * sync now and open the settings. In easy-read mode it says all this in easy-read words, and each button shows a
 * short word under its pictogram.
 */
public final class SyncStatusBar extends HBox {
    /** From this size of the banner's words (about 160 % of the normal text size) it shows one line of them. */
    static final double LARGE_TEXT_PX = 22;

    public SyncStatusBar(
            SyncStatusModel model, Messages messages, Runnable openSync, Runnable syncNow, Runnable openSettings) {
        getStyleClass().add("sync-bar");
        setId("sync-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        build(model, openSync, syncNow, openSettings);
        messages.languageProperty().addListener((obs, was, now) -> build(model, openSync, syncNow, openSettings));
        model.easyReadProperty().addListener((obs, was, now) -> build(model, openSync, syncNow, openSettings));
        visibleProperty().addListener((obs, was, shown) -> model.tick());
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> model.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    private void build(SyncStatusModel model, Runnable openSync, Runnable syncNow, Runnable openSettings) {
        EasyRead texts = model.texts();

        Label pending = Components.text("", "sync-bar-pending");
        pending.setId("sync-pending");
        pending.textProperty().bind(model.pendingTextProperty());
        Label last = Components.text("", "sync-bar-last");
        last.setId("sync-last");
        last.textProperty().bind(model.lastSyncTextProperty());
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.getStyleClass().add("sync-bar-spinner");
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        spinner.visibleProperty().bind(model.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        HBox lastLine = new HBox(6, spinner, last);
        lastLine.setAlignment(Pos.CENTER_LEFT);
        // At large text sizes the banner keeps to what waits to be sent: when the last sync was is a tap away (the
        // sync screen) and stays in the banner's spoken text, so the banner does not take a third of the screen.
        var roomy = Bindings.createBooleanBinding(
                () -> pending.getFont().getSize() < LARGE_TEXT_PX, pending.fontProperty());
        lastLine.visibleProperty().bind(roomy);
        lastLine.managedProperty().bind(roomy);
        Label error = Components.text("", "sync-bar-error");
        error.setId("sync-error");
        error.textProperty().bind(model.errorTextProperty());
        error.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label conflicts = badge(
                Bindings.createStringBinding(
                        () -> texts.get(
                                "sync.badge.conflicts",
                                model.conflictsProperty().get()),
                        model.conflictsProperty()),
                "badge-conflict");
        conflicts.setId("sync-conflicts-badge");
        conflicts.visibleProperty().bind(model.conflictsProperty().greaterThan(0));
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        Label rejected = badge(
                Bindings.createStringBinding(
                        () -> texts.get(
                                "sync.badge.rejected", model.rejectedProperty().get()),
                        model.rejectedProperty()),
                "badge-rejected");
        rejected.setId("sync-rejected-badge");
        rejected.visibleProperty().bind(model.rejectedProperty().greaterThan(0));
        rejected.managedProperty().bind(rejected.visibleProperty());
        FlowPane badges = new FlowPane(6, 4, conflicts, rejected);
        badges.visibleProperty().bind(conflicts.visibleProperty().or(rejected.visibleProperty()));
        badges.managedProperty().bind(badges.visibleProperty());

        VBox summary = new VBox(2, pending, lastLine, error, badges);
        summary.setId("sync-open");
        summary.getStyleClass().add("sync-bar-summary");
        summary.setMinWidth(0);
        // The buttons keep their size (in easy-read, their word); the texts take what is left and wrap.
        summary.setPrefWidth(0);
        summary.setFocusTraversable(true);
        summary.setAccessibleRole(AccessibleRole.BUTTON);
        summary.accessibleTextProperty()
                .bind(Bindings.concat(
                        model.pendingTextProperty(),
                        ". ",
                        model.lastSyncTextProperty(),
                        ". ",
                        model.errorTextProperty()));
        summary.setAccessibleHelp(texts.get("sync.bar.open"));
        summary.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSync.run();
            }
        });
        summary.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                openSync.run();
                e.consume();
            }
        });
        HBox.setHgrow(summary, Priority.ALWAYS);

        Button sync = button(Material2MZ.SYNC, texts.get("sync.now"), syncNow, texts.isOn());
        sync.setId("sync-now");
        sync.disableProperty().bind(model.runningProperty());
        Button settings = button(Material2MZ.SETTINGS, texts.get("settings.open"), openSettings, texts.isOn());
        settings.setId("open-settings");
        getChildren().setAll(Icons.icon(Material2AL.CLOUD_QUEUE, 20), summary, sync, settings);
    }

    /** A pictogram button; in easy-read mode its short word shows under the pictogram. */
    private static Button button(Ikon icon, String text, Runnable action, boolean easyRead) {
        Button b = Icons.iconButton(icon, text, action);
        if (easyRead) {
            b.setContentDisplay(ContentDisplay.TOP);
            b.getStyleClass().add("sync-bar-worded");
        }
        return b;
    }

    private static Label badge(javafx.beans.binding.StringBinding text, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().addAll("chip", styleClass);
        return l;
    }
}
