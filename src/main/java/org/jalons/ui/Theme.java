package org.jalons.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer Light for the controls, plus the app's own named style classes in {@code jalons.css}. */
public final class Theme {
    private static final String USER_AGENT = new PrimerLight().getUserAgentStylesheet();

    private Theme() {}

    /**
     * Makes Primer Light the user agent stylesheet. Called before the first control is created, it saves the first
     * frame JavaFX's own Modena, which the first {@code Control} otherwise loads (and Primer Light then replaces).
     */
    public static void useUserAgentStylesheet() {
        if (!USER_AGENT.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(USER_AGENT);
        }
    }

    public static void apply(Scene scene) {
        useUserAgentStylesheet();
        scene.getStylesheets().add(Theme.class.getResource("jalons.css").toExternalForm());
    }
}
