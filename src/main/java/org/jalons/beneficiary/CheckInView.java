package org.jalons.beneficiary;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jalons.beneficiary.CheckInViewModel.Step;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.RatingGrid;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The self check-in: 0 to 10 as large face buttons, one tap each, and an optional comment. In easy-read mode one
 * question per screen: which goal, how I feel, anything to say, thank you.
 */
public final class CheckInView implements View {
    private final CheckInViewModel model;
    private final EasyRead texts;
    private final Runnable onDone;
    private final VBox content = new VBox(16);
    private final Node root;

    public CheckInView(CheckInViewModel model, EasyRead texts, Runnable onDone) {
        this.model = model;
        this.texts = texts;
        this.onDone = onDone;
        content.setId("check-in");
        root = texts.apply(Components.screen(content));
        model.stepProperty().addListener((obs, was, now) -> {
            if (texts.isOn() || now == Step.THANKS || was == Step.GOAL) {
                render();
            }
        });
        render();
    }

    private void render() {
        Step step = model.stepProperty().get();
        content.getChildren().clear();
        if (step == Step.THANKS) {
            thanks();
        } else if (step == Step.GOAL) {
            question(texts.get("my.checkIn.whichGoal"));
            model.goals().forEach(g -> content.getChildren().add(goalChoice(g)));
            if (model.goals().isEmpty()) {
                content.getChildren().add(Components.text(texts.get("my.noGoal"), "empty-text"));
            }
        } else if (texts.isOn() && step == Step.FEELING) {
            goalReminder();
            question(texts.get("my.checkIn.howDoIFeel"));
            content.getChildren().addAll(scale(), Components.message(model.ratingErrorProperty(), "message-error"));
        } else if (texts.isOn()) {
            goalReminder();
            question(texts.get("my.checkIn.anything"));
            content.getChildren().addAll(comment(), saveButton());
        } else {
            goalReminder();
            question(texts.get("my.checkIn.howDoIFeel"));
            content.getChildren()
                    .addAll(
                            scale(),
                            Components.message(model.ratingErrorProperty(), "message-error"),
                            comment(),
                            saveButton());
        }
        content.getChildren().add(Components.message(model.errorProperty(), "message-error"));
    }

    private void question(String text) {
        Label q = Components.text(text, "screen-heading");
        q.setId("question");
        content.getChildren().add(q);
    }

    private void goalReminder() {
        MyGoals goal = model.goalProperty().get();
        Label l = Components.text(goal.phrasing(), "my-goal-reminder");
        l.setGraphic(Icons.icon(Pictograms.theme(goal.theme()), 28));
        l.setId("check-in-goal");
        content.getChildren().add(l);
    }

    private Node goalChoice(MyGoals goal) {
        ChoiceCard card = new ChoiceCard(
                        Pictograms.theme(goal.theme()), goal.phrasing(), texts.get("my.checkIn.chooseHint"))
                .onAction(() -> model.chooseGoal(goal));
        card.getStyleClass().add("goal-choice");
        return card;
    }

    private Node scale() {
        return texts.isOn() ? faces() : grid();
    }

    /**
     * Easy-read: five faces with a word each, in one column; each records its value on the same 0 to 10 scale as the
     * grid ({@link CheckInViewModel#FACE_VALUES}, docs/APP.md says why these), so charts need nothing else.
     */
    private Node faces() {
        VBox column = new VBox(8);
        column.setId("rating-scale");
        column.getStyleClass().addAll("rating-scale", "rating-faces");
        ToggleGroup group = new ToggleGroup();
        for (int v : CheckInViewModel.FACE_VALUES) {
            String word = texts.get("my.checkIn.face." + v);
            ToggleButton b = new ToggleButton(word, Icons.icon(Pictograms.face(v), 40));
            b.setId("rate-" + v);
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setGraphicTextGap(16);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true);
            b.setMinHeight(ToggleButton.USE_PREF_SIZE);
            b.setToggleGroup(group);
            b.setAccessibleText(word);
            b.getStyleClass().addAll("rating-button", "rating-face", Pictograms.faceStyle(v));
            b.setSelected(Integer.valueOf(v).equals(model.ratingValue()));
            b.setOnAction(e -> {
                b.setSelected(true);
                model.rate(v);
            });
            column.getChildren().add(b);
        }
        return column;
    }

    private Node grid() {
        RatingGrid grid = new RatingGrid("rate-", v -> texts.get("my.checkIn.rate", v), model.ratingValue(), false)
                .onTap(model::rate);
        grid.setId("rating-scale");
        model.ratingProperty()
                .addListener((obs, was, now) -> grid.valueProperty().set(model.ratingValue()));
        HBox ends = new HBox(
                Components.text(texts.get("my.checkIn.low"), "row-detail"),
                spacer(),
                Components.text(texts.get("my.checkIn.high"), "row-detail", "right"));
        return new VBox(8, grid, ends);
    }

    private static Node spacer() {
        var r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }

    private Node comment() {
        return MyForms.textArea(
                "check-in-comment",
                texts.get("my.checkIn.comment"),
                model.commentProperty(),
                model.commentErrorProperty());
    }

    private Node saveButton() {
        var save = EasyRead.action("save-check-in", Material2AL.CHECK, texts.get("my.save"), model::save);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        return save;
    }

    private void thanks() {
        var icon = Icons.icon(Material2AL.CHECK_CIRCLE, 64);
        icon.getStyleClass().add("hero-icon");
        Label thanks = Components.text(texts.get("my.checkIn.thanks"), "screen-heading", "centered");
        thanks.setId("thanks");
        VBox box = new VBox(
                16,
                icon,
                thanks,
                Components.text(texts.get("my.checkIn.thanksHint"), "lead", "centered"),
                EasyRead.action("done", Material2AL.HOME, texts.get("my.backHome"), onDone));
        box.setAlignment(Pos.TOP_CENTER);
        content.getChildren().add(box);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.checkIn.title");
    }

    @Override
    public List<Node> headerActions() {
        return List.of();
    }
}
