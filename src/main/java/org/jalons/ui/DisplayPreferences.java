package org.jalons.ui;

import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.jalons.platform.SettingsFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How this device shows things: easy-read mode (FALC: larger text, one question per screen, pictograms next to
 * every action, short sentences) and the text size. Kept in a small file of the app's private folder, outside the
 * encrypted store, because the unlock screen must already honour them. Every change is saved at once.
 */
public final class DisplayPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(DisplayPreferences.class);
    static final String FILE = "display.properties";
    public static final double MIN_SCALE = 0.85;
    public static final double MAX_SCALE = 2.0;

    private final SettingsFile file;
    private final BooleanProperty easyRead = new SimpleBooleanProperty(this, "easyRead");
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);

    public DisplayPreferences(Path appFolder) {
        this.file = new SettingsFile(appFolder.resolve(FILE));
        load();
        easyRead.addListener((obs, was, now) -> save());
        textScale.addListener((obs, was, now) -> {
            double clamped = Math.max(MIN_SCALE, Math.min(MAX_SCALE, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                textScale.set(clamped);
            } else {
                save();
            }
        });
    }

    /** Easy-read (FALC) mode. */
    public BooleanProperty easyReadProperty() {
        return easyRead;
    }

    public boolean isEasyRead() {
        return easyRead.get();
    }

    /** Text size relative to the system's, between {@link #MIN_SCALE} and {@link #MAX_SCALE}. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    private void load() {
        Properties p = file.read();
        easyRead.set(Boolean.parseBoolean(p.getProperty("easyRead", "false")));
        try {
            double scale = Double.parseDouble(p.getProperty("textScale", "1.0"));
            textScale.set(Double.isFinite(scale) ? Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale)) : 1.0);
        } catch (NumberFormatException e) {
            LOG.warn("The text size in the display settings is not a number; the default is used", e);
        }
    }

    private void save() {
        Properties p = new Properties();
        p.setProperty("easyRead", Boolean.toString(easyRead.get()));
        p.setProperty("textScale", Double.toString(textScale.get()));
        file.write(p, "Jalons display settings");
    }
}
