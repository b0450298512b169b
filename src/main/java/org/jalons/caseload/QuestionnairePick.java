package org.jalons.caseload;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.VBox;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.i18n.Messages;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.kit.BottomSheet;
import org.jalons.ui.kit.Overlay;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Which questionnaire a visit takes: the only active one straight away, else a bottom sheet of the active ones (each
 * with its title and version); choosing one closes it.
 */
public final class QuestionnairePick {
    private QuestionnairePick() {}

    public static void pick(List<Questionnaire> active, Messages messages, Consumer<Questionnaire> chosen) {
        if (active.size() == 1) {
            chosen.accept(active.get(0));
            return;
        }
        if (active.isEmpty()) {
            return;
        }
        VBox lines = new VBox(8);
        Overlay.Layer[] layer = new Overlay.Layer[1];
        List<ChoiceCard> cards = new java.util.ArrayList<>();
        for (Questionnaire q : active) {
            ChoiceCard card = new ChoiceCard(
                    Material2AL.ASSIGNMENT,
                    q.title(messages.locale()),
                    messages.get("questionnaire.version", q.version()));
            card.setId("questionnaire-pick-" + q.id());
            card.onAction(() -> {
                layer[0].close();
                chosen.accept(q);
            });
            cards.add(card);
            lines.getChildren().add(card);
        }
        ChoiceCard.fitTogether(cards);
        layer[0] = new BottomSheet(
                        "questionnaire-pick", messages.get("questionnaire.pick"), messages.get("questionnaire.close"))
                .show(lines);
    }
}
