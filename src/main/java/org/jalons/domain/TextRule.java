package org.jalons.domain;

import java.text.Normalizer;

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
        boolean breaks = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return INVALID_CHARACTERS;
            } else if (ch == '\t' || ch == '\n' || ch == '\r') {
                breaks = true;
            } else if (Character.isISOControl(ch)) {
                return INVALID_CHARACTERS;
            }
        }
        return breaks && !longText ? ONE_LINE : null;
    }

    /** The stored form of a text: NFC, line breaks as LF. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String lines =
                text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC)
                ? lines
                : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }
}
