package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * What the person's consents let a device read of a stored record (PROTOCOL.md, "What each consent category does").
 * The store keeps everything as written, so what is left out here is served again once the consent comes back.
 * The record's own category is applied by the record queries; this is what a single category cannot say: a field
 * of a record that stays served, and a conflict that copies values of records of several categories.
 */
final class ServedContent {

    /** The values a conflict copies from the record it is about. */
    private static final List<String> CONFLICT_VALUES = List.of("serverValue", "clientValue", "resolvedValue");

    private ServedContent() {}

    /** Kinds whose content depends on more than their category: their fields go through {@link #allow}. */
    static boolean filtered(String kind) {
        return "beneficiary".equals(kind) || RecordSchemas.CONFLICT.equals(kind);
    }

    /**
     * Leaves out of {@code fields} what the consents in force ({@code granted}) do not allow; false when the record
     * may not be served at all.
     */
    static boolean allow(String kind, ObjectNode fields, Set<String> granted) {
        if ("beneficiary".equals(kind)) {
            stripBeneficiary(fields, granted);
            return true;
        }
        return !RecordSchemas.CONFLICT.equals(kind) || allowConflict(fields, granted);
    }

    /**
     * A beneficiary record stays served; its {@code contact}, {@code phone} and {@code address} need IDENTITY_CONTACT and each revealing eligibility
     * code its category.
     */
    private static void stripBeneficiary(ObjectNode beneficiary, Set<String> granted) {
        if (!granted.contains(Sensitivity.IDENTITY_CONTACT)) {
            beneficiary.remove(Sensitivity.CONTACT_FIELDS);
        }
        if (beneficiary.path("eligibility").isArray()) {
            beneficiary.set("eligibility", allowedCodes(beneficiary.get("eligibility"), granted));
        }
    }

    /**
     * A conflict shows no more of its record than the record shows: a conflict about a beneficiary's contact goes
     * with the contact, its copy of the whole record ({@code recordFields}) and its eligibility values are stripped
     * as the record is, and a conflict whose values speak of health or justice (a barrier moved between the two, a
     * deleted barrier edited into one) needs every category they speak of, not only the most sensitive one.
     */
    private static boolean allowConflict(ObjectNode conflict, Set<String> granted) {
        String kind = conflict.path("recordKind").asText();
        String field = conflict.path("field").asText();
        if ("beneficiary".equals(kind)) {
            if (Sensitivity.CONTACT_FIELDS.contains(field) && !granted.contains(Sensitivity.IDENTITY_CONTACT)) {
                return false;
            }
            if (conflict.get("recordFields") instanceof ObjectNode recordFields) {
                stripBeneficiary(recordFields, granted);
            }
            for (String name : CONFLICT_VALUES) {
                JsonNode value = conflict.get(name);
                if (value instanceof ObjectNode record) { // a _deleted resolution may lay fields over the record
                    stripBeneficiary(record, granted);
                } else if (value != null && value.isArray() && "eligibility".equals(field)) {
                    conflict.set(name, allowedCodes(value, granted));
                } else if (value != null && !granted.containsAll(Sensitivity.codeCategories(value))) {
                    return false;
                }
            }
            return true;
        }
        for (String name : List.of("recordFields", "resolvedValue")) {
            if (conflict.get(name) instanceof ObjectNode record) {
                String category = Sensitivity.of(kind, record);
                if (category != null && !granted.contains(category)) {
                    return false;
                }
            }
        }
        for (String name : CONFLICT_VALUES) {
            String category = Sensitivity.ofValue(kind, field, conflict.path(name));
            if (category != null && !granted.contains(category)) {
                return false;
            }
        }
        return true;
    }

    private static ArrayNode allowedCodes(JsonNode codes, Set<String> granted) {
        ArrayNode allowed = JsonNodeFactory.instance.arrayNode();
        for (JsonNode code : codes) {
            String category = Sensitivity.ELIGIBILITY.get(code.asText());
            if (category == null || granted.contains(category)) {
                allowed.add(code);
            }
        }
        return allowed;
    }
}
