package org.jalons.caseload;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Code;

/** One field of an editor: its name (the record's field), its label key, how it is typed, when it shows. */
public record FieldSpec(
        String name, Kind kind, Map<String, String> options, String showWhenField, Predicate<String> showWhen) {

    public enum Kind {
        TEXT,
        AREA,
        NUMBER,
        CHOICE,
        DATE,
        CHECKS
    }

    public static FieldSpec of(String name, Kind kind) {
        return new FieldSpec(name, kind, Map.of(), null, null);
    }

    /** A free text with suggestions shown first (the organisation's sites): tapping one writes it. */
    public static FieldSpec suggested(String name, java.util.List<String> suggestions) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        suggestions.forEach(s -> options.put(s, s));
        return new FieldSpec(name, Kind.TEXT, options, null, null);
    }

    public static FieldSpec choice(String name, Map<String, String> options) {
        return new FieldSpec(name, Kind.CHOICE, options, null, null);
    }

    public static FieldSpec checks(String name, Map<String, String> options) {
        return new FieldSpec(name, Kind.CHECKS, options, null, null);
    }

    /** Shows this field only while another field's value passes the test (e.g. free text when "Autre"). */
    public FieldSpec when(String field, Predicate<String> test) {
        return new FieldSpec(name, kind, options, field, test);
    }

    /** code → label for every entry of a vocabulary. */
    public static <E extends Enum<E> & Code> Map<String, String> labels(Class<E> type, Messages m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            out.put(e.name(), m.label(e));
        }
        return out;
    }
}
