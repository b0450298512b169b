package org.jalons.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Json;

/** Builders for push bodies. */
public final class Changes {

    private Changes() {}

    public static ObjectNode upsert(
            String kind, UUID recordId, UUID beneficiaryId, long baseVersion, Object... fieldValuePairs) {
        ObjectNode change = envelope(kind, recordId, beneficiaryId, "upsert", baseVersion);
        ObjectNode fields = change.putObject("fields");
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            fields.set((String) fieldValuePairs[i], Json.MAPPER.valueToTree(fieldValuePairs[i + 1]));
        }
        return change;
    }

    public static ObjectNode delete(String kind, UUID recordId, UUID beneficiaryId, long baseVersion) {
        ObjectNode change = envelope(kind, recordId, beneficiaryId, "delete", baseVersion);
        change.putObject("fields");
        return change;
    }

    public static ObjectNode newBeneficiary(UUID beneficiaryId, String displayName) {
        return upsert(
                "beneficiary",
                beneficiaryId,
                beneficiaryId,
                0,
                "displayName",
                displayName,
                "entryDate",
                "2026-01-05",
                "contractType",
                "CDDI");
    }

    public static ObjectNode newGoal(UUID goalId, UUID beneficiaryId) {
        return upsert(
                "goal",
                goalId,
                beneficiaryId,
                0,
                "theme",
                "MOBILITE",
                "phrasing",
                "Je me sens capable de passer le permis B",
                "proposedBy",
                "JOINT",
                "status",
                "EN_COURS",
                "openedOn",
                "2026-02-01");
    }

    public static ObjectNode batch(JsonNode... changes) {
        return batch(List.of(changes));
    }

    public static ObjectNode batch(List<? extends JsonNode> changes) {
        ObjectNode body = Json.object();
        body.put("protocol", 1);
        ArrayNode array = body.putArray("changes");
        changes.forEach(array::add);
        return body;
    }

    private static ObjectNode envelope(String kind, UUID recordId, UUID beneficiaryId, String op, long baseVersion) {
        ObjectNode change = Json.object();
        change.put("changeId", UUID.randomUUID().toString());
        change.put("recordId", recordId.toString());
        change.put("kind", kind);
        change.put("beneficiaryId", beneficiaryId.toString());
        change.put("op", op);
        change.put("baseVersion", baseVersion);
        change.put("createdAt", "2026-11-26T09:30:00Z");
        return change;
    }
}
