package org.jalons.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Scene;

/** AtlantaFX Primer Light for the controls, plus the app's own named style classes in {@code jalons.css}. */
public final class Theme {
    private static final String USER_AGENT = new PrimerLight().getUserAgentStylesheet();
    private static final String STYLESHEET =
            Theme.class.getResource("jalons.css").toExternalForm();
    /** A font size the stylesheet gives in pixels (headings, intros, chips, markers…). */
    private static final Pattern PIXEL_FONT_SIZE = Pattern.compile("(-fx-font-size:\\s*)([0-9.]+)px");
    /** The scene property holding the stylesheet the scene uses now (the plain one, or one scaled). */
    private static final String SHEET_IN_USE = "jalons.stylesheet";

    private static String source;

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
        scene.getStylesheets().add(STYLESHEET);
        scene.getProperties().put(SHEET_IN_USE, STYLESHEET);
    }

    /**
     * Makes every font size the stylesheet gives in pixels follow the text size setting {@code scale}, as the
     * shell's body text does: the scene then uses the stylesheet with those sizes multiplied. Sizes in em are
     * left as they are: in JavaFX an em is the parent's size, so converting nested rules to em would compound
     * (a chip in a hint shrinking twice); multiplied pixels keep every text in the same proportion to the body
     * text at every size, and leave the stylesheet itself unchanged at 100 %.
     */
    public static void followTextScale(Scene scene, ObservableDoubleValue scale) {
        useScale(scene, scale.get());
        scale.addListener((obs, old, now) -> useScale(scene, now.doubleValue()));
    }

    private static void useScale(Scene scene, double scale) {
        // Whole percents: a slider being dragged does not parse the stylesheet again for every pixel it moves.
        long percent = Math.round(scale * 100);
        String sheet = percent == 100 ? STYLESHEET : scaled(percent / 100.0);
        Object inUse = scene.getProperties().get(SHEET_IN_USE);
        if (sheet.equals(inUse)) {
            return;
        }
        int at = scene.getStylesheets().indexOf(inUse);
        if (at < 0) {
            scene.getStylesheets().add(sheet);
        } else {
            scene.getStylesheets().set(at, sheet);
        }
        scene.getProperties().put(SHEET_IN_USE, sheet);
    }

    /** The stylesheet with its pixel font sizes multiplied by {@code scale}, as a data URL. */
    static String scaled(double scale) {
        Matcher m = PIXEL_FONT_SIZE.matcher(source());
        StringBuilder css = new StringBuilder();
        while (m.find()) {
            double px = Double.parseDouble(m.group(2)) * scale;
            m.appendReplacement(css, m.group(1) + String.format(Locale.ROOT, "%.2fpx", px));
        }
        m.appendTail(css);
        return "data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Theme.class.getResourceAsStream("jalons.css")) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
