package org.jalons.syncui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;

/**
 * What the conflicts and refused-changes screens share: a list of cards read in the background, busy / error /
 * info, and an action on one card that, once done, says so, tells the rest of the app and reads the list again.
 */
public abstract class CardListViewModel<T> {
    protected final LocalStore store;
    protected final Background background;
    protected final EasyRead texts;
    private final Runnable afterAction;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** Read and found nothing: the screen says so rather than staying blank (not after a failed read). */
    private final BooleanProperty empty = new SimpleBooleanProperty(this, "empty");

    protected final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty info = new SimpleStringProperty(this, "info", "");
    private Runnable undo;

    protected CardListViewModel(LocalStore store, Background background, EasyRead texts, Runnable afterAction) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.afterAction = afterAction;
    }

    /** Reads the cards; runs in the background. */
    protected abstract List<T> read(RecordWords words) throws Exception;

    /** Logs a failed read (each screen with its own logger and words). */
    protected abstract void logLoadFailure(Throwable failure);

    public void load() {
        busy.set(true);
        background.run(
                () -> read(new RecordWords(texts, store)),
                list -> {
                    busy.set(false);
                    items.setAll(list);
                    empty.set(list.isEmpty());
                },
                failure -> {
                    busy.set(false);
                    empty.set(false);
                    logLoadFailure(failure);
                    error.set(texts.get("error.unexpected"));
                });
    }

    /**
     * Runs an action on one card unless one is already running: on success shows {@code doneKey}, runs the
     * after-action hook and reloads; on failure logs and shows {@code failedKey}.
     */
    protected void act(Callable<?> work, String doneKey, String failedKey, Consumer<Throwable> log) {
        act(work, doneKey, done -> null, failedKey, log);
    }

    /**
     * The same, with a way back: {@code undoOf} turns what the action gave into the Undo said with {@code doneKey}
     * (null: none).
     */
    protected <R> void act(
            Callable<R> work,
            String doneKey,
            Function<? super R, Runnable> undoOf,
            String failedKey,
            Consumer<Throwable> log) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        background.run(
                work,
                done -> {
                    busy.set(false);
                    undo = undoOf.apply(done);
                    // said again even when the words are the same as last time's
                    info.set("");
                    info.set(texts.get(doneKey));
                    afterAction.run();
                    load();
                },
                failure -> {
                    busy.set(false);
                    log.accept(failure);
                    error.set(texts.get(failedKey));
                });
    }

    public ObservableList<T> items() {
        return items;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once a read found no card; false while there are cards or when the read failed. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty infoProperty() {
        return info;
    }

    /** The way back from the action {@link #infoProperty()} just said is done, or null. */
    public Runnable undo() {
        return undo;
    }
}
