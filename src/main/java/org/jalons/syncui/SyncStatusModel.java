package org.jalons.syncui;

import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncStatus;
import org.jalons.ui.EasyRead;

/**
 * The sync status as JavaFX properties (DESIGN.md invariant 13). {@link SyncStatus} values arrive on the sync
 * thread; they are handed to the screen's thread through {@code fx} ({@code Platform::runLater} in the app, a
 * direct call in tests). Texts follow the language, easy-read mode and the clock ({@link #tick()} keeps "il y a
 * 5 min" true).
 */
public final class SyncStatusModel {
    private final Messages messages;
    private final Clock clock;
    private final Executor fx;
    private final BooleanProperty easyRead = new SimpleBooleanProperty(this, "easyRead");
    private final BooleanProperty demo = new SimpleBooleanProperty(this, "demo");

    private final ObjectProperty<SyncStatus> status = new SimpleObjectProperty<>(this, "status");
    private final BooleanProperty available = new SimpleBooleanProperty(this, "available");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final IntegerProperty pending = new SimpleIntegerProperty(this, "pending");
    private final IntegerProperty conflicts = new SimpleIntegerProperty(this, "conflicts");
    private final IntegerProperty rejected = new SimpleIntegerProperty(this, "rejected");
    private final StringProperty pendingText = new SimpleStringProperty(this, "pendingText", "");
    private final StringProperty lastSyncText = new SimpleStringProperty(this, "lastSyncText", "");
    private final StringProperty errorText = new SimpleStringProperty(this, "errorText", "");
    private final StringProperty briefText = new SimpleStringProperty(this, "briefText", "");
    private final StringProperty restoredText = new SimpleStringProperty(this, "restoredText", "");

    public SyncStatusModel(Messages messages, Clock clock, Executor fx) {
        this.messages = messages;
        this.clock = clock;
        this.fx = fx;
        messages.languageProperty().addListener((obs, was, now) -> tick());
        easyRead.addListener((obs, was, now) -> tick());
    }

    /** A new status from the sync service (any thread). */
    public void accept(SyncStatus next) {
        fx.execute(() -> show(next));
    }

    /** The open store is the demo organisation (or not): it is never paired, nothing of it is ever sent. */
    public void demo(boolean value) {
        fx.execute(() -> {
            demo.set(value);
            tick();
        });
    }

    /** No store is open any more. */
    public void clear() {
        fx.execute(() -> {
            demo.set(false);
            status.set(null);
            available.set(false);
            running.set(false);
            pending.set(0);
            conflicts.set(0);
            rejected.set(0);
            pendingText.set("");
            lastSyncText.set("");
            errorText.set("");
            briefText.set("");
            restoredText.set("");
        });
    }

    private void show(SyncStatus next) {
        status.set(next);
        available.set(true);
        running.set(next.running());
        pending.set(next.pendingCount());
        conflicts.set(next.openConflicts());
        rejected.set(next.rejectedCount());
        tick();
    }

    /** Recomputes the texts (time passed, language changed). Call on the screen's thread. */
    public void tick() {
        SyncStatus s = status.get();
        if (s == null) {
            return;
        }
        if (demo.get()) {
            // a demo has no server: no count of what would be sent, no last sync, no failure to report
            pendingText.set(texts().get("sync.demo.details"));
            lastSyncText.set("");
            errorText.set("");
            briefText.set(texts().get("sync.demo.short"));
            restoredText.set("");
            return;
        }
        SyncStatusText text = new SyncStatusText(texts());
        pendingText.set(text.pending(s));
        lastSyncText.set(s.running() ? texts().get("sync.running") : text.lastSuccess(s, clock.instant()));
        errorText.set(text.error(s));
        briefText.set(text.brief(s));
        restoredText.set(text.restored(s));
    }

    /** The texts in the mode the status is said in now. */
    public EasyRead texts() {
        return new EasyRead(messages, easyRead.get(), 1.0);
    }

    /** Whether the status is said in easy-read words (FALC); it follows the display preferences. */
    public BooleanProperty easyReadProperty() {
        return easyRead;
    }

    /** Whether the open store is the demo organisation, which is never sent anywhere. */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo;
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status;
    }

    /** Whether a store is open and its sync status known. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending;
    }

    public ReadOnlyIntegerProperty conflictsProperty() {
        return conflicts;
    }

    public ReadOnlyIntegerProperty rejectedProperty() {
        return rejected;
    }

    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText;
    }

    public ReadOnlyStringProperty lastSyncTextProperty() {
        return lastSyncText;
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText;
    }

    /** "" or what the phone did after the organisation's data was restored from a backup (for a day). */
    public ReadOnlyStringProperty restoredTextProperty() {
        return restoredText;
    }

    /** The bar's short status ("2 à envoyer", "1 à voir", "À jour"), see {@link SyncStatusText#brief}. */
    public ReadOnlyStringProperty briefTextProperty() {
        return briefText;
    }
}
