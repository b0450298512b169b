package org.jalons.visit;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.caseload.Format;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.Vocabulary.Likert;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.i18n.Messages;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.View;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/** One sentence per screen, four big answers with a face each, then the score next to the previous ones. */
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
        show();
    }

    static Ikon face(Likert l) {
        return switch (l) {
            case PAS_DU_TOUT_VRAI -> Material2MZ.SENTIMENT_VERY_DISSATISFIED;
            case A_PEINE_VRAI -> Material2MZ.SENTIMENT_DISSATISFIED;
            case MOYENNEMENT_VRAI -> Material2MZ.SENTIMENT_SATISFIED;
            case TOTALEMENT_VRAI -> Material2MZ.SENTIMENT_VERY_SATISFIED;
        };
    }

    private void show() {
        if (model.finishedProperty().get()) {
            result();
            return;
        }
        Questionnaire.Item item = model.item();
        Locale locale = messages.locale();
        Label progress = Components.text(messages.get("questionnaire.progress", model.indexProperty().get() + 1,
                model.size()), "hint");
        progress.setId("questionnaire-progress");
        Label sentence = Components.text(item.text(locale, false), "questionnaire-item");
        sentence.setId("questionnaire-item");
        VBox answers = new VBox(8);
        Integer chosen = model.answers().get(item.id());
        for (Likert l : Likert.values()) {
            ChoiceCard card = new ChoiceCard(face(l), messages.label(l), messages.get("questionnaire.scale", l.value()));
            card.setId("likert-" + l.value());
            card.getStyleClass().add("likert-card");
            if (chosen != null && chosen == l.value()) {
                card.getStyleClass().add("likert-chosen");
            }
            card.onAction(() -> model.answer(l));
            answers.getChildren().add(card);
        }
        Button previous = new Button(messages.get("visit.previous"));
        previous.setId("questionnaire-previous");
        previous.setDisable(model.indexProperty().get() == 0);
        previous.setOnAction(e -> model.previous());
        previous.setMaxWidth(Double.MAX_VALUE);
        List<Node> nodes = new java.util.ArrayList<>();
        if (model.indexProperty().get() == 0) {
            nodes.add(Components.text(model.questionnaire().intro(locale), "lead"));
        }
        nodes.addAll(List.of(progress, sentence, answers, previous));
        content.getChildren().setAll(nodes);
    }

    private void result() {
        QuestionnaireResponse r = model.saved();
        Label score = Components.text(messages.get("questionnaire.score",
                String.format(messages.locale(), "%.1f", r.meanScore())), "screen-heading");
        score.setId("questionnaire-score");
        VBox history = new VBox(4);
        for (QuestionnaireResponse h : model.history()) {
            history.getChildren().add(Components.text(messages.get("questionnaire.historyRow",
                    Format.dateTime(h.answeredAt(), zone, messages),
                    String.format(messages.locale(), "%.1f", h.meanScore())), "row-detail"));
        }
        Double change = model.change();
        Button done = new Button(messages.get("editor.done"));
        done.setId("questionnaire-done");
        done.setMaxWidth(Double.MAX_VALUE);
        done.setOnAction(e -> onDone.run());
        content.getChildren().setAll(score,
                Components.text(change == null ? messages.get("questionnaire.first")
                        : messages.get("questionnaire.change", String.format(messages.locale(), "%+.1f", change)),
                        "lead"),
                Components.text(messages.get("questionnaire.scoreHint"), "hint"),
                Components.text(messages.get("questionnaire.history"), "section-heading"), history, done);
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
