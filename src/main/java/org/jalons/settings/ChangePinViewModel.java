package org.jalons.settings;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.Violation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.UnlockException;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes the PIN that encrypts this phone's data. The current PIN is checked first, with the store still open;
 * then the store closes, is re-encrypted with the new PIN and opens again. If the re-encryption fails, the store
 * opens again with the current PIN and nothing has changed.
 */
public final class ChangePinViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChangePinViewModel.class);

    /** The steps, each on its thread: check (background), close (screen), change and reopen (background), reopened (screen). */
    public interface PinStore {
        void verify(char[] current) throws UnlockException;

        void close();

        /** Re-encrypts and reopens with the new PIN; when that fails, reopens with the current one (changed false). */
        Reopened changeAndReopen(char[] current, char[] next) throws Exception;

        /** Shows the reopened store (screen thread); null when it could not be opened again (then: unlock). */
        void reopened(Reopened result);
    }

    /** The store open again, and whether it is now encrypted with the new PIN. */
    public record Reopened(LocalStore store, boolean changed) {}

    private final PinStore pins;
    private final Background background;
    private final EasyRead texts;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final StringProperty currentError = new SimpleStringProperty(this, "currentError", "");
    private final StringProperty nextError = new SimpleStringProperty(this, "nextError", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public ChangePinViewModel(PinStore pins, Background background, EasyRead texts) {
        this.pins = pins;
        this.background = background;
        this.texts = texts;
    }

    public void change() {
        if (busy.get()) {
            return;
        }
        currentError.set("");
        nextError.set("");
        error.set("");
        char[] old = current.get().toCharArray();
        char[] pin = next.get().toCharArray();
        if (old.length == 0) {
            currentError.set(texts.get("unlock.pinRequired"));
            return;
        }
        List<Violation> problems =
                Profiles.pinViolations(pin, confirmation.get().toCharArray());
        if (!problems.isEmpty()) {
            nextError.set(rule(problems.get(0)));
            return;
        }
        if (Arrays.equals(old, pin)) {
            nextError.set(texts.get("settings.pin.same"));
            return;
        }
        busy.set(true);
        background.run(
                () -> {
                    pins.verify(old);
                    return null;
                },
                verified -> {
                    pins.close();
                    background.run(
                            () -> pins.changeAndReopen(old, pin),
                            result -> {
                                busy.set(false);
                                clear();
                                pins.reopened(result);
                            },
                            failure -> {
                                busy.set(false);
                                LOG.error("Changing the PIN failed and the store could not be opened again", failure);
                                error.set(texts.get("settings.pin.failed"));
                                pins.reopened(null);
                            });
                },
                failure -> {
                    busy.set(false);
                    current.set("");
                    currentError.set(
                            failure instanceof UnlockException e && e.reason() == UnlockException.Reason.WRONG_PIN
                                    ? texts.get("settings.pin.wrong")
                                    : texts.get("settings.pin.failed"));
                });
    }

    /** A PIN rule of the domain in the person's words (its easy-read version lives with the settings texts). */
    private String rule(Violation broken) {
        return texts.isOn()
                ? texts.get("settings.pin.rule." + broken.key(), broken.args())
                : texts.messages().violation(broken);
    }

    private void clear() {
        current.set("");
        next.set("");
        confirmation.set("");
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty currentErrorProperty() {
        return currentError;
    }

    public ReadOnlyStringProperty nextErrorProperty() {
        return nextError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
