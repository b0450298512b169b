package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.model.Principal;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.Stores;

/** Rules on field values and on a record's whole state after a change (what each role may write: WriteRights). */
final class StateRules {

    private final Stores stores;

    StateRules(Stores stores) {
        this.stores = stores;
    }

    /** Types, ranges, unknown fields and required fields of the values a change sets. */
    void checkValues(KindSchema schema, Change change, boolean create) throws ChangeRejected {
        for (Map.Entry<String, JsonNode> field : change.fieldEntries()) {
            FieldType type = schema.fields().get(field.getKey());
            if (type == null) {
                throw ChangeRejected.invalid("Unknown field " + Change.truncate(field.getKey()) + " for kind "
                        + schema.kind() + ".");
            }
            if (field.getValue().isNull()) {
                if (schema.required().contains(field.getKey())) {
                    throw ChangeRejected.invalid(field.getKey() + " is required and cannot be cleared.");
                }
                continue;
            }
            String problem = type.problem(field.getValue());
            if (problem != null) {
                throw ChangeRejected.invalid(field.getKey() + " " + problem + ".");
            }
        }
        if (create) {
            for (String required : schema.required()) {
                JsonNode value = change.fields().get(required);
                if (value == null || value.isNull()) {
                    throw ChangeRejected.invalid(required + " is required when creating a " + schema.kind() + ".");
                }
            }
        }
    }

    /**
     * Cross-field rules and the consent rule on the state a record would have.
     * Returns the sensitive category the record falls under (null if none).
     */
    String checkState(Connection c, Principal principal, String kind, UUID beneficiaryId, ObjectNode state)
            throws SQLException, ChangeRejected {
        switch (kind) {
            case "training" -> {
                if (has(state, "rncpLevel") && !"RNCP".equals(state.path("certification").asText())) {
                    throw ChangeRejected.invalid("rncpLevel is only given with an RNCP certification.");
                }
                if (has(state, "startDate") && has(state, "endDate")
                        && date(state, "endDate").isBefore(date(state, "startDate"))) {
                    throw ChangeRejected.invalid("endDate must not be before startDate.");
                }
            }
            case "exit" -> {
                var profile = stores.records().find(c, principal.organisationId(), beneficiaryId)
                        .filter(r -> "beneficiary".equals(r.kind()) && !r.deleted())
                        .map(StoredRecord::fields);
                if (profile.isPresent() && has(profile.get(), "entryDate")
                        && date(state, "exitDate").isBefore(date(profile.get(), "entryDate"))) {
                    throw ChangeRejected.invalid("exitDate must not be before the beneficiary's entryDate.");
                }
            }
            case "barrier" -> {
                String category = sensitiveCategory(state);
                if (category != null && !stores.consents().isGranted(c, principal.organisationId(), beneficiaryId,
                        category)) {
                    throw ChangeRejected.invalid(ChangeRejected.CONSENT_MISSING, "consent_missing");
                }
                return category;
            }
            default -> {
            }
        }
        return null;
    }

    /** GDPR art. 9/10: a health or justice barrier that says something. */
    static String sensitiveCategory(ObjectNode barrier) {
        String area = barrier.path("area").asText();
        String category = "SANTE".equals(area) ? "HEALTH" : "JUSTICE".equals(area) ? "JUSTICE" : null;
        boolean saysSomething = !"NON_EXPLORE".equals(barrier.path("status").asText())
                || !barrier.path("note").asText("").isEmpty();
        return category != null && saysSomething ? category : null;
    }

    private static boolean has(ObjectNode state, String field) {
        return state.hasNonNull(field);
    }

    private static LocalDate date(ObjectNode state, String field) {
        return LocalDate.parse(state.get(field).textValue());
    }
}
