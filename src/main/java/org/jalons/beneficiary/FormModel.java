package org.jalons.beneficiary;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.TextRule;
import org.jalons.domain.ValidationException;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.jalons.ui.form.FormState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the "add my own" forms share: the store, a draft of what is typed, saving off the screen's thread, and in
 * easy-read mode the question the person is on (one question per screen), kept in the draft with the answers so
 * that leaving, a lock or a restart comes back to the same question.
 */
public abstract class FormModel {
    private static final Logger LOG = LoggerFactory.getLogger(FormModel.class);

    protected final LocalStore store;
    protected final Background background;
    protected final EasyRead texts;
    protected final FormState form;
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty page = new SimpleStringProperty(this, "page", "");
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex");

    protected FormModel(LocalStore store, Background background, EasyRead texts, DraftKey draftKey) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.form = new FormState(store.drafts(), background, draftKey);
        form.add("page", page);
        page.addListener((obs, was, now) -> pageIndex.set(parsePage(now)));
        pageIndex.addListener((obs, was, now) -> page.set(now.intValue() == 0 ? "" : now.toString()));
    }

    /**
     * Reads the draft (on the store thread) once the subclass declared its fields; {@code onLoaded} then sets what
     * depends on the answers kept (a default choice, a photo to show).
     */
    protected void loadDraft(Runnable onLoaded) {
        form.load(content -> onLoaded.run());
    }

    private static int parsePage(String s) {
        try {
            return s == null || s.isEmpty() ? 0 : Math.max(0, Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The questions of the easy-read form, in order; each says whether its answer may go on. */
    protected abstract List<BooleanSupplier> pages();

    public int pageCount() {
        return pages().size();
    }

    /** The question shown in easy-read mode (0 for the first). */
    public ReadOnlyIntegerProperty pageProperty() {
        if (pageIndex.get() >= pageCount()) {
            pageIndex.set(pageCount() - 1);
        }
        return pageIndex;
    }

    /** Goes to the next question if this one's answer is fine (its error is shown otherwise). */
    public boolean next() {
        int at = pageProperty().get();
        if (!pages().get(at).getAsBoolean()) {
            return false;
        }
        if (at < pageCount() - 1) {
            pageIndex.set(at + 1);
        }
        return true;
    }

    public void back() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    public boolean isLastPage() {
        return pageProperty().get() == pageCount() - 1;
    }

    protected UUID me() {
        return store.profile().beneficiaryId();
    }

    /** A required text: the message to show, or "" when it is fine (the text rule included: {@link TextRule}). */
    protected String check(String value, int max, String missingKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return texts.get(missingKey);
        }
        if (TextRule.problem(text, true) != null) {
            return texts.get("my.invalidText");
        }
        return text.length() > max ? texts.get("my.tooLong", text.length(), max) : "";
    }

    /** Writes the record on the store thread; the draft goes only once the record is safely stored. */
    protected void write(Callable<?> work, Runnable onSaved) {
        busy.set(true);
        error.set("");
        background.run(
                work,
                saved -> {
                    busy.set(false);
                    form.saved();
                    onSaved.run();
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof ValidationException refused
                            && refused.violations().stream().anyMatch(v -> "consentMissing".equals(v.key()))) {
                        error.set(texts.get("my.consentNeeded")); // health or justice without the consent: say so
                        return;
                    }
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
