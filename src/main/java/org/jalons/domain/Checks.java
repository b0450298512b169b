package org.jalons.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jalons.protocol.FieldShape;
import org.jalons.protocol.RecordSchema;

/** Collects violations of a record's rules; every record's {@code violations()} is written with it. */
public final class Checks {
    private final List<Violation> violations = new ArrayList<>();

    public Checks required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            violations.add(new Violation(field, "required"));
        }
        return this;
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, "tooLong", max));
        }
        return this;
    }

    /** A text on one line: at most {@code max} characters, following the text rule ({@link TextRule}). */
    public Checks text(String field, String value, int max) {
        return maxLength(field, value, max).textRule(field, value, false);
    }

    /**
     * A text field of a record kind, held to the protocol's limit and line rule for it ({@link RecordSchema}): one
     * line, or several when the protocol makes it a long text.
     */
    public Checks text(RecordSchema kind, String field, String value) {
        FieldShape shape = kind.fields().get(field);
        if (shape == null) {
            throw new IllegalArgumentException(kind.wireName() + " has no field " + field);
        }
        return maxLength(field, value, Math.toIntExact(shape.max())).textRule(field, value, shape.multiline());
    }

    /** A text of several lines (tab and newline allowed), at most {@code max} characters, following the rule. */
    public Checks longText(String field, String value, int max) {
        return maxLength(field, value, max).textRule(field, value, true);
    }

    private Checks textRule(String field, String value, boolean longText) {
        String problem = TextRule.problem(value, longText);
        if (problem != null) {
            violations.add(new Violation(field, problem));
        }
        return this;
    }

    public Checks term(String field, Term<?> value) {
        if (value != null && value.isCustom()) {
            text(field, value.custom(), Term.MAX_CUSTOM_LENGTH);
        }
        return this;
    }

    public Checks range(String field, Number value, double min, double max) {
        if (value != null
                && (value.doubleValue() < min || value.doubleValue() > max || Double.isNaN(value.doubleValue()))) {
            violations.add(new Violation(field, "outOfRange", min, max));
        }
        return this;
    }

    public Checks notNegative(String field, Number value) {
        if (value != null && (value.doubleValue() < 0 || Double.isNaN(value.doubleValue()))) {
            violations.add(new Violation(field, "negative"));
        }
        return this;
    }

    public Checks notBefore(String field, LocalDate value, String otherField, LocalDate other) {
        if (value != null && other != null && value.isBefore(other)) {
            violations.add(new Violation(field, "before", otherField));
        }
        return this;
    }

    /** Dates far in the past or future are typing mistakes (a year 20026), not real appointments. */
    public Checks plausible(String field, LocalDate value) {
        if (value != null && (value.getYear() < 1900 || value.getYear() > 2200)) {
            violations.add(new Violation(field, "implausibleDate"));
        }
        return this;
    }

    public Checks rule(boolean broken, String field, String key, Object... args) {
        if (broken) {
            violations.add(new Violation(field, key, args));
        }
        return this;
    }

    public List<Violation> list() {
        return List.copyOf(violations);
    }
}
