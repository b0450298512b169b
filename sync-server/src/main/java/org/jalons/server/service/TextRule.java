package org.jalons.server.service;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;
import org.jalons.server.model.Json;
import org.jalons.server.model.Refusal;

/**
 * The one text rule of the server (DESIGN.md, "Text rule"; PROTOCOL.md, "Text"): every string it accepts is made of
 * Unicode scalar values (no lone UTF-16 surrogate), holds no NUL and no other control character, except tab and
 * newline in long texts (a CR LF or a lone CR becomes a newline), and is stored NFC (normalised on the way in).
 * Noncharacters such as U+FFFE are scalar values and stay. {@link #repair} turns any stored string into one that
 * follows the rule, for serving and for the migration that repairs old rows.
 */
public final class TextRule {

    /** The stable code of a refusal for text breaking the rule. */
    public static final String INVALID_TEXT = "invalid_text";

    public static final char REPLACEMENT = '\uFFFD';

    /** Reads stored JSON that may hold raw control characters (written by hand into the database). */
    private static final ObjectReader LENIENT =
            Json.MAPPER.reader().with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS);

    private TextRule() {}

    /** Null when {@code text} follows the rule (one line, or long when {@code longText}); else what is wrong. */
    public static String problem(String text, boolean longText) {
        org.jalons.protocol.TextRule.Problem problem = org.jalons.protocol.TextRule.problem(text, longText);
        if (problem == null) {
            return null;
        }
        return switch (problem) {
            case LONE_SURROGATE -> "holds a lone UTF-16 surrogate (not a Unicode character)";
            case NUL -> "holds a NUL character";
            case CONTROL ->
                longText
                        ? "holds a control character (only tab and newline are allowed)"
                        : "holds a control character (one line of text: no tab, no newline)";
            case LINE_BREAK -> "holds a control character (one line of text: no tab, no newline)";
        };
    }

    /** The stored form of a valid text: NFC, newlines as LF. */
    public static String normalise(String text) {
        return org.jalons.protocol.TextRule.normalise(text);
    }

    /**
     * The text checked and normalised; {@link Refusal} 400 {@code invalid_text} naming {@code what} otherwise.
     * For strings of request bodies and query parameters, which are one line.
     */
    public static String line(String what, String text) {
        String problem = problem(text, false);
        if (problem != null) {
            throw Refusal.invalid(INVALID_TEXT, what + " " + problem + ".");
        }
        return normalise(text);
    }

    /** Whether {@link #repair} would change {@code text}. NFD text counts only when {@code nfc} asks for it. */
    public static boolean needsRepair(String text, boolean nfc) {
        return problem(text, true) != null
                || text.indexOf('\r') >= 0
                || (nfc && !Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    /**
     * Any string made to follow the rule (as a long text): a lone surrogate becomes U+FFFD, NUL and the other
     * control characters but tab and newline are dropped, CR LF becomes LF, the result is NFC.
     */
    public static String repair(String text) {
        if (!needsRepair(text, true)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(ch).append(text.charAt(++i));
            } else if (Character.isSurrogate(ch)) {
                out.append(REPLACEMENT);
            } else if (ch == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (!Character.isISOControl(ch) || ch == '\t' || ch == '\n') {
                out.append(ch);
            }
        }
        return normalise(out.toString());
    }

    /**
     * Every string of a change's fields, names and nested keys included, checked; the values are replaced by their
     * normalised (NFC) form, so the record is stored NFC. Refused as {@code invalid_text} on its own.
     */
    static void checkFields(KindSchema schema, Change change) throws ChangeRejected {
        for (Map.Entry<String, JsonNode> field : change.fieldEntries()) {
            if (problem(field.getKey(), false) != null) {
                throw ChangeRejected.invalid(INVALID_TEXT, "A field name " + problem(field.getKey(), false) + ".");
            }
            FieldRule type = schema.fields().get(field.getKey());
            field.setValue(checked(field.getKey(), field.getValue(), type != null && type.longText()));
        }
    }

    /**
     * A pushed JSON value checked string by string, object keys included, and returned normalised; a one-line value
     * ({@code longText} false) holds no tab or newline anywhere.
     */
    static JsonNode checked(String field, JsonNode value, boolean longText) throws ChangeRejected {
        if (value.isTextual()) {
            return JsonNodeFactory.instance.textNode(checked(field, value.textValue(), longText));
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(value.size());
            for (JsonNode item : value) {
                copy.add(checked(field, item, longText));
            }
            return copy;
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String key = checked(field, entry.getKey(), false);
                if (copy.has(key)) { // two keys equal once normalised: which one would the record keep?
                    throw ChangeRejected.invalid(INVALID_TEXT, field + " has two keys that are the same text.");
                }
                copy.set(key, checked(field, entry.getValue(), longText));
            }
            return copy;
        }
        return value;
    }

    private static String checked(String field, String text, boolean longText) throws ChangeRejected {
        String problem = problem(text, longText);
        if (problem != null) {
            throw ChangeRejected.invalid(INVALID_TEXT, field + " " + problem + ".");
        }
        return normalise(text);
    }

    /** A stored JSON value with every string and key repaired; the node itself when nothing needed it. */
    public static JsonNode repaired(JsonNode value) {
        if (value.isTextual()) {
            return needsRepair(value.textValue(), true)
                    ? JsonNodeFactory.instance.textNode(repair(value.textValue()))
                    : value;
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(value.size());
            value.forEach(item -> copy.add(repaired(item)));
            return copy;
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String key = repair(entry.getKey());
                if (!copy.has(key)) { // a repaired key equal to another: the first one is kept
                    copy.set(key, repaired(entry.getValue()));
                }
            }
            return copy;
        }
        return value;
    }

    /**
     * Stored JSON text as it can be served: itself when it holds nothing the rule forbids (the usual case, checked
     * without parsing), else parsed, repaired and written again; {@code {}} when it is not JSON at all. A record
     * stored before the rule, or written into the database by hand, never makes a pull or a snapshot fail.
     */
    public static String servable(String json) {
        if (!suspicious(json)) {
            return json;
        }
        try {
            return Json.write(repaired(LENIENT.readTree(json)));
        } catch (IOException | RuntimeException e) {
            return "{}";
        }
    }

    /** A lone surrogate, a control character or an escape: \\u is how JSON spells the forbidden ones. */
    private static boolean suspicious(String json) {
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (Character.isHighSurrogate(ch)
                    && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)
                    || Character.isISOControl(ch)
                    || (ch == '\\' && i + 1 < json.length() && json.charAt(i + 1) == 'u')) {
                return true;
            }
        }
        return false;
    }
}
