package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jalons.server.model.Json;

/** The type of one record field; {@link #problem} says in plain words what is wrong with a value. */
@FunctionalInterface
interface FieldType {

    /** Null when {@code value} (never JSON null here) fits this type. */
    String problem(JsonNode value);

    /** Whether the text rule lets this field's strings hold tabs and newlines ({@link TextRule}). */
    default boolean longText() {
        return false;
    }

    Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    Pattern INSTANT_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    int MIN_YEAR = 1900;
    int MAX_YEAR = 2100;
    String CUSTOM_PREFIX = "custom:";

    static FieldType text(int maxLength) {
        return v -> !v.isTextual()
                ? "must be a text"
                : v.textValue().length() > maxLength ? "must be at most " + maxLength + " characters" : null;
    }

    /** A text of several lines: tab and newline allowed (TextRule). */
    static FieldType longText(int maxLength) {
        FieldType text = text(maxLength);
        return new FieldType() {
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

    static FieldType date() {
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

    static FieldType instant() {
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

    static FieldType uuid() {
        return v -> v.isTextual() && UUID_TEXT.matcher(v.textValue()).matches() ? null : "must be a UUID";
    }

    /** A stable code from {@code codes}, or a free value written {@code custom:...}. */
    static FieldType code(Set<String> codes) {
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
                    && text.length() <= 128
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
    static FieldType closedCode(Set<String> codes) {
        return v -> v.isTextual() && codes.contains(v.textValue()) ? null : "must be one of " + codes;
    }

    static FieldType codeList(Set<String> codes) {
        FieldType element = code(codes);
        return v -> {
            if (!v.isArray() || v.size() > 30) {
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

    static FieldType integer(long min, long max) {
        return v -> v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= min && v.longValue() <= max
                ? null
                : "must be a whole number between " + min + " and " + max;
    }

    static FieldType number(double min, double max) {
        return v -> v.isNumber() && Double.isFinite(v.doubleValue()) && v.doubleValue() >= min && v.doubleValue() <= max
                ? null
                : "must be a number between " + min + " and " + max;
    }

    static FieldType bool() {
        return v -> v.isBoolean() ? null : "must be true or false";
    }

    /** Questionnaire answers: {itemId: 1..4}. */
    static FieldType answers() {
        return v -> {
            if (!v.isObject() || v.size() == 0 || v.size() > 200) {
                return "must be an object of 1 to 200 answers {itemId: 1-4}";
            }
            for (Map.Entry<String, JsonNode> answer : v.properties()) {
                JsonNode rating = answer.getValue();
                if (answer.getKey().isEmpty() || answer.getKey().length() > 64) {
                    return "must have item ids of 1 to 64 characters";
                }
                if (!rating.isIntegralNumber() || rating.intValue() < 1 || rating.intValue() > 4) {
                    return "must have answers between 1 and 4";
                }
            }
            return null;
        };
    }

    /** Any JSON value; its strings may be long texts (a conflict's resolved value can be a note). */
    static FieldType anyJson(int maxChars) {
        return new FieldType() {
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
