package org.jalons.server.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.jalons.server.model.Json;

/**
 * What the statistics change log keeps of a record version: the fields {@link AggregateRecorder} reads, per kind
 * (codes, dates, numbers, ids and the site and certification names the figures are grouped by). Free text is never
 * kept: a check-in's comment is logged as {@code true} when it says something, and not at all otherwise. Kinds the
 * statistics ignore are not logged.
 */
public final class SummaryFields {

    private static final Map<String, Set<String>> READ = Map.ofEntries(
            Map.entry("beneficiary", Set.of("referentCounsellorId", "site", "entryDate")),
            Map.entry("goal", Set.of("status", "closedOn", "theme", "openedOn")),
            Map.entry("checkIn", Set.of("goalId", "rating", "ratedAt", "rater", "amends")),
            Map.entry(
                    "training",
                    Set.of(
                            "status",
                            "goalId",
                            "startDate",
                            "endDate",
                            "certification",
                            "rncpLevel",
                            "plannedHours",
                            "doneHours")),
            Map.entry("barrier", Set.of("status", "area")),
            Map.entry("interview", Set.of("date", "amends")),
            Map.entry("exit", Set.of("category", "exitDate")),
            Map.entry("followUp", Set.of("situation", "dueDate", "doneDate")),
            Map.entry(
                    "questionnaireResponse",
                    Set.of("questionnaireId", "questionnaireVersion", "answers", "answeredAt")),
            Map.entry("consent", Set.of("category", "granted")),
            // that the person's words changed: the projector reads the words themselves from the records
            Map.entry("sharedWord", Set.of("recordId", "goalId", "sharedAt", "rereadAt", "withdrawnAt")));

    /** Free-text fields the statistics only test for content. */
    private static final Map<String, String> PRESENCE = Map.of("checkIn", "comment");

    private SummaryFields() {}

    public static boolean logged(String kind) {
        return READ.containsKey(kind);
    }

    /** The version's fields the log keeps, as JSON text. */
    public static String coded(String kind, ObjectNode fields) {
        ObjectNode kept = Json.object();
        for (String name : READ.getOrDefault(kind, Set.of())) {
            JsonNode value = fields.get(name);
            if (value != null && !value.isNull()) {
                kept.set(name, value);
            }
        }
        String presence = PRESENCE.get(kind);
        if (presence != null && !fields.path(presence).asText("").isBlank()) {
            kept.put(presence, true);
        }
        return kept.toString();
    }
}
