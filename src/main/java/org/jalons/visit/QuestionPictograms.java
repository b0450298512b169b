package org.jalons.visit;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.jalons.protocol.Vocabulary.Likert;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Pictograms of the questionnaire: one per item (named in the questionnaire's data, so another questionnaire can
 * reuse them), and for each answer a face and a gauge of one to four bars, so that the scale reads without words.
 */
final class QuestionPictograms {
    private QuestionPictograms() {}

    /** The item's pictogram by its name in the questionnaire file; a question mark for a name not known here. */
    static Ikon item(String name) {
        if (name == null) {
            return Material2AL.HELP_OUTLINE;
        }
        return switch (name) {
            case "problem-solving" -> Material2AL.LIGHTBULB;
            case "help" -> Material2MZ.SUPPORT_AGENT;
            case "form" -> Material2AL.ASSIGNMENT;
            case "work" -> Material2MZ.WORK;
            case "path" -> Material2AL.DIRECTIONS;
            case "learn" -> Material2MZ.SCHOOL;
            case "speak" -> Material2MZ.RECORD_VOICE_OVER;
            case "change" -> Material2MZ.TRENDING_UP;
            case "job" -> Material2AL.BUSINESS_CENTER;
            default -> Material2AL.HELP_OUTLINE;
        };
    }

    static Ikon face(Likert l) {
        return switch (l) {
            case PAS_DU_TOUT_VRAI -> Material2MZ.SENTIMENT_VERY_DISSATISFIED;
            case A_PEINE_VRAI -> Material2MZ.SENTIMENT_DISSATISFIED;
            case MOYENNEMENT_VRAI -> Material2MZ.SENTIMENT_SATISFIED;
            case TOTALEMENT_VRAI -> Material2MZ.SENTIMENT_VERY_SATISFIED;
        };
    }

    /** Four bars of growing height, as many filled as the answer's value (1 to 4); decorative for screen readers. */
    static Node gauge(Likert l) {
        HBox bars = new HBox(3);
        bars.setAlignment(Pos.BOTTOM_CENTER);
        bars.getStyleClass().add("likert-gauge");
        for (int i = 1; i <= 4; i++) {
            Region bar = new Region();
            bar.getStyleClass().addAll("likert-bar", i <= l.value() ? "likert-bar-on" : "likert-bar-off");
            bar.setMinSize(7, 6 + i * 6);
            bar.setPrefSize(7, 6 + i * 6);
            bar.setMaxSize(7, 6 + i * 6);
            bars.getChildren().add(bar);
        }
        bars.setMinWidth(Region.USE_PREF_SIZE);
        bars.setAccessibleRole(AccessibleRole.NODE);
        bars.setFocusTraversable(false);
        return bars;
    }
}
