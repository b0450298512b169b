package org.jalons.caseload;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.jalons.storage.Drafts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An editor that never needs a "save" button: every field is a text property; each change is kept at once as a
 * draft in the encrypted store, and as soon as the whole form is valid it is written as the record (on leaving a
 * field or choosing a value). An invalid field shows its message under it and keeps what was typed.
 */
public abstract class EditorModel<T extends JalonsRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(EditorModel.class);

    protected final Messages messages;
    private final Drafts drafts;
    private final DraftKey draftKey;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final StringProperty state = new SimpleStringProperty(this, "state", "");
    private final BooleanProperty saved = new SimpleBooleanProperty(this, "saved");
    private boolean loading;

    protected EditorModel(Messages messages, Drafts drafts, DraftKey draftKey, List<String> fields) {
        this.messages = messages;
        this.drafts = drafts;
        this.draftKey = draftKey;
        for (String f : fields) {
            values.put(f, new SimpleStringProperty(this, f, ""));
            errors.put(f, new SimpleStringProperty(this, f + "Error", ""));
        }
    }

    /** Fills the fields from the draft if one was left, else from the record (or defaults). */
    protected final void start(Map<String, String> fromRecord) {
        loading = true;
        Optional<Map<String, Object>> draft = drafts.load(draftKey);
        Map<String, ?> source = draft.isPresent() ? draft.get() : fromRecord;
        source.forEach((k, v) -> {
            if (values.containsKey(k)) {
                values.get(k).set(v == null ? "" : v.toString());
            }
        });
        loading = false;
        if (draft.isPresent()) {
            state.set(messages.get("editor.draftResumed"));
            validateOnly();
        }
    }

    public StringProperty value(String field) {
        return values.get(field);
    }

    public ReadOnlyStringProperty error(String field) {
        return errors.get(field);
    }

    public String get(String field) {
        String v = values.get(field).get();
        return v == null ? "" : v.strip();
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
     * Called when a field is left or a value chosen: keeps a draft, and writes the record if the form is valid.
     * Returns true when the record is saved.
     */
    public boolean commit() {
        if (loading) {
            return false;
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        values.forEach((k, v) -> draft.put(k, v.get()));
        drafts.save(draftKey, draft);
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
        try {
            write(record);
        } catch (ValidationException e) {
            show(e.violations());
            state.set(messages.get("editor.draftKept"));
            return false;
        } catch (RuntimeException e) {
            LOG.error("A record could not be written from {}", draftKey, e);
            state.set(messages.get("error.unexpected"));
            return false;
        }
        drafts.clear(draftKey);
        saved.set(true);
        state.set(messages.get("editor.saved"));
        return true;
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
