package org.jalons.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from Ikonli's Material 2 pack, and icon-only buttons that still carry a text for screen readers. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon icon(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /** A square 48 px button showing only an icon; the text is its accessible name and tooltip. */
    public static Button iconButton(Ikon ikon, String text, Runnable action) {
        Button b = new Button(text, icon(ikon, 24));
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setAccessibleText(text);
        b.setTooltip(new Tooltip(text));
        b.getStyleClass().add("icon-button");
        b.setOnAction(e -> action.run());
        return b;
    }
}
