package org.jalons.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Messages;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.UnlockException;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PIN screen: opens the own profile, and says in plain words why it did not open. */
public final class UnlockViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(UnlockViewModel.class);

    private final Profiles profiles;
    private final Background background;
    /** The refusals' words: easy-read ones when the setting is on. */
    private final EasyRead texts;

    private final Clock clock;
    private final ZoneId zone;
    private final Consumer<LocalStore> onUnlocked;

    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public UnlockViewModel(
            Profiles profiles,
            Background background,
            Messages messages,
            Clock clock,
            ZoneId zone,
            Consumer<LocalStore> onUnlocked) {
        this(profiles, background, new EasyRead(messages, false, 1.0), clock, zone, onUnlocked);
    }

    /** The same, whose refusals speak easy-read when {@code texts} does. */
    public UnlockViewModel(
            Profiles profiles,
            Background background,
            EasyRead texts,
            Clock clock,
            ZoneId zone,
            Consumer<LocalStore> onUnlocked) {
        this.profiles = profiles;
        this.background = background;
        this.texts = texts;
        this.clock = clock;
        this.zone = zone;
        this.onUnlocked = onUnlocked;
    }

    public void unlock() {
        if (busy.get()) {
            return;
        }
        char[] secret = pin.get().toCharArray();
        if (secret.length == 0) {
            error.set(texts.get("unlock.pinRequired"));
            return;
        }
        error.set("");
        busy.set(true);
        background.run(
                () -> profiles.unlock(secret),
                store -> {
                    busy.set(false);
                    pin.set("");
                    onUnlocked.accept(store);
                },
                failure -> {
                    busy.set(false);
                    pin.set("");
                    error.set(describe(failure));
                });
    }

    /** The sentence a person reads for each way the unlock can fail. */
    String describe(Throwable failure) {
        if (!(failure instanceof UnlockException e)) {
            LOG.error("Unlocking failed unexpectedly", failure);
            return texts.get("error.unexpected");
        }
        if (e.reason() != UnlockException.Reason.WRONG_PIN) {
            LOG.warn("Unlock refused: {} ({})", e.reason(), e.getMessage());
        }
        return switch (e.reason()) {
            case WRONG_PIN ->
                e.retryAt() != null
                        ? texts.get("unlock.WRONG_PIN.wait", when(e.retryAt()))
                        : texts.get("unlock.WRONG_PIN", e.attemptsBeforeDelay());
            case LOCKED_OUT -> texts.get("unlock.LOCKED_OUT", when(e.retryAt()));
            default -> texts.get("unlock." + e.reason().name());
        };
    }

    /** "14:32" today, "26/11/2026 14:32" another day. */
    private String when(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = at.atZone(zone);
        boolean today = local.toLocalDate().equals(LocalDate.ofInstant(clock.instant(), zone));
        return today ? DateFormats.time(local.toLocalTime()) : DateFormats.shortDateTime(local);
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
