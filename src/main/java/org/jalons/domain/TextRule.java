package org.jalons.domain;

/**
 * The text rule the server applies (PROTOCOL.md, "Text"), checked in every form before a record is saved: only
 * Unicode characters (no lone UTF-16 surrogate), no control character except tab and newline in long texts (notes,
 * comments, interview notes...), every other text on one line. Texts are kept NFC, as the server stores them.
 */
public final class TextRule {
    /** Violation key of a text holding a character the server refuses. */
    public static final String INVALID_CHARACTERS = "invalidCharacters";
    /** Violation key of a tab or line break in a one-line text. */
    public static final String ONE_LINE = "oneLine";

    private TextRule() {}

    /** Null when {@code text} follows the rule, else the violation key. */
    public static String problem(String text, boolean longText) {
        if (text == null) {
            return null;
        }
        // A character the server refuses anywhere outweighs a line break in a one-line text.
        if (org.jalons.protocol.TextRule.problem(text, true) != null) {
            return INVALID_CHARACTERS;
        }
        return org.jalons.protocol.TextRule.problem(text, longText) != null ? ONE_LINE : null;
    }

    /** The stored form of a text: NFC, line breaks as LF. */
    public static String normalise(String text) {
        return text == null ? null : org.jalons.protocol.TextRule.normalise(text);
    }
}
