package org.jalons.protocol;

import java.util.Arrays;
import java.util.List;

/**
 * What one record field may hold on the wire (PROTOCOL.md, "Record kinds and fields"): its type and its limits. The
 * server checks pushes against it and openapi.yaml is tested against it; {@code min} and {@code max} are a text's
 * length, a number's range or a list's size, {@code codes} a vocabulary.
 */
public record FieldShape(Type type, long min, long max, List<String> codes) {

    /** The most codes a code list holds. */
    public static final int MAX_CODES = 30;
    /** The longest a free code {@code custom:<text>} may be, prefix included. */
    public static final int MAX_CUSTOM_CODE = 128;
    /** The most answers a questionnaire response holds, and the longest an item id is. */
    public static final int MAX_ANSWERS = 200;

    public static final int MAX_ITEM_ID = 64;

    public enum Type {
        /** One line of text, at most {@code max} characters. */
        TEXT,
        /** Several lines (tab and newline allowed), at most {@code max} characters. */
        LONG_TEXT,
        DATE,
        INSTANT,
        UUID,
        /** One of {@code codes}, or a free value {@code custom:<text>}. */
        CODE,
        /** One of {@code codes}, nothing else. */
        CLOSED_CODE,
        /** A list of at most {@link #MAX_CODES} {@link #CODE}s. */
        CODE_LIST,
        INTEGER,
        NUMBER,
        BOOLEAN,
        /** Questionnaire answers {itemId: 1..7}, a point of the version's scale. */
        ANSWERS,
        /** Any JSON value of at most {@code max} characters once written. */
        ANY_JSON
    }

    public FieldShape {
        codes = List.copyOf(codes);
    }

    public static FieldShape text(int maxLength) {
        return new FieldShape(Type.TEXT, 0, maxLength, List.of());
    }

    public static FieldShape longText(int maxLength) {
        return new FieldShape(Type.LONG_TEXT, 0, maxLength, List.of());
    }

    public static FieldShape date() {
        return new FieldShape(Type.DATE, 0, 0, List.of());
    }

    public static FieldShape instant() {
        return new FieldShape(Type.INSTANT, 0, 0, List.of());
    }

    public static FieldShape uuid() {
        return new FieldShape(Type.UUID, 0, 0, List.of());
    }

    public static FieldShape code(Class<? extends Enum<?>> vocabulary) {
        return new FieldShape(Type.CODE, 0, 0, codesOf(vocabulary));
    }

    public static FieldShape closedCode(Class<? extends Enum<?>> vocabulary) {
        return new FieldShape(Type.CLOSED_CODE, 0, 0, codesOf(vocabulary));
    }

    /** A closed code with a single value: a device may only set a conflict's status to RESOLVED. */
    public static FieldShape only(Enum<?> value) {
        return new FieldShape(Type.CLOSED_CODE, 0, 0, List.of(value.name()));
    }

    public static FieldShape codeList(Class<? extends Enum<?>> vocabulary) {
        return new FieldShape(Type.CODE_LIST, 0, MAX_CODES, codesOf(vocabulary));
    }

    public static FieldShape integer(long min, long max) {
        return new FieldShape(Type.INTEGER, min, max, List.of());
    }

    public static FieldShape number(long min, long max) {
        return new FieldShape(Type.NUMBER, min, max, List.of());
    }

    public static FieldShape bool() {
        return new FieldShape(Type.BOOLEAN, 0, 0, List.of());
    }

    public static FieldShape answers() {
        return new FieldShape(Type.ANSWERS, 1, MAX_ANSWERS, List.of());
    }

    public static FieldShape anyJson(int maxChars) {
        return new FieldShape(Type.ANY_JSON, 0, maxChars, List.of());
    }

    /** Whether the text rule lets this field's strings hold tabs and newlines ({@link TextRule}). */
    public boolean multiline() {
        return type == Type.LONG_TEXT || type == Type.ANY_JSON;
    }

    private static List<String> codesOf(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
    }
}
