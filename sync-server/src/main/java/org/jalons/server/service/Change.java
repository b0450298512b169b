package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.Wire;
import org.jalons.server.model.Json;

/** One pushed change, checked against the envelope of PROTOCOL.md (fields are checked later, per kind). */
record Change(
        UUID changeId,
        UUID recordId,
        String kind,
        UUID beneficiaryId,
        boolean delete,
        long baseVersion,
        ObjectNode fields,
        String contentHash) {

    /** The change id as sent, for the result line, even when it is not a valid UUID. */
    static String rawChangeId(JsonNode node) {
        JsonNode id = node.get("changeId");
        return id != null && id.isTextual() && id.textValue().length() <= 64 ? id.textValue() : null;
    }

    static Change parse(JsonNode node) throws ChangeRejected {
        if (!node.isObject()) {
            throw ChangeRejected.invalid("A change must be a JSON object.");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Wire.Change.PROPERTIES.contains(name)) {
                throw ChangeRejected.invalid("Unknown field in change: " + truncate(name) + ".");
            }
        }
        UUID changeId = uuid(node, "changeId");
        UUID recordId = uuid(node, "recordId");
        UUID beneficiaryId = uuid(node, "beneficiaryId");
        JsonNode kind = node.get("kind");
        if (kind == null
                || !kind.isTextual()
                || RecordSchemas.find(kind.textValue()).isEmpty()) {
            throw ChangeRejected.invalid("kind must be one of " + RecordSchemas.kinds() + ".");
        }
        JsonNode op = node.get("op");
        if (op == null || !(Wire.Change.UPSERT.equals(op.textValue()) || Wire.Change.DELETE.equals(op.textValue()))) {
            throw ChangeRejected.invalid("op must be upsert or delete.");
        }
        JsonNode baseVersion = node.get("baseVersion");
        if (baseVersion == null
                || !baseVersion.isIntegralNumber()
                || !baseVersion.canConvertToLong()
                || baseVersion.longValue() < 0) {
            throw ChangeRejected.invalid("baseVersion must be a whole number, 0 or more.");
        }
        JsonNode createdAt = node.get("createdAt");
        if (createdAt != null && FieldRule.instant().problem(createdAt) != null) {
            throw ChangeRejected.invalid("createdAt " + FieldRule.instant().problem(createdAt) + ".");
        }
        JsonNode fields = node.get("fields");
        boolean delete = Wire.Change.DELETE.equals(op.textValue());
        if (fields != null && !fields.isObject()) {
            throw ChangeRejected.invalid("fields must be a JSON object.");
        }
        if (delete && fields != null && fields.size() > 0) {
            throw ChangeRejected.invalid("A delete carries no fields.");
        }
        if (!delete && fields == null) {
            throw ChangeRejected.invalid("An upsert needs fields.");
        }
        ObjectNode copy = fields == null ? Json.object() : ((ObjectNode) fields).deepCopy();
        return new Change(
                changeId,
                recordId,
                kind.textValue(),
                beneficiaryId,
                delete,
                baseVersion.longValue(),
                copy,
                Json.canonicalHash(node));
    }

    private static UUID uuid(JsonNode node, String name) throws ChangeRejected {
        JsonNode value = node.get(name);
        if (value == null || FieldRule.uuid().problem(value) != null) {
            throw ChangeRejected.invalid(name + " must be a UUID.");
        }
        return UUID.fromString(value.textValue());
    }

    static String truncate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    Iterable<Map.Entry<String, JsonNode>> fieldEntries() {
        return fields.properties();
    }
}
