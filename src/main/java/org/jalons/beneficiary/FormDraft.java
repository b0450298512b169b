package org.jalons.beneficiary;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import org.jalons.storage.DraftKey;
import org.jalons.storage.Drafts;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a form's fields in a draft of the encrypted store as the person types, so that leaving the screen, a lock
 * or a restart loses nothing. The draft is read once when the form opens (one small row, read before any typing
 * so it cannot overwrite it) and written on the store thread after every change.
 */
final class FormDraft {
    private static final Logger LOG = LoggerFactory.getLogger(FormDraft.class);

    private final Drafts drafts;
    private final Background background;
    private final DraftKey key;
    private final Map<String, Object> saved;
    private final Map<String, Property<String>> fields = new LinkedHashMap<>();
    private final ChangeListener<String> onChange = (obs, was, now) -> save();
    private boolean cleared;

    FormDraft(Drafts drafts, Background background, DraftKey key) {
        this.drafts = drafts;
        this.background = background;
        this.key = key;
        Map<String, Object> loaded;
        try {
            loaded = drafts.load(key).orElse(Map.of());
        } catch (RuntimeException e) {
            LOG.warn("The draft {} cannot be read; the form starts empty", key, e);
            loaded = Map.of();
        }
        this.saved = loaded;
    }

    /** Fills the field from the draft, then keeps the draft up to date with it. */
    FormDraft bind(String name, Property<String> field) {
        Object value = saved.get(name);
        if (value != null) {
            field.setValue(value.toString());
        }
        fields.put(name, field);
        field.addListener(onChange);
        return this;
    }

    /** Stops following the fields (another draft takes them over). */
    void release() {
        fields.values().forEach(f -> f.removeListener(onChange));
    }

    boolean isEmpty() {
        return saved.isEmpty();
    }

    private void save() {
        cleared = false;
        Map<String, Object> content = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field.getValue() != null && !field.getValue().isEmpty()) {
                content.put(name, field.getValue());
            }
        });
        background.run(
                () -> {
                    drafts.save(key, content);
                    return null;
                },
                done -> {},
                failure -> LOG.warn("The draft {} could not be saved", key, failure));
    }

    /** Once the form's record is saved; runs on the store thread after any pending draft write. */
    void clear() {
        cleared = true;
        background.run(
                () -> {
                    drafts.clear(key);
                    return null;
                },
                done -> {},
                failure -> LOG.warn("The draft {} could not be cleared", key, failure));
    }

    boolean isCleared() {
        return cleared;
    }
}
