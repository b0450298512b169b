package org.jalons.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import org.jalons.storage.DraftKey;
import org.jalons.storage.DraftStore;
import org.jalons.ui.Background;

/**
 * The state of a form: its fields, whether the person changed them (dirty) and whether they follow their rules
 * (valid), and its draft. The draft is read off the screen's thread once the fields are declared and merged in
 * without overwriting what was typed meanwhile; every change is then kept in it on the store thread
 * ({@link FormDraft}), and it is cleared once the form's record is saved.
 */
public final class FormState {
    private final FormDraft draft;
    private final Map<String, FormField> fields = new LinkedHashMap<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty valid = new SimpleBooleanProperty(this, "valid", true);
    private final ChangeListener<String> onChange = (obs, was, now) -> changed(obs);
    private boolean filling;
    private boolean following = true;

    public FormState(DraftStore drafts, Background background, DraftKey key) {
        this.draft = new FormDraft(drafts, background, key);
    }

    /** Declares a field whose value any text suits (or that the form checks as a whole). */
    public FormField add(String name, StringProperty value) {
        return add(name, value, FormField.ANY);
    }

    public FormField add(String name, StringProperty value, FormField.Rule rule) {
        if (value.get() == null) {
            value.set("");
        }
        FormField field = new FormField(name, value, rule);
        fields.put(name, field);
        value.addListener(onChange);
        revalidate();
        return field;
    }

    public FormField field(String name) {
        FormField field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("No field " + name);
        }
        return field;
    }

    public List<FormField> fields() {
        return new ArrayList<>(fields.values());
    }

    /** Sets values the form starts from (a record's), which are neither typed nor kept as a draft. */
    public void fill(Map<String, ?> values) {
        filling = true;
        try {
            values.forEach((name, v) -> {
                FormField field = fields.get(name);
                if (field != null && !field.dirtyProperty().get()) {
                    field.valueProperty().set(v == null ? "" : v.toString());
                }
            });
        } finally {
            filling = false;
        }
        revalidate();
    }

    /**
     * Reads the draft on the store thread, fills the fields the person has not changed yet, then hands the whole
     * draft (empty if none or unreadable) to {@code onLoaded} on the screen's thread.
     */
    public void load(Consumer<Map<String, Object>> onLoaded) {
        draft.load(content -> {
            fill(content);
            loaded.set(true);
            if (dirty.get()) {
                draft.save(snapshot()); // typed before the draft came: keep both in it
            }
            onLoaded.accept(content);
        });
    }

    public void load() {
        load(content -> {});
    }

    /** True once the draft was read (and merged). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** True once a field was changed by the person since the form opened or was last saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** True while every field follows its rule. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /** The fields' values as the draft keeps them. */
    public Map<String, Object> snapshot() {
        Map<String, Object> content = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            String v = field.valueProperty().get();
            content.put(name, v == null ? "" : v);
        });
        return content;
    }

    /** Keeps the draft now, e.g. after a change the fields do not show (a question reached). */
    public void keep() {
        draft.save(snapshot());
    }

    /** Once the form's record is stored: the draft goes and the form is clean again. */
    public void saved() {
        draft.clear();
        fields.values().forEach(f -> f.setDirty(false));
        dirty.set(false);
    }

    /** Stops following the fields (another form state takes them over); nothing more is kept from them. */
    public void release() {
        following = false;
        fields.values().forEach(f -> f.valueProperty().removeListener(onChange));
    }

    public FormDraft draft() {
        return draft;
    }

    private void changed(Object property) {
        revalidate();
        if (filling || !following) {
            return;
        }
        fields.values().stream().filter(f -> f.valueProperty() == property).forEach(f -> f.setDirty(true));
        dirty.set(true);
        draft.save(snapshot());
    }

    private void revalidate() {
        valid.set(fields.values().stream().allMatch(f -> f.problem() == null));
    }
}
