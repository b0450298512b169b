package org.jalons.ui;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import org.jalons.i18n.Messages;
import org.kordamp.ikonli.Ikon;

/**
 * How a screen speaks and looks on this device: in easy-read mode (FALC) every text comes from its {@code .easy}
 * key (short sentences, common words) and everything is larger; the text size setting scales all of it, live (the
 * font size follows the setting). "Mon parcours", the settings and the sync screens share it. The mode is read when
 * a screen is built; switching it builds the current screen again ({@link org.jalons.ui.LiveDisplay}).
 */
public final class EasyRead {
    /** The shell's body text size (jalons.css, .app-shell), which the text size setting multiplies. */
    static final double BASE_FONT_PX = 15;

    static final double EASY_READ_FACTOR = 1.25;

    private final Messages messages;
    private final boolean on;
    private final ObservableDoubleValue scale;

    public EasyRead(Messages messages, boolean on, double scale) {
        this(messages, on, new SimpleDoubleProperty(scale));
    }

    /** Follows {@code scale} as it changes (the text size setting). */
    public EasyRead(Messages messages, boolean on, ObservableDoubleValue scale) {
        this.messages = messages;
        this.on = on;
        this.scale = scale;
    }

    /** The device's mode and text size; plain texts when the app provides no display preferences. */
    public static EasyRead of(Messages messages, DisplayPreferences display) {
        return display == null
                ? new EasyRead(messages, false, 1.0)
                : new EasyRead(messages, display.isEasyRead(), display.textScaleProperty());
    }

    public boolean isOn() {
        return on;
    }

    public Messages messages() {
        return messages;
    }

    /** The text of a key, in its easy-read version when the mode is on. */
    public String get(String key, Object... args) {
        return messages.get(on ? key + ".easy" : key, args);
    }

    /** A vocabulary code's label (a theme, a status), in its easy-read words when the mode is on. */
    public String label(org.jalons.protocol.Code code) {
        return on ? messages.get(code.labelKey() + ".easy") : messages.label(code);
    }

    public double fontSize() {
        return BASE_FONT_PX * scale.get() * (on ? EASY_READ_FACTOR : 1);
    }

    /** Sets the screen's root font size; the beneficiary styles are in em, so everything follows it. */
    public <N extends Node> N apply(N root) {
        root.getStyleClass().add("beneficiary");
        if (on) {
            root.getStyleClass().add("easy-read");
        }
        root.styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize()), scale));
        return root;
    }

    /**
     * Marks a screen outside "Mon parcours" (settings, sync): its own sizes, all of them larger in easy-read mode
     * ({@code .easy-read-screen}, relative to the shell's size, which follows the text size setting).
     */
    public <N extends Node> N enlarge(N root) {
        if (on) {
            root.getStyleClass().add("easy-read-screen");
        }
        return root;
    }

    /**
     * In easy-read mode, puts the action's pictogram before its words and makes the button big (FALC: a picture
     * next to every action); otherwise leaves the button as it is.
     */
    public <B extends ButtonBase> B pictogram(B button, Ikon icon) {
        if (on) {
            button.setGraphic(Icons.icon(icon, 24));
            button.setContentDisplay(ContentDisplay.LEFT);
            button.setWrapText(true);
            button.setMinHeight(Button.USE_PREF_SIZE);
            button.getStyleClass().add("my-action");
        }
        return button;
    }

    /** A wide button with a pictogram before its words (FALC: a picture next to every action). */
    public static Button action(String id, Ikon icon, String text, Runnable onAction) {
        Button b = new Button(text, Icons.icon(icon, 24));
        b.setId(id);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Button.USE_PREF_SIZE);
        b.setAccessibleText(text);
        b.getStyleClass().add("my-action");
        b.setOnAction(e -> onAction.run());
        return b;
    }
}
