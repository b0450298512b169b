package org.jalons.ui;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.ui.kit.WordFit;

/**
 * A barrier's status as three joined pills, "point d'appui", "besoin", "non exploré", the chosen one filled; the
 * beneficiary file and the home visit show the same. An area the person has not consented to can only stay "not
 * explored". A tap on the chosen pill keeps it chosen (a toggle would clear it) and chooses nothing.
 */
public final class BarrierStatusPills extends HBox {
    private static final BarrierStatus[] ORDER = {
        BarrierStatus.POINT_APPUI, BarrierStatus.BESOIN, BarrierStatus.NON_EXPLORE
    };
    private static final String[] PILLS = {Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL};

    private BarrierStatus chosen;

    /**
     * @param idPrefix each pill's id is {@code idPrefix-<status>} in lower case; null for none
     * @param name the barrier's name, which screen readers hear before each status
     * @param onChoose called with the status tapped; null when the statuses are only shown
     */
    public BarrierStatusPills(
            String idPrefix,
            String name,
            Function<BarrierStatus, String> label,
            BarrierStatus current,
            boolean allowed,
            Consumer<BarrierStatus> onChoose) {
        this.chosen = current;
        getStyleClass().add("barrier-toggles");
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < ORDER.length; i++) {
            BarrierStatus s = ORDER[i];
            ToggleButton t = new ToggleButton(label.apply(s));
            String status = s.name().toLowerCase(Locale.ROOT);
            if (idPrefix != null) {
                t.setId(idPrefix + "-" + status);
            }
            t.getStyleClass().addAll(PILLS[i], "barrier-" + status);
            t.setToggleGroup(group);
            t.setSelected(s == current);
            t.setMaxWidth(Double.MAX_VALUE);
            WordFit.neverSplitWords(t); // the row gives way between words, never inside "Besoin"
            HBox.setHgrow(t, Priority.ALWAYS);
            t.setAccessibleText(name + " : " + label.apply(s));
            t.setDisable(onChoose == null || (!allowed && s != BarrierStatus.NON_EXPLORE));
            t.setOnAction(e -> {
                if (s != chosen && onChoose != null) {
                    chosen = s;
                    onChoose.accept(s);
                } else {
                    t.setSelected(true);
                }
            });
            getChildren().add(t);
        }
    }
}
