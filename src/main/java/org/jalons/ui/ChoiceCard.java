package org.jalons.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.ui.kit.WordFit;
import org.kordamp.ikonli.Ikon;

/**
 * A large tappable card: icon, title and one sentence saying what happens. Built as a layout rather than a
 * button's graphic so that long titles wrap to the card's width instead of being cut or squeezed. It still
 * behaves as a button: focusable, Enter/Space, and announced as a button by screen readers.
 */
public final class ChoiceCard extends HBox {
    private static final double FLOOR = 0.6;
    private Runnable action = () -> {};
    private final List<Label> words;
    private final WordFit wordsFit;

    public ChoiceCard(Ikon icon, String title, String hint) {
        super(16);
        getStyleClass().add("choice-card");
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(title);
        this.words = List.of(Components.text(title, "choice-title"), Components.text(hint, "choice-hint"));
        // A long word ("démonstration" at twice the text size) shrinks the card's words a little, never splits.
        this.wordsFit = WordFit.fit(words, FLOOR);
        VBox text = new VBox(4);
        text.getChildren().addAll(words);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(Icons.icon(icon, 32), text);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isDisabled()) {
                action.run();
            }
        });
        setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && !isDisabled()) {
                action.run();
                e.consume();
            }
        });
    }

    /**
     * Fits the words of {@code cards} together, one size for all, so the choices of one list (the answers of a
     * scale) look alike when one of them has to shrink.
     */
    public static void fitTogether(List<ChoiceCard> cards) {
        cards.forEach(c -> c.wordsFit.setOn(false));
        WordFit.fit(cards.stream().flatMap(c -> c.words.stream()).toList(), FLOOR);
    }

    public ChoiceCard onAction(Runnable newAction) {
        this.action = newAction;
        return this;
    }

    @Override
    public void executeAccessibleAction(AccessibleAction a, Object... parameters) {
        if (a == AccessibleAction.FIRE) {
            action.run();
        } else {
            super.executeAccessibleAction(a, parameters);
        }
    }
}
