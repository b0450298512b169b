package org.jalons.ui.kit;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A short message at the bottom of the window (Material's snackbar): "it is done", with at most one action such as
 * "Undo". One at a time: a new message replaces the one shown. It hides itself after {@link #SHORT} ({@link #LONG}
 * with an action, to leave time to reach it), never while it has the focus or the pointer. It sits above the
 * bottom navigation (a node with the style class {@code bottom-navigation}) and screen readers read it as it comes.
 */
public final class Snackbar extends HBox {
    public static final Duration SHORT = Duration.seconds(4);
    public static final Duration LONG = Duration.seconds(8);

    private final Overlay overlay;
    private final Label text = new Label();
    private final Button action = new Button();
    private final PauseTransition timer = new PauseTransition();
    private Runnable onAction;

    Snackbar(Overlay overlay) {
        super(8);
        this.overlay = overlay;
        setId("snackbar");
        getStyleClass().add("snackbar");
        setAlignment(Pos.CENTER_LEFT);
        setMaxWidth(560);
        setMaxHeight(Region.USE_PREF_SIZE);
        text.setId("snackbar-text");
        text.getStyleClass().add("snackbar-text");
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        action.setId("snackbar-action");
        action.getStyleClass().add("snackbar-action");
        action.setWrapText(true);
        action.setMinHeight(Button.USE_PREF_SIZE);
        action.setMinWidth(Button.USE_PREF_SIZE);
        action.setOnAction(e -> {
            Runnable chosen = onAction;
            hide();
            if (chosen != null) {
                chosen.run();
            }
        });
        getChildren().addAll(text, action);
        setAccessibleRole(AccessibleRole.TEXT);
        setVisible(false);
        timer.setOnFinished(e -> {
            if (!isFocusWithin() && !isHover()) {
                hide();
            }
        });
        focusWithinProperty().addListener((obs, was, now) -> restartUnlessHeld());
        hoverProperty().addListener((obs, was, now) -> restartUnlessHeld());
    }

    /** Shows {@code message} in the app's window (nothing when no window is shown). */
    public static void show(String message) {
        Overlay.current().ifPresent(o -> o.snackbar().say(message, null, null));
    }

    /** Shows {@code message} with one action ({@code actionText}, e.g. "Undo") that runs {@code onAction}. */
    public static void show(String message, String actionText, Runnable onAction) {
        Overlay.current().ifPresent(o -> o.snackbar().say(message, actionText, onAction));
    }

    /** The snackbar of {@code overlay}, for a caller that holds it. */
    public static Snackbar of(Overlay overlay) {
        return overlay.snackbar();
    }

    /** Shows {@code message}, with an action when {@code actionText} is not null; replaces what was shown. */
    public void say(String message, String actionText, Runnable onAction) {
        this.onAction = onAction;
        text.setText(message);
        boolean hasAction = actionText != null && onAction != null;
        action.setText(hasAction ? actionText : "");
        action.setAccessibleText(hasAction ? actionText : null);
        action.setVisible(hasAction);
        action.setManaged(hasAction);
        StackPane.setMargin(this, new Insets(8, 8, 8 + bottomNavigationHeight(), 8));
        toFront();
        setVisible(true);
        setAccessibleText(hasAction ? message + " " + actionText : message);
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        timer.setDuration(hasAction ? LONG : SHORT);
        timer.playFromStart();
    }

    /** Hides it at once; its action can no longer be taken. */
    public void hide() {
        timer.stop();
        onAction = null;
        setVisible(false);
    }

    public boolean isShowing() {
        return isVisible();
    }

    private void restartUnlessHeld() {
        if (isVisible() && !isFocusWithin() && !isHover()) {
            timer.playFromStart();
        } else {
            timer.stop();
        }
    }

    private double bottomNavigationHeight() {
        Node nav = overlay.content().lookup(".bottom-navigation");
        return nav != null && nav.isVisible() ? nav.getBoundsInParent().getHeight() : 0;
    }
}
