package org.jalons.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One line of the organisation's audit log as the server gives it (openapi.yaml, {@code /api/v1/admin/audit}): who
 * (account name and role), what (the action's code), on which kind of record and person, from which device, when.
 * Ids stay here to filter on; the screen shows names and words only.
 */
public record AuditLine(
        long id,
        Instant at,
        String action,
        String kind,
        String personId,
        String userId,
        String userName,
        String userRole,
        String deviceId,
        String deviceName) {

    static AuditLine of(JsonNode line) {
        return new AuditLine(
                line.path("id").asLong(),
                Instant.parse(line.path("at").asText()),
                line.path("action").asText(),
                text(line, "kind"),
                text(line, "personId"),
                text(line, "userId"),
                text(line, "userName"),
                text(line, "userRole"),
                text(line, "deviceId"),
                text(line, "deviceName"));
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
