package org.jalons.beneficiary;

import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the "add my own" forms share: the store, a draft of what is typed, saving off the screen's thread. */
abstract class FormModel {
    private static final Logger LOG = LoggerFactory.getLogger(FormModel.class);

    protected final LocalStore store;
    protected final Background background;
    protected final EasyRead texts;
    protected final FormDraft draft;
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    FormModel(LocalStore store, Background background, EasyRead texts, String draftKey) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.draft = new FormDraft(store.drafts(), background, draftKey);
    }

    protected UUID me() {
        return store.profile().beneficiaryId();
    }

    /** A required text: the message to show, or "" when it is fine. */
    protected String check(String value, int max, String missingKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return texts.get(missingKey);
        }
        return text.length() > max ? texts.get("my.tooLong", text.length(), max) : "";
    }

    /** Writes the record on the store thread; the draft goes only once the record is safely stored. */
    protected void write(Callable<?> work, Runnable onSaved) {
        busy.set(true);
        error.set("");
        background.run(work, saved -> {
            busy.set(false);
            draft.clear();
            onSaved.run();
        }, failure -> {
            busy.set(false);
            LOG.error("A record of mine could not be saved", failure);
            error.set(texts.get("my.saveFailed"));
        });
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
