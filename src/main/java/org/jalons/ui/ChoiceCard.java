package org.jalons.ui;

import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/**
 * A large tappable card: icon, title and one sentence saying what happens. Built as a layout rather than a
 * button's graphic so that long titles wrap to the card's width instead of being cut or squeezed. It still
 * behaves as a button: focusable, Enter/Space, and announced as a button by screen readers.
 */
public final class ChoiceCard extends HBox {
    private Runnable action = () -> {};

    public ChoiceCard(Ikon icon, String title, String hint) {
        super(16);
        getStyleClass().add("choice-card");
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(title);
        VBox text = new VBox(4, Components.text(title, "choice-title"), Components.text(hint, "choice-hint"));
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
