package org.jalons.protocol;

import java.text.Normalizer;

/**
 * The one text rule of the protocol (PROTOCOL.md, "Text"): a text is made of Unicode scalar values (no lone UTF-16
 * surrogate), holds no control character except tab and newline in long texts (a CR LF or a lone CR becomes a
 * newline), and is stored NFC. The app checks its forms with it and the server its pushes; each words the problem.
 */
public final class TextRule {

    /** What is wrong with a text, the first problem met reading it. */
    public enum Problem {
        LONE_SURROGATE,
        NUL,
        /** A control character other than tab and newline, or any in a one-line text. */
        CONTROL,
        /** A tab or line break in a one-line text. */
        LINE_BREAK
    }

    private TextRule() {}

    /** Null when {@code text} follows the rule (one line, or long when {@code longText}); else its first problem. */
    public static Problem problem(String text, boolean longText) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Problem.LONE_SURROGATE;
            }
            if (Character.isLowSurrogate(ch)) {
                return Problem.LONE_SURROGATE;
            }
            if (ch == '\u0000') {
                return Problem.NUL;
            }
            boolean lineBreak = ch == '\t' || ch == '\n' || ch == '\r';
            if (lineBreak && !longText) {
                return Problem.LINE_BREAK;
            }
            if (Character.isISOControl(ch) && !lineBreak) {
                return Problem.CONTROL;
            }
        }
        return null;
    }

    /** The stored form of a valid text: NFC, newlines as LF. */
    public static String normalise(String text) {
        String lines =
                text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC)
                ? lines
                : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }
}
