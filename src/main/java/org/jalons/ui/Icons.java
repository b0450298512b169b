package org.jalons.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/** Icons from Ikonli's Material 2 pack, and icon-only buttons that still carry a text for screen readers. */
public final class Icons {
    private Icons() {}

    /**
     * Reads the icon fonts on a thread of their own. Ikonli reads all five Material variants the first time an
     * icon is made (about 60 ms); called as the app starts, this happens while the first screen is built, and the
     * first icon only waits for what is left (Ikonli makes its resolver once, under a lock).
     */
    public static void loadFontsInBackground() {
        Thread fonts = new Thread(() -> IkonResolverProvider.getInstance(JavaFXFontLoader.getInstance()), "icon-fonts");
        fonts.setDaemon(true);
        fonts.start();
    }

    public static FontIcon icon(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        icon.getStyleClass().add("icon");
        return icon;
    }

    /**
     * A square 48 px button showing only an icon; the text is its accessible name and tooltip. The tooltip (a
     * mouse's hover: a phone has none) is made when the pointer first comes over the button: the first tooltip
     * costs the first screen about 40 ms (its class sets up timers and a popup window).
     */
    public static Button iconButton(Ikon ikon, String text, Runnable action) {
        Button b = new Button(text, icon(ikon, 24));
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setAccessibleText(text);
        b.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (b.getTooltip() == null) {
                b.setTooltip(new Tooltip(b.getAccessibleText()));
            }
        });
        b.getStyleClass().add("icon-button");
        b.setOnAction(e -> action.run());
        return b;
    }
}
