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
import javafx.util.Duration;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncProblem;
import org.jalons.sync.SyncStatus;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.kit.BottomSheet;
import org.jalons.ui.kit.Overlay;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The small bar under the header of every home screen (DESIGN.md invariant 13), one line at every text size: a
 * pictogram and a short status ("2 à envoyer", "1 à voir", "Non envoyé", "À jour"), "sync now" and the settings.
 * Tapping the status opens the details in a bottom sheet: what waits, when the last sync succeeded, what failed (a
 * refusal of the server in its own words), the conflicts and refusals to look at, and the way to the sync screen.
 * In easy-read mode it says all this in easy-read words, and each button shows a short word under its pictogram
 * while the text is small enough to leave room for it.
 */
public final class SyncStatusBar extends HBox {
    /** From this size of the bar's words (about 150 % of the normal text size) its buttons keep to their pictogram. */
    static final double LARGE_TEXT_PX = 22;

    /** The listener of the bar built last, removed when the bar is built again (language, easy-read). */
    private javafx.beans.value.ChangeListener<SyncStatus> stateListener;

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

        FontIcon state = Icons.icon(Material2AL.CLOUD_QUEUE, 20);
        state.setId("sync-state-icon");
        ProgressIndicator spinner = spinner(model);
        state.visibleProperty().bind(model.runningProperty().not());
        state.managedProperty().bind(state.visibleProperty());
        Label brief = Components.text("", "sync-bar-brief");
        brief.setId("sync-short");
        brief.textProperty().bind(model.briefTextProperty());
        brief.setWrapText(false);
        brief.setMinWidth(Label.USE_PREF_SIZE);
        Runnable showState = () -> {
            SyncStatus s = model.statusProperty().get();
            boolean failed = s != null
                    && s.lastError() != null
                    && s.lastError() != SyncProblem.NO_NETWORK
                    && s.lastError() != SyncProblem.NOT_PAIRED;
            state.setIconCode(model.demoProperty().get() ? Material2AL.CLOUD_OFF : stateIcon(s));
            brief.getStyleClass().remove("failed");
            if (failed) {
                brief.getStyleClass().add("failed");
            }
        };
        if (stateListener != null) {
            model.statusProperty().removeListener(stateListener);
        }
        stateListener = (obs, was, now) -> showState.run();
        model.statusProperty().addListener(stateListener);
        showState.run();

        // One line whatever the text size: the short status is a tap away from the details (a bottom sheet), so
        // the bar never takes a third of the screen at 200 % or in easy-read.
        HBox summary = new HBox(6, state, spinner, brief);
        summary.setAlignment(Pos.CENTER_LEFT);
        summary.setId("sync-open");
        summary.getStyleClass().add("sync-bar-summary");
        summary.setMinWidth(0);
        summary.setFocusTraversable(true);
        summary.setAccessibleRole(AccessibleRole.BUTTON);
        summary.accessibleTextProperty()
                .bind(Bindings.concat(
                        model.briefTextProperty(),
                        ". ",
                        model.pendingTextProperty(),
                        ". ",
                        model.lastSyncTextProperty(),
                        ". ",
                        model.errorTextProperty(),
                        " ",
                        model.restoredTextProperty()));
        summary.setAccessibleHelp(texts.get("sync.bar.open"));
        Runnable details = () -> details(model, openSync, syncNow);
        summary.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                details.run();
            }
        });
        summary.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                details.run();
                e.consume();
            }
        });
        HBox.setHgrow(summary, Priority.ALWAYS);

        // At large text sizes the buttons keep to their pictogram (their words are in the sheet), and the settings,
        // also in the bottom navigation, leave the bar to the status.
        var roomy =
                Bindings.createBooleanBinding(() -> brief.getFont().getSize() < LARGE_TEXT_PX, brief.fontProperty());
        Button sync = button(Material2MZ.SYNC, texts.get("sync.now"), syncNow, texts.isOn(), roomy);
        sync.setId("sync-now");
        sync.disableProperty().bind(model.runningProperty().or(model.demoProperty()));
        Button settings = button(Material2MZ.SETTINGS, texts.get("settings.open"), openSettings, texts.isOn(), roomy);
        settings.setId("open-settings");
        settings.visibleProperty().bind(roomy);
        settings.managedProperty().bind(roomy);
        getChildren().setAll(summary, sync, settings);
    }

    /** The details the bar leaves out: what waits, the last sync, why it failed, what to look at; and the ways on. */
    private static void details(SyncStatusModel model, Runnable openSync, Runnable syncNow) {
        EasyRead texts = model.texts();
        Label pending = Components.text("", "sync-details-pending");
        pending.setId("sync-pending");
        pending.textProperty().bind(model.pendingTextProperty());
        Label last = Components.text("", "sync-details-last");
        last.setId("sync-last");
        last.textProperty().bind(model.lastSyncTextProperty());
        HBox lastLine = new HBox(6, spinner(model), last);
        lastLine.setAlignment(Pos.CENTER_LEFT);
        Label error = Components.text("", "sync-details-error");
        error.setId("sync-error");
        error.textProperty().bind(model.errorTextProperty());
        error.visibleProperty().bind(model.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label restored = Components.message(model.restoredTextProperty(), "message-info");
        restored.setId("sync-restored");
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

        Button now = sheetButton("sync-details-now", texts.get("sync.now.long"), Material2MZ.SYNC);
        now.disableProperty().bind(model.runningProperty().or(model.demoProperty()));
        now.setOnAction(e -> syncNow.run());
        Button open = sheetButton("sync-details-open", texts.get("sync.bar.details.open"), Material2AL.LIST_ALT);
        Overlay.Layer layer = new BottomSheet(
                        "sync-details", texts.get("sync.title"), texts.get("sync.bar.details.close"))
                .actions(now, open)
                .show(pending, lastLine, error, restored, badges);
        open.setOnAction(e -> {
            if (layer != null) {
                layer.close();
            }
            openSync.run();
        });
    }

    private static Button sheetButton(String id, String text, Ikon icon) {
        Button b = new Button(text, Icons.icon(icon, 24));
        b.setId(id);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        b.setMinHeight(Button.USE_PREF_SIZE);
        b.getStyleClass().add("dialog-button");
        return b;
    }

    /** Turns while a sync runs. */
    private static ProgressIndicator spinner(SyncStatusModel model) {
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.visibleProperty().bind(model.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        spinner.getStyleClass().add("sync-bar-spinner");
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        return spinner;
    }

    /** The bar's pictogram: what failed, what to look at, what waits, or all sent. */
    private static Ikon stateIcon(SyncStatus s) {
        if (s == null) {
            return Material2AL.CLOUD_QUEUE;
        } else if (s.openConflicts() + s.rejectedCount() > 0) {
            return Material2AL.ERROR_OUTLINE;
        } else if (s.lastError() != null) {
            return Material2AL.CLOUD_OFF;
        } else if (s.pendingCount() > 0) {
            return Material2AL.CLOUD_UPLOAD;
        }
        return Material2AL.CLOUD_DONE;
    }

    /** A pictogram button; in easy-read mode its short word shows under the pictogram. */
    private static Button button(
            Ikon icon, String text, Runnable action, boolean easyRead, javafx.beans.binding.BooleanBinding roomy) {
        Button b = Icons.iconButton(icon, text, action);
        if (easyRead) {
            Runnable fit = () -> {
                b.setContentDisplay(roomy.get() ? ContentDisplay.TOP : ContentDisplay.GRAPHIC_ONLY);
                b.getStyleClass().remove("sync-bar-worded");
                if (roomy.get()) {
                    b.getStyleClass().add("sync-bar-worded");
                }
            };
            roomy.addListener((obs, was, now) -> fit.run());
            fit.run();
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
