package org.jalons.beneficiary;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.caseload.Format;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.domain.questionnaire.QuestionnaireTarget;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mes questionnaires": the organisation's active questionnaires, each with its version and when the person last
 * answered that version; a tap opens it, to answer alone on their own phone (in easy-read when chosen).
 */
public final class MyQuestionnairesView implements View {
    private static final Logger LOG = LoggerFactory.getLogger(MyQuestionnairesView.class);

    /** One active questionnaire and the person's last answer to its version (null: never answered). */
    record Line(Questionnaire questionnaire, QuestionnaireResponse last) {}

    private final EasyRead texts;
    private final VBox list = new VBox(12);
    private final Node root;

    public MyQuestionnairesView(
            LocalStore store, Background background, EasyRead texts, ZoneId zone, BiConsumer<Screen, Object> go) {
        this.texts = texts;
        list.setId("my-questionnaire-list");
        Label intro = Components.text(texts.get("my.questionnaires.intro"), "lead");
        VBox content = new VBox(12, intro, list);
        root = texts.apply(Components.screen(content));
        background.run(
                () -> lines(store),
                lines -> show(lines, store.profile().beneficiaryId(), zone, go),
                failure -> LOG.warn("The questionnaires cannot be read", failure));
    }

    private static List<Line> lines(LocalStore store) {
        UUID me = store.profile().beneficiaryId();
        List<QuestionnaireResponse> mine =
                me == null ? List.of() : store.questionnaireResponses().forBeneficiary(me);
        List<Line> lines = new ArrayList<>();
        for (Questionnaire q : store.questionnaires().active()) {
            QuestionnaireResponse last = mine.stream()
                    .filter(r -> r.questionnaireId().equals(q.id()) && r.questionnaireVersion() == q.version())
                    .max(Comparator.comparing(QuestionnaireResponse::answeredAt))
                    .orElse(null);
            lines.add(new Line(q, last));
        }
        return lines;
    }

    private void show(List<Line> lines, UUID me, ZoneId zone, BiConsumer<Screen, Object> go) {
        list.getChildren().clear();
        if (lines.isEmpty() || me == null) {
            list.getChildren().add(Components.text(texts.get("my.questionnaires.none"), "hint"));
            return;
        }
        for (Line line : lines) {
            Questionnaire q = line.questionnaire();
            String hint = line.last() == null
                    ? texts.get("my.questionnaires.never", q.version())
                    : texts.get(
                            "my.questionnaires.last",
                            q.version(),
                            Format.dateTime(line.last().answeredAt(), zone, texts.messages()));
            ChoiceCard card = new ChoiceCard(
                    Material2AL.ASSIGNMENT, q.title(texts.messages().locale()), hint);
            card.setId("my-questionnaire-" + q.id());
            card.onAction(() -> go.accept(Screen.QUESTIONNAIRE, new QuestionnaireTarget(me, q)));
            list.getChildren().add(card);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.questionnaires");
    }
}
