package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.UUID;
import org.jalons.server.model.Json;

/**
 * Per field: the record version that last changed it and the device that changed it, stored as
 * {@code {"field":{"version":3,"device":"uuid"}}}. A device's own changes never conflict with each
 * other (its outbox orders them), so the merge asks both questions.
 */
final class FieldVersions {

    private final ObjectNode node;

    FieldVersions(ObjectNode node) {
        this.node = node.deepCopy();
    }

    static FieldVersions empty() {
        return new FieldVersions(Json.object());
    }

    long version(String field) {
        return node.path(field).path("version").asLong(0);
    }

    /** Changed after {@code baseVersion} by a device other than {@code deviceId}. */
    boolean changedElsewhereSince(String field, long baseVersion, UUID deviceId) {
        return version(field) > baseVersion
                && !deviceId.toString().equals(node.path(field).path("device").asText());
    }

    /** Any field changed after {@code baseVersion} by another device. */
    boolean anyChangedElsewhereSince(long baseVersion, UUID deviceId) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (changedElsewhereSince(names.next(), baseVersion, deviceId)) {
                return true;
            }
        }
        return false;
    }

    void set(String field, long version, UUID deviceId) {
        ObjectNode entry = node.putObject(field);
        entry.put("version", version);
        entry.put("device", deviceId == null ? null : deviceId.toString());
    }

    ObjectNode toJson() {
        return node;
    }

    static FieldVersions allAt(JsonNode fields, long version, UUID deviceId) {
        FieldVersions versions = empty();
        fields.fieldNames().forEachRemaining(name -> versions.set(name, version, deviceId));
        return versions;
    }
}
