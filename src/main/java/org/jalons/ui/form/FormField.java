package org.jalons.ui.form;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;

/** One field of a form: its name (also its key in the draft), its value as typed, and the rule its value follows. */
public final class FormField {
    /** What is wrong with a value: a message key, or null when the value is fine. */
    @FunctionalInterface
    public interface Rule {
        String problem(String value);
    }

    /** For a field any value suits, or one its form checks as a whole (a record's own rules). */
    public static final Rule ANY = value -> null;

    private final String name;
    private final StringProperty value;
    private final Rule rule;
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");

    FormField(String name, StringProperty value, Rule rule) {
        this.name = name;
        this.value = value;
        this.rule = rule;
    }

    public String name() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** The value without surrounding spaces, "" when empty. */
    public String get() {
        String v = value.get();
        return v == null ? "" : v.strip();
    }

    /** The message key of what is wrong with the value, or null. */
    public String problem() {
        return rule.problem(get());
    }

    /** True once the person changed the value since the form opened or was last saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    void setDirty(boolean typed) {
        dirty.set(typed);
    }
}
