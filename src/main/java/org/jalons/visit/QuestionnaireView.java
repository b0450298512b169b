package org.jalons.visit;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jalons.caseload.Format;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.i18n.Messages;
import org.jalons.i18n.Numbers;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One sentence per screen with its pictogram, one big answer per point of the version's scale, each with a face and
 * a gauge, then the score and the version next to the previous responses of that version. "Facile à lire" switches to the items' short sentences and plain answers for this person.
 */
public final class QuestionnaireView implements View {
    private final QuestionnaireModel model;
    private final Messages messages;
    private final java.time.ZoneId zone;
    private final Runnable onDone;
    private final VBox content = new VBox(12);
    private final Node root;

    public QuestionnaireView(QuestionnaireModel model, Messages messages, java.time.ZoneId zone, Runnable onDone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        this.onDone = onDone;
        root = Components.screen(content);
        model.indexProperty().addListener((obs, old, now) -> show());
        model.finishedProperty().addListener((obs, old, now) -> show());
        model.loadedProperty().addListener((obs, old, now) -> show()); // the draft's answers and question
        model.easyReadProperty().addListener((obs, old, now) -> show());
        show();
    }

    static Ikon face(int value, int points) {
        return QuestionPictograms.face(value, points);
    }

    private ToggleButton easyReadSwitch() {
        String text = messages.get("questionnaire.easyRead");
        ToggleButton toggle = new ToggleButton(text, Icons.icon(Material2MZ.MENU_BOOK, 24));
        toggle.setId("questionnaire-easy-read");
        toggle.setSelected(model.easyReadProperty().get());
        toggle.setAccessibleText(text);
        toggle.setWrapText(true);
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.getStyleClass().add("easy-read-toggle");
        toggle.setOnAction(e -> model.easyReadProperty().set(toggle.isSelected()));
        return toggle;
    }

    private void show() {
        if (model.finishedProperty().get()) {
            result();
            return;
        }
        Questionnaire.Item item = model.item();
        Locale locale = messages.locale();
        boolean easy = model.easyReadProperty().get();
        root.getStyleClass().remove("easy-read-screen");
        if (easy) {
            root.getStyleClass().add("easy-read-screen");
        }
        Label progress = Components.text(
                messages.get(
                        easy ? "questionnaire.progress.easy" : "questionnaire.progress",
                        model.indexProperty().get() + 1,
                        model.size()),
                "hint");
        progress.setId("questionnaire-progress");
        String said = model.sentence(locale);
        var picture = Icons.icon(QuestionPictograms.item(item.pictogram()), easy ? 64 : 48);
        picture.getStyleClass().add("questionnaire-pictogram");
        HBox pictogram = new HBox(picture);
        pictogram.setId("questionnaire-pictogram");
        pictogram.setAlignment(Pos.CENTER);
        pictogram.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        pictogram.setAccessibleText(said);
        Label sentence = Components.text(said, "questionnaire-item");
        sentence.setId("questionnaire-item");
        VBox answers = new VBox(8);
        List<ChoiceCard> cards = new java.util.ArrayList<>();
        Integer chosen = model.answers().get(item.id());
        Questionnaire questionnaire = model.questionnaire();
        int points = questionnaire.points();
        for (int point = 1; point <= points; point++) {
            int value = point;
            String label = questionnaire.pointLabel(value, locale, easy);
            String hint = easy
                    ? questionnaire.pointLabel(value, locale, false)
                    : messages.get("questionnaire.scale", value, points);
            ChoiceCard card = new ChoiceCard(face(value, points), label, hint);
            card.getChildren().add(QuestionPictograms.gauge(value, points));
            card.setAccessibleText(messages.get("questionnaire.answer", label, value, points));
            card.setId("likert-" + value);
            card.getStyleClass().add("likert-card");
            if (chosen != null && chosen == value) {
                card.getStyleClass().add("likert-chosen");
            }
            card.onAction(() -> model.answer(value));
            card.setDisable(!model.loadedProperty().get());
            answers.getChildren().add(card);
            cards.add(card);
        }
        ChoiceCard.fitTogether(cards); // the answers of the scale at one size
        Button previous = new Button(messages.get("visit.previous"), Icons.icon(Material2AL.ARROW_BACK, 20));
        previous.setId("questionnaire-previous");
        previous.setDisable(model.indexProperty().get() == 0);
        previous.setOnAction(e -> model.previous());
        previous.setMaxWidth(Double.MAX_VALUE);
        previous.setAccessibleText(messages.get("visit.previous"));
        List<Node> nodes = new java.util.ArrayList<>();
        nodes.add(easyReadSwitch());
        if (model.indexProperty().get() == 0) {
            nodes.add(Components.text(
                    easy
                            ? messages.get("questionnaire.intro.easy")
                            : model.questionnaire().intro(locale),
                    "lead"));
        }
        nodes.addAll(List.of(progress, pictogram, sentence, answers, previous));
        content.getChildren().setAll(nodes);
    }

    private void result() {
        root.getStyleClass().remove("easy-read-screen");
        QuestionnaireResponse r = model.saved();
        int points = model.questionnaire().points();
        Label score = Components.text(
                messages.get("questionnaire.score", Numbers.decimal(r.meanScore(), messages.locale()), points),
                "screen-heading");
        score.setId("questionnaire-score");
        Label version = Components.text(
                messages.get("questionnaire.version", model.questionnaire().version()), "hint");
        version.setId("questionnaire-version");
        VBox history = new VBox(4);
        for (QuestionnaireResponse h : model.history()) {
            history.getChildren()
                    .add(Components.text(
                            messages.get(
                                    "questionnaire.historyRow",
                                    Format.dateTime(h.answeredAt(), zone, messages),
                                    Numbers.decimal(h.meanScore(), messages.locale()),
                                    points),
                            "row-detail"));
        }
        Double change = model.change();
        Button done = new Button(messages.get("questionnaire.backToFile"));
        done.setId("questionnaire-done");
        done.setMaxWidth(Double.MAX_VALUE);
        done.setOnAction(e -> onDone.run());
        content.getChildren()
                .setAll(
                        score,
                        version,
                        Components.text(
                                change == null
                                        ? messages.get("questionnaire.first")
                                        : messages.get(
                                                "questionnaire.change", Numbers.change(change, messages.locale())),
                                "lead"),
                        Components.text(messages.get("questionnaire.scoreHint"), "hint"),
                        Components.text(messages.get("questionnaire.history"), "section-heading"),
                        history,
                        done);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return model.questionnaire().title(messages.locale());
    }
}
