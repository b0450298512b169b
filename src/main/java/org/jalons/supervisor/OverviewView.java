package org.jalons.supervisor;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.EqualColumns;
import org.jalons.ui.kit.WordFit;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Tiles with this device's counts, under a note that says plainly what they are and are not. */
public final class OverviewView implements View {
    private final Messages messages;
    private final Node root;
    private final Runnable onLock;
    // Two tiles a row; one when a label's longest word would not fit half the width (at a large text size).
    private final EqualColumns tiles = new EqualColumns(12, 2);
    private final OverviewViewModel model;

    public OverviewView(OverviewViewModel model, Messages messages, Runnable onLock, Runnable onDashboard) {
        this.messages = messages;
        this.onLock = onLock;
        this.model = model;
        tiles.setId("overview-tiles");
        tiles.getStyleClass().add("tiles");
        model.overviewProperty().addListener((obs, old, now) -> fill(now));
        Label scope = Components.text(messages.get("overview.scope"), "scope-title");
        scope.setGraphic(Icons.icon(Material2MZ.PHONE_ANDROID, 20));
        VBox note = new VBox(4, scope, Components.text(messages.get("overview.localHint"), "scope-hint"));
        note.getStyleClass().add("scope-note");
        javafx.scene.control.Button dashboard = new javafx.scene.control.Button(
                messages.get("overview.dashboard"), Icons.icon(Material2AL.INSERT_CHART, 20));
        dashboard.setId("open-dashboard");
        dashboard.getStyleClass().add("primary-button");
        dashboard.setMaxWidth(Double.MAX_VALUE);
        dashboard.setWrapText(true);
        dashboard.setOnAction(e -> onDashboard.run());
        VBox content = new VBox(
                12,
                dashboard,
                note,
                Components.busy(model.loadingProperty(), messages.get("overview.loading")),
                Components.message(model.errorProperty(), "message-error"),
                tiles);
        root = Components.screen(content);
        model.load();
    }

    private void fill(LocalOverview o) {
        tiles.getChildren().clear();
        List<Node> all = List.of(
                tile("people", o.people(), messages.get("overview.people", o.people())),
                tile("goals-open", o.goalsOpen(), messages.get("overview.goalsOpen", o.goalsOpen())),
                tile("goals-achieved", o.goalsAchieved(), messages.get("overview.goalsAchieved", o.goalsAchieved())),
                tile(
                        "trainings-certified",
                        o.trainingsCertified(),
                        messages.get("overview.trainingsCertified", o.trainingsCertified())),
                tile("interviews", o.interviews(), messages.get("overview.interviews", o.interviews())));
        tiles.getChildren().setAll(all);
    }

    private Node tile(String id, int value, String label) {
        String shown = model.shown(value);
        Label number = Components.text(shown, "stat-value");
        number.setId("stat-" + id);
        Label words = Components.text(label, "stat-label");
        WordFit.neverSplitWords(words);
        VBox tile = new VBox(4, number, words);
        tile.getStyleClass().add("stat-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setAccessibleText(shown + " " + label);
        return tile;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("overview.title");
    }

    @Override
    public List<Node> headerActions() {
        var lock = Icons.iconButton(Material2AL.LOCK, messages.get("nav.lock"), onLock);
        lock.setId("lock");
        return List.of(lock);
    }
}
