package org.jalons.ui.kit;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.Ikon;

/**
 * The floating action button: the main "add" of a list, round, 56 px, at the bottom right over the content. Its text
 * is its accessible name (the button shows its icon only). Id {@code fab} unless given another.
 */
public final class Fab extends Button {
    private static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");

    public Fab(Ikon icon, String text, Runnable action) {
        super(text, Icons.icon(icon, 26));
        setId("fab");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setAccessibleText(text);
        getStyleClass().add("fab");
        setMinSize(56, 56);
        setPrefSize(56, 56);
        setMaxSize(56, 56);
        setOnAction(e -> action.run());
    }

    /**
     * Shows the text beside the icon (Material's extended button), for an action an icon alone would not say,
     * such as starting a home visit; it grows with the text and wraps when the text is large.
     */
    public Fab extended() {
        setWrapText(true);
        getStyleClass().add("fab-extended");
        showWords(true);
        return this;
    }

    /**
     * An extended button with its words (growing with them), or collapsed to the round 56 px button of Material,
     * its icon in the middle; either way its words stay its accessible name.
     */
    private void showWords(boolean words) {
        pseudoClassStateChanged(COLLAPSED, !words);
        if (words) {
            setContentDisplay(ContentDisplay.LEFT);
            setPrefSize(USE_COMPUTED_SIZE, USE_COMPUTED_SIZE);
            setMaxSize(320, USE_PREF_SIZE);
        } else {
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefSize(56, 56);
            setMaxSize(56, 56);
        }
    }

    /**
     * {@code content} with this button floating over its bottom right corner. An extended button over a scrolling
     * screen collapses to the round button once the screen is scrolled (as Material's does), so that it does not
     * hide the middle of the lines scrolled under it; back at the top it says its words again.
     */
    public Node over(Node content) {
        if (content instanceof ScrollPane scroll) {
            scroll.vvalueProperty().addListener((obs, old, v) -> {
                if (getStyleClass().contains("fab-extended")) {
                    showWords(v.doubleValue() <= scroll.getVmin());
                }
            });
        }
        StackPane stack = new StackPane(content, this);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(0, 16, 16, 0));
        stack.getStyleClass().add("fab-holder");
        return stack;
    }
}
