package org.jalons.visit;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Pictograms of the questionnaire: one per item (named in the questionnaire's data, so another questionnaire can
 * reuse them), and for each answer a face and a gauge of one bar per point, so that the scale reads without words.
 */
public final class QuestionPictograms {
    private QuestionPictograms() {}

    /** The item's pictogram by its name in the questionnaire file; a question mark for a name not known here. */
    public static Ikon item(String name) {
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
            case "home" -> Material2AL.HOME;
            case "health" -> Material2AL.LOCAL_HOSPITAL;
            case "money" -> Material2AL.EURO;
            case "transport" -> Material2AL.DIRECTIONS_BUS;
            case "family" -> Material2AL.FAMILY_RESTROOM;
            case "time" -> Material2AL.ACCESS_TIME;
            default -> Material2AL.HELP_OUTLINE;
        };
    }

    private static final Ikon[] FACES = {
        Material2MZ.SENTIMENT_VERY_DISSATISFIED,
        Material2MZ.SENTIMENT_DISSATISFIED,
        Material2MZ.SENTIMENT_SATISFIED,
        Material2MZ.SENTIMENT_VERY_SATISFIED
    };

    /** The face of answer {@code value} on a scale of {@code points}: from the saddest (1) to the happiest (last). */
    static Ikon face(int value, int points) {
        int index = points <= 1 ? 0 : Math.round((value - 1) * (FACES.length - 1) / (float) (points - 1));
        return FACES[Math.max(0, Math.min(FACES.length - 1, index))];
    }

    /**
     * One bar per point of the scale, of growing height, as many filled as the answer's value; decorative for screen
     * readers.
     */
    static Node gauge(int value, int points) {
        HBox bars = new HBox(3);
        bars.setAlignment(Pos.BOTTOM_CENTER);
        bars.getStyleClass().add("likert-gauge");
        for (int i = 1; i <= points; i++) {
            Region bar = new Region();
            double height = 6 + i * 24.0 / points;
            bar.getStyleClass().addAll("likert-bar", i <= value ? "likert-bar-on" : "likert-bar-off");
            bar.setMinSize(7, height);
            bar.setPrefSize(7, height);
            bar.setMaxSize(7, height);
            bars.getChildren().add(bar);
        }
        bars.setMinWidth(Region.USE_PREF_SIZE);
        bars.setAccessibleRole(AccessibleRole.NODE);
        bars.setFocusTraversable(false);
        return bars;
    }
}
