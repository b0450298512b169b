package org.jalons.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.domain.CheckIn;
import org.jalons.domain.SaidAtOnce;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.ui.Components;

/**
 * Under a goal's ratings in the person's file: what each voice said with its rating, newest first, each with its
 * rater and date, and the answer to the gap's question. The two voices stay two lines; nothing is averaged.
 */
final class VoicesSection {
    private VoicesSection() {}

    /** The words said about the goal, or null when no rating of it came with words. */
    static VBox of(UUID goalId, List<CheckIn> ratings, String firstName, Messages m, ZoneId zone) {
        List<SaidAtOnce> said = SaidAtOnce.of(ratings);
        if (said.isEmpty()) {
            return null;
        }
        VBox box = new VBox(6, Components.text(m.get("file.voices.title"), "fact-label"));
        box.setId("goal-voices-" + goalId);
        box.getStyleClass().add("goal-voices");
        for (SaidAtOnce moment : said) {
            box.getChildren()
                    .add(Components.text(
                            m.get("file.voices.on", Format.date(LocalDate.ofInstant(moment.at(), zone), m)),
                            "row-detail"));
            for (SaidAtOnce.Voice v : moment.voices()) {
                boolean self = v.rater() == Rater.BENEFICIARY;
                String text = v.comment() == null
                        ? (self
                                ? m.get("file.voices.selfRatingOnly", firstName, v.rating())
                                : m.get("file.voices.counsellorRatingOnly", v.rating()))
                        : (self
                                ? m.get("file.voices.self", firstName, v.rating(), v.comment())
                                : m.get("file.voices.counsellor", v.rating(), v.comment()));
                Label line = Components.text(text, "voice-words", self ? "voice-self" : "voice-counsellor");
                box.getChildren().add(line);
            }
            if (moment.gapAnswer() != null) {
                box.getChildren()
                        .add(Components.text(m.get("file.voices.gapAnswer", moment.gapAnswer()), "voice-gap-answer"));
            }
        }
        return box;
    }
}
