package org.jalons.settings;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.ui.Background;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of this phone: language, easy-read mode, text size, and "sign out and wipe this device", whose
 * question says exactly what would be lost (the changes not sent yet) before anything is erased.
 */
public final class SettingsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);

    /** What wiping needs from the app: count what is unsent, close the store, erase it, go to the start. */
    public interface Wiper {
        /** Changes not on the server yet: pending plus refused ones (read on the background thread). */
        int unsentChanges();

        /** Closes the store and stops its sync (screen thread). */
        void close();

        /** Erases this profile's folder (background thread, the store being closed). */
        void erase() throws Exception;

        /** Shows where the app starts now (screen thread). */
        void done();
    }

    private final Messages messages;
    private final DisplayPreferences display;
    private final Background background;
    private final Wiper wiper;
    private final StringProperty wipeQuestion = new SimpleStringProperty(this, "wipeQuestion", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public SettingsViewModel(Messages messages, DisplayPreferences display, Background background, Wiper wiper) {
        this.messages = messages;
        this.display = display;
        this.background = background;
        this.wiper = wiper;
    }

    /** The texts as the person reads them now: in easy-read words while that mode is on. */
    public EasyRead texts() {
        return EasyRead.of(messages, display);
    }

    public Language language() {
        return messages.language();
    }

    /** Switches the language at once; the app remembers it and redraws the screen. */
    public void chooseLanguage(Language language) {
        messages.setLanguage(language);
    }

    public BooleanProperty easyReadProperty() {
        return display.easyReadProperty();
    }

    public javafx.beans.property.DoubleProperty textScaleProperty() {
        return display.textScaleProperty();
    }

    /** "Taille du texte : 120 %". */
    public StringBinding textScaleLabel() {
        return Bindings.createStringBinding(
                () -> texts().get(
                                "settings.textSize.value",
                                Math.round(display.textScaleProperty().get() * 100)),
                display.textScaleProperty(),
                display.easyReadProperty());
    }

    /** Counts what is unsent, then fills {@link #wipeQuestionProperty()} and calls {@code ask} with the sentence. */
    public void prepareWipe(Runnable ask) {
        busy.set(true);
        background.run(
                wiper::unsentChanges,
                unsent -> {
                    busy.set(false);
                    wipeQuestion.set(wipeText(unsent));
                    ask.run();
                },
                failure -> {
                    busy.set(false);
                    LOG.error("Counting the unsent changes failed", failure);
                    // Not knowing is said as such: the person must not believe everything was sent.
                    wipeQuestion.set(texts().get("settings.wipe.unknown"));
                    ask.run();
                });
    }

    String wipeText(int unsent) {
        return unsent == 0 ? texts().get("settings.wipe.allSynced") : texts().get("settings.wipe.unsent", unsent);
    }

    /** Erases this phone's profile; only after the person confirmed the question. */
    public void wipe() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        wiper.close();
        background.run(
                () -> {
                    wiper.erase();
                    return null;
                },
                done -> {
                    busy.set(false);
                    LOG.info("This device's profile was wiped at the person's request");
                    wiper.done();
                },
                failure -> {
                    busy.set(false);
                    LOG.error("Wiping the profile failed", failure);
                    error.set(texts().get("settings.wipe.failed"));
                    wiper.done();
                });
    }

    public ReadOnlyStringProperty wipeQuestionProperty() {
        return wipeQuestion;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    static String percent(double scale) {
        return String.format(Locale.ROOT, "%d", Math.round(scale * 100));
    }
}
