package org.jalons.beneficiary;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;

/** The person's home: their goals as cards, in their own words, with their own rating first. */
public final class MyParcoursView implements View {
    private final Messages messages;
    private final Node root;
    private final Runnable onLock;
    private final VBox cards = new VBox(12);

    public MyParcoursView(MyParcoursViewModel model, Messages messages, Runnable onLock) {
        this.messages = messages;
        this.onLock = onLock;
        cards.setId("goal-cards");
        Label empty = Components.text(messages.get("parcours.empty"), "empty-text");
        model.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                cards.getChildren().setAll(model.goals().isEmpty() ? List.of(empty)
                        : model.goals().stream().map(this::card).toList());
            }
        });
        VBox content = new VBox(12,
                Components.text(model.greeting(), "screen-heading"),
                Components.text(messages.get("parcours.intro"), "lead"),
                Components.busy(model.loadingProperty(), messages.get("parcours.loading")),
                Components.message(model.errorProperty(), "message-error"),
                cards);
        root = Components.screen(content);
        model.load();
    }

    private Node card(GoalCard goal) {
        Label status = Components.text(goal.statusLabel(), "status", goal.isOpen() ? "status-open" : "status-closed");
        Label theme = Components.text(goal.theme(), "card-theme");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, theme, spacer, status);
        top.setAlignment(Pos.CENTER_LEFT);
        Label self = Components.text(goal.latestSelfRating() == null ? messages.get("parcours.selfNotRated")
                : messages.get("parcours.self", goal.latestSelfRating()), "chip", "chip-self");
        self.setGraphic(Icons.icon(Material2AL.FACE, 16));
        FlowPane ratings = new FlowPane(8, 4, self);
        if (goal.latestCounsellorRating() != null) {
            ratings.getChildren().add(Components.text(
                    messages.get("parcours.counsellor", goal.latestCounsellorRating()), "chip", "chip-counsellor"));
        }
        VBox card = new VBox(8, top, Components.text(goal.phrasing(), "card-title"), ratings);
        if (goal.targetDate() != null && goal.isOpen()) {
            card.getChildren().add(Components.text(messages.get("parcours.target",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())
                            .format(goal.targetDate())), "row-detail"));
        }
        card.getStyleClass().addAll("card", "goal-card");
        return card;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("parcours.title");
    }

    @Override
    public List<Node> headerActions() {
        var lock = Icons.iconButton(Material2AL.LOCK, messages.get("nav.lock"), onLock);
        lock.setId("lock");
        return List.of(org.jalons.export.ExportScreens.headerButton(messages), lock);
    }
}
