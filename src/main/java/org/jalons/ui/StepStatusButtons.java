package org.jalons.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.ui.kit.WordFit;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A step's status as big buttons, two by two, each with its pictogram and a short word (easy-read: one tap instead
 * of a drop-down list). The status the step has is the selected button, filled; a tap on another one chooses it at
 * once. Screen readers hear a group of radio buttons: the word of each, the question they answer, which is chosen.
 */
public final class StepStatusButtons extends GridPane {
    private final Map<StepStatus, ToggleButton> buttons = new EnumMap<>(StepStatus.class);
    private final ToggleGroup group = new ToggleGroup();
    private boolean showing;

    /**
     * @param idPrefix each button's id is {@code idPrefix-<STATUS>}
     * @param question what the buttons answer ("Où j'en suis pour « … »"), for screen readers
     */
    public StepStatusButtons(
            String idPrefix, String question, Function<StepStatus, String> word, Consumer<StepStatus> onChoose) {
        setHgap(8);
        setVgap(8);
        setId(idPrefix);
        getStyleClass().add("step-status-buttons");
        setAccessibleText(question);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(half);
        }
        StepStatus[] all = StepStatus.values();
        for (int i = 0; i < all.length; i++) {
            StepStatus status = all[i];
            ToggleButton b = new ToggleButton(word.apply(status), Icons.icon(icon(status), 24));
            b.setId(idPrefix + "-" + status.name());
            b.setToggleGroup(group);
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinHeight(ToggleButton.USE_PREF_SIZE);
            b.setAccessibleRole(AccessibleRole.RADIO_BUTTON);
            b.setAccessibleText(word.apply(status));
            b.setAccessibleHelp(question);
            b.getStyleClass().add("step-status-button");
            b.setOnAction(e -> {
                if (showing) {
                    return;
                }
                if (!b.isSelected()) {
                    // A tap on the status the step already has keeps it chosen (a toggle would clear it).
                    b.setSelected(true);
                    return;
                }
                onChoose.accept(status);
            });
            buttons.put(status, b);
            add(b, i % 2, i / 2);
        }
        // Two by two, a word ("Arrêté") wider than half the line at twice the text size: the four shrink alike.
        WordFit.fit(List.copyOf(buttons.values()), 0.6);
    }

    /** Marks the step's status as stored, without choosing anything. */
    public void show(StepStatus status) {
        showing = true;
        try {
            ToggleButton b = status == null ? null : buttons.get(status);
            group.selectToggle(b);
        } finally {
            showing = false;
        }
    }

    /** The chosen status, or null. */
    public StepStatus selected() {
        return buttons.entrySet().stream()
                .filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** An empty circle to do, half filled in progress, ticked done, barred given up. */
    public static Ikon icon(StepStatus status) {
        return switch (status) {
            case A_FAIRE -> Material2MZ.RADIO_BUTTON_UNCHECKED;
            case EN_COURS -> Material2MZ.TIMELAPSE;
            case REALISEE -> Material2AL.CHECK_CIRCLE;
            case ABANDONNEE -> Material2AL.BLOCK;
        };
    }
}
