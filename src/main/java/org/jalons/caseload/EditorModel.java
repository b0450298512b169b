package org.jalons.caseload;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.storage.DraftKey;
import org.jalons.storage.DraftStore;
import org.jalons.ui.Background;
import org.jalons.ui.form.FormState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An editor that never needs a "save" button: every field is a text property of a {@link FormState}; each change is
 * kept as a draft in the encrypted store, and as soon as the whole form is valid it is written as the record (on
 * leaving a field or choosing a value), on the store thread like the draft. An invalid field shows its message under
 * it and keeps what was typed.
 */
public abstract class EditorModel<T extends JalonsRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(EditorModel.class);

    protected final Messages messages;
    private final Background background;
    private final DraftKey draftKey;
    private final FormState form;
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty state = new SimpleStringProperty(this, "state", "");
    private final BooleanProperty saved = new SimpleBooleanProperty(this, "saved");
    private boolean loading = true;

    protected EditorModel(
            Messages messages, DraftStore drafts, Background background, DraftKey draftKey, List<String> fields) {
        this.messages = messages;
        this.background = background;
        this.draftKey = draftKey;
        this.form = new FormState(drafts, background, draftKey);
        for (String f : fields) {
            form.add(f, new SimpleStringProperty(this, f, ""));
            errors.put(f, new SimpleStringProperty(this, f + "Error", ""));
        }
    }

    /**
     * Fills the fields from the record (or defaults), then from the draft if one was left, read on the store thread;
     * nothing is written before it is read.
     */
    protected final void start(Map<String, String> fromRecord) {
        form.fill(fromRecord);
        form.load(draft -> {
            loading = false;
            draftRead();
            if (!draft.isEmpty()) {
                state.set(messages.get("editor.draftResumed"));
                validateOnly();
            }
        });
    }

    /** Drops what was typed, draft included, and keeps nothing more from the fields (the form is given up). */
    protected final void discardDraft() {
        form.saved();
        form.release();
    }

    /** Once the draft is read and merged, before anything is validated or written. */
    protected void draftRead() {}

    public StringProperty value(String field) {
        return form.field(field).valueProperty();
    }

    /** The record's id, kept in the field "id" so that a new record's draft resumes with the same id. */
    protected final UUID recordId() {
        return UUID.fromString(get("id"));
    }

    public ReadOnlyStringProperty error(String field) {
        return errors.get(field);
    }

    public String get(String field) {
        return form.field(field).get();
    }

    /** "Enregistré", "Brouillon gardé : à compléter"…: the form says where what was typed is. */
    public ReadOnlyStringProperty stateProperty() {
        return state;
    }

    /** True once the record has been written at least once from this editor. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved;
    }

    /**
     * Called when a field is left or a value chosen: writes the record on the store thread if the form is valid (the
     * draft already holds every change). Returns false when the form is not valid or the store refused the record;
     * true once it is written or on its way.
     */
    public boolean commit() {
        return commit(() -> {});
    }

    /** As {@link #commit()}; {@code onSaved} runs on the screen's thread once the record is written. */
    public boolean commit(Runnable onSaved) {
        if (loading) {
            return false;
        }
        List<Violation> problems = new ArrayList<>();
        T record = build(problems);
        if (record != null) {
            problems.addAll(record.violations());
        }
        show(problems);
        if (!problems.isEmpty() || record == null) {
            state.set(messages.get("editor.draftKept"));
            return false;
        }
        Map<String, Object> written = form.snapshot();
        AtomicBoolean refused = new AtomicBoolean();
        background.run(
                () -> {
                    write(record);
                    return null;
                },
                done -> {
                    if (written.equals(form.snapshot())) {
                        form.saved();
                    } else {
                        form.keep(); // typed while the record was written: the draft keeps the newer text
                    }
                    saved.set(true);
                    state.set(messages.get("editor.saved"));
                    onSaved.run();
                },
                failure -> {
                    refused.set(true);
                    if (failure instanceof ValidationException e) {
                        show(e.violations());
                        state.set(messages.get("editor.draftKept"));
                        return;
                    }
                    LOG.error("A record could not be written from {}", draftKey, failure);
                    state.set(messages.get("error.unexpected"));
                });
        return !refused.get();
    }

    private void validateOnly() {
        List<Violation> problems = new ArrayList<>();
        T record = build(problems);
        if (record != null) {
            problems.addAll(record.violations());
        }
        show(problems);
    }

    private void show(List<Violation> problems) {
        errors.values().forEach(e -> e.set(""));
        for (Violation v : problems) {
            StringProperty target = errors.get(v.field());
            if (target == null) {
                target = errors.values().iterator().next();
            }
            if (target.get().isEmpty()) {
                target.set(FormText.message(v, messages));
            }
        }
    }

    /** The record the fields describe, or null; problems reading the fields (not a number…) go in {@code problems}. */
    protected abstract T build(List<Violation> problems);

    protected abstract void write(T record);

    // --- reading fields ---

    protected Double decimal(String field, List<Violation> problems) {
        String s = get(field).replace(',', '.').replace(" ", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            problems.add(new Violation(field, "notANumber"));
            return null;
        }
    }

    protected Integer integer(String field, List<Violation> problems) {
        String s = get(field).replace(" ", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            problems.add(new Violation(field, "notANumber"));
            return null;
        }
    }

    protected LocalDate date(String field, List<Violation> problems) {
        String s = get(field);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(new Violation(field, "notADate"));
            return null;
        }
    }

    protected <E extends Enum<E>> E choice(Class<E> type, String field) {
        String s = get(field);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    protected static String text(Object o) {
        return o == null
                ? ""
                : o instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : o.toString();
    }

    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
