package org.jalons.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.TextRule;

/**
 * A JSON request object read field by field; unknown fields and wrong types are a 400 invalid_body, texts breaking
 * the text rule a 400 invalid_text (every body string is one line).
 */
final class StrictObject {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JsonNode node;

    private StrictObject(JsonNode node) {
        this.node = node;
    }

    static StrictObject of(JsonNode node, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            throw invalid("The body must be a JSON object.");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw invalid("Unknown field: " + (name.length() > 40 ? name.substring(0, 40) : name) + ".");
            }
        }
        return new StrictObject(node);
    }

    String text(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid(name + " is required.");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(name + " must be a text.");
        }
        return TextRule.line(name, value.textValue());
    }

    JsonNode node(String name) {
        return node.get(name);
    }

    UUID uuid(String name, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        return parseUuid(text, name, "invalid_body");
    }

    static UUID parseUuid(String text, String name, String errorCode) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            throw Refusal.invalid(errorCode, name + " must be a UUID.");
        }
        return UUID.fromString(text);
    }

    private static Refusal invalid(String message) {
        return Refusal.invalid("invalid_body", message);
    }
}
