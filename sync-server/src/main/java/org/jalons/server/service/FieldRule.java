package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jalons.protocol.FieldShape;
import org.jalons.protocol.QuestionnaireDefinition;
import org.jalons.server.model.Json;

/**
 * The check of one record field, made from its {@link FieldShape} in the protocol; {@link #problem} says in plain
 * words what is wrong with a value.
 */
@FunctionalInterface
interface FieldRule {

    /** Null when {@code value} (never JSON null here) fits this type. */
    String problem(JsonNode value);

    /** Whether the text rule lets this field's strings hold tabs and newlines ({@link TextRule}). */
    default boolean longText() {
        return false;
    }

    /** The check of a field of this shape; the messages name the shape's limits. */
    static FieldRule of(FieldShape shape) {
        Set<String> codes = new LinkedHashSet<>(shape.codes());
        return switch (shape.type()) {
            case TEXT -> text((int) shape.max());
            case LONG_TEXT -> longText((int) shape.max());
            case DATE -> date();
            case INSTANT -> instant();
            case UUID -> uuid();
            case CODE -> code(codes);
            case CLOSED_CODE -> codes.size() == 1 ? only(shape.codes().get(0)) : closedCode(codes);
            case CODE_LIST -> codeList(codes);
            case INTEGER -> integer(shape.min(), shape.max());
            case NUMBER -> number((double) shape.min(), (double) shape.max());
            case BOOLEAN -> bool();
            case ANSWERS -> answers();
            case ANY_JSON -> anyJson((int) shape.max());
        };
    }

    Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    Pattern INSTANT_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    int MIN_YEAR = 1900;
    int MAX_YEAR = 2100;
    String CUSTOM_PREFIX = "custom:";

    static FieldRule text(int maxLength) {
        return v -> !v.isTextual()
                ? "must be a text"
                : v.textValue().length() > maxLength ? "must be at most " + maxLength + " characters" : null;
    }

    /** A text of several lines: tab and newline allowed (TextRule). */
    static FieldRule longText(int maxLength) {
        FieldRule text = text(maxLength);
        return new FieldRule() {
            @Override
            public String problem(JsonNode value) {
                return text.problem(value);
            }

            @Override
            public boolean longText() {
                return true;
            }
        };
    }

    static FieldRule date() {
        return v -> {
            if (!v.isTextual() || !DATE_TEXT.matcher(v.textValue()).matches()) {
                return "must be a date written YYYY-MM-DD";
            }
            try {
                int year = LocalDate.parse(v.textValue()).getYear();
                return year < MIN_YEAR || year > MAX_YEAR ? "must be a date between 1900 and 2100" : null;
            } catch (DateTimeException e) {
                return "must be a real calendar date";
            }
        };
    }

    static FieldRule instant() {
        return v -> {
            if (!v.isTextual() || !INSTANT_TEXT.matcher(v.textValue()).matches()) {
                return "must be a UTC instant like 2026-11-26T09:30:00Z";
            }
            try {
                int year = Instant.parse(v.textValue()).atOffset(ZoneOffset.UTC).getYear();
                return year < MIN_YEAR || year > MAX_YEAR ? "must be an instant between 1900 and 2100" : null;
            } catch (DateTimeException e) {
                return "must be a real instant";
            }
        };
    }

    static FieldRule uuid() {
        return v -> v.isTextual() && UUID_TEXT.matcher(v.textValue()).matches() ? null : "must be a UUID";
    }

    /** A stable code from {@code codes}, or a free value written {@code custom:...}. */
    static FieldRule code(Set<String> codes) {
        return v -> {
            if (!v.isTextual()) {
                return "must be one of " + codes + " or custom:<text>";
            }
            String text = v.textValue();
            if (codes.contains(text)) {
                return null;
            }
            if (text.startsWith(CUSTOM_PREFIX)
                    && text.length() > CUSTOM_PREFIX.length()
                    && text.length() <= FieldShape.MAX_CUSTOM_CODE
                    && text.chars().noneMatch(Character::isISOControl)) {
                return null;
            }
            return "must be one of " + codes + " or custom:<text of at most 120 characters>";
        };
    }

    /**
     * One of {@code codes}, nothing else: the app holds these fields as closed lists, and the summary tables keep
     * them in short columns (a free text there could not be stored).
     */
    static FieldRule closedCode(Set<String> codes) {
        return v -> v.isTextual() && codes.contains(v.textValue()) ? null : "must be one of " + codes;
    }

    /** A single value: a device may only set a conflict's status to RESOLVED. */
    static FieldRule only(String value) {
        return v -> v.isTextual() && value.equals(v.textValue()) ? null : "can only be " + value;
    }

    static FieldRule codeList(Set<String> codes) {
        FieldRule element = code(codes);
        return v -> {
            if (!v.isArray() || v.size() > FieldShape.MAX_CODES) {
                return "must be a list of at most 30 codes";
            }
            for (JsonNode item : v) {
                String problem = element.problem(item);
                if (problem != null) {
                    return "has an entry that " + problem;
                }
            }
            return null;
        };
    }

    static FieldRule integer(long min, long max) {
        return v -> v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= min && v.longValue() <= max
                ? null
                : "must be a whole number between " + min + " and " + max;
    }

    static FieldRule number(double min, double max) {
        return v -> v.isNumber() && Double.isFinite(v.doubleValue()) && v.doubleValue() >= min && v.doubleValue() <= max
                ? null
                : "must be a number between " + min + " and " + max;
    }

    static FieldRule bool() {
        return v -> v.isBoolean() ? null : "must be true or false";
    }

    /** Questionnaire answers: {itemId: 1..7}; the version's own scale is checked by {@link QuestionnaireAnswers}. */
    static FieldRule answers() {
        return v -> {
            if (!v.isObject() || v.size() == 0 || v.size() > FieldShape.MAX_ANSWERS) {
                return "must be an object of 1 to 200 answers {itemId: 1-" + QuestionnaireDefinition.MAX_POINTS + "}";
            }
            for (Map.Entry<String, JsonNode> answer : v.properties()) {
                JsonNode rating = answer.getValue();
                if (answer.getKey().isEmpty() || answer.getKey().length() > FieldShape.MAX_ITEM_ID) {
                    return "must have item ids of 1 to 64 characters";
                }
                if (!rating.isIntegralNumber()
                        || rating.intValue() < 1
                        || rating.intValue() > QuestionnaireDefinition.MAX_POINTS) {
                    return "must have answers between 1 and " + QuestionnaireDefinition.MAX_POINTS;
                }
            }
            return null;
        };
    }

    /** Any JSON value; its strings may be long texts (a conflict's resolved value can be a note). */
    static FieldRule anyJson(int maxChars) {
        return new FieldRule() {
            @Override
            public String problem(JsonNode v) {
                return Json.write(v).length() > maxChars ? "must be at most " + maxChars + " characters of JSON" : null;
            }

            @Override
            public boolean longText() {
                return true;
            }
        };
    }
}
