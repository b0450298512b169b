package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.Principal;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.Stores;

/** Rules on field values and on a record's whole state after a change (what each role may write: WriteRights). */
final class StateRules {

    /** How far ahead of the server's clock a consent's recordedAt may be (a phone's clock drifts a little). */
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);

    private final Stores stores;
    private final SharedWordRule sharedWords;

    StateRules(Stores stores) {
        this.stores = stores;
        this.sharedWords = new SharedWordRule(stores);
    }

    /** Types, ranges, unknown fields and required fields of the values a change sets. */
    void checkValues(KindSchema schema, Change change, boolean create) throws ChangeRejected {
        TextRule.checkFields(schema, change);
        for (Map.Entry<String, JsonNode> field : change.fieldEntries()) {
            FieldRule type = schema.fields().get(field.getKey());
            if (type == null) {
                throw ChangeRejected.invalid(
                        "Unknown field " + Change.truncate(field.getKey()) + " for kind " + schema.kind() + ".");
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
    String checkState(RecordWriter.Push push, String kind, UUID beneficiaryId, ObjectNode state)
            throws SQLException, ChangeRejected {
        Connection c = push.c();
        Principal principal = push.principal();
        switch (kind) {
            case "training" -> {
                if (has(state, "rncpLevel")
                        && !"RNCP".equals(state.path("certification").asText())) {
                    throw ChangeRejected.invalid("rncpLevel is only given with an RNCP certification.");
                }
                if (has(state, "startDate")
                        && has(state, "endDate")
                        && date(state, "endDate").isBefore(date(state, "startDate"))) {
                    throw ChangeRejected.invalid("endDate must not be before startDate.");
                }
            }
            case "exit" -> {
                var profile = stores.records()
                        .find(c, principal.organisationId(), beneficiaryId)
                        .filter(r -> "beneficiary".equals(r.kind()) && !r.deleted())
                        .map(StoredRecord::fields);
                if (profile.isPresent()
                        && has(profile.get(), "entryDate")
                        && date(state, "exitDate").isBefore(date(profile.get(), "entryDate"))) {
                    throw ChangeRejected.invalid("exitDate must not be before the beneficiary's entryDate.");
                }
            }
            case "consent" -> {
                // consents are ordered as received; a date from a clock running ahead would mislead who reads them
                if (Instant.parse(state.get("recordedAt").asText())
                        .isAfter(push.now().plus(MAX_CLOCK_AHEAD))) {
                    throw ChangeRejected.invalid(
                            ChangeRejected.CLOCK_SKEW,
                            "recordedAt is more than " + MAX_CLOCK_AHEAD.toMinutes()
                                    + " minutes ahead of the server's clock.");
                }
            }
            case "sharedWord" -> sharedWords.check(push, beneficiaryId, state);
            default -> {}
        }
        return consentCategory(push, kind, beneficiaryId, state);
    }

    /**
     * The consent rule alone, on any content a write would store (a record's state, or the values a conflict keeps
     * aside): refused without the consent its category needs. Returns the category the record itself carries.
     */
    String consentCategory(RecordWriter.Push push, String kind, UUID beneficiaryId, ObjectNode state)
            throws SQLException, ChangeRejected {
        Connection c = push.c();
        Principal principal = push.principal();
        if ("beneficiary".equals(kind)) {
            // the record stays served; its revealing codes need their consent and are left out without it
            for (String category : Sensitivity.eligibilityCategories(state)) {
                requireConsent(c, principal, beneficiaryId, category);
            }
            return null;
        }
        String category = Sensitivity.of(kind, state);
        if (Sensitivity.LINKED_TO_GOAL.contains(kind) && has(state, "goalId")) {
            category = Sensitivity.most(category, goalCategory(push, beneficiaryId, state));
        }
        if ("sharedWord".equals(kind)) {
            // derived from the words it shares: it carries their category
            category = Sensitivity.most(category, sharedWords.wordsCategory(push, beneficiaryId, state));
        }
        requireConsent(c, principal, beneficiaryId, category);
        return category;
    }

    /**
     * A person's phone number or address is stored only while their IDENTITY_CONTACT consent is in force, on every
     * write path (create, edit, revival, the edit of a deleted record, values kept aside in a conflict, a conflict's
     * resolution): the pushed value is checked, not the stored one, so clearing it or editing another field always
     * goes through.
     */
    void checkContact(RecordWriter.Push push, Change change, Optional<StoredRecord> existing)
            throws SQLException, ChangeRejected {
        List<JsonNode> contacts = new java.util.ArrayList<>();
        if (RecordSchemas.CONFLICT.equals(change.kind())
                && existing.isPresent()
                && "beneficiary"
                        .equals(existing.get().fields().path("recordKind").asText())) {
            // the value a resolution keeps: a contact field itself, or fields a _deleted resolution lays over the
            // record
            JsonNode resolved = change.fields().path("resolvedValue");
            String field = existing.get().fields().path("field").asText();
            if (Sensitivity.CONTACT_FIELDS.contains(field)) {
                contacts.add(resolved);
            } else if ("_deleted".equals(field)) {
                Sensitivity.CONTACT_FIELDS.forEach(name -> contacts.add(resolved.get(name)));
            }
        } else if ("beneficiary".equals(change.kind())) {
            Sensitivity.CONTACT_FIELDS.forEach(
                    name -> contacts.add(change.fields().get(name)));
        } else {
            return;
        }
        for (JsonNode contact : contacts) {
            if (contact != null && contact.isTextual() && !contact.asText().isBlank()) {
                requireConsent(push.c(), push.principal(), change.beneficiaryId(), Sensitivity.IDENTITY_CONTACT);
            }
        }
    }

    /** GDPR art. 9/10: stored only while the person's consent for the category is in force. */
    void requireConsent(Connection c, Principal principal, UUID beneficiaryId, String category)
            throws SQLException, ChangeRejected {
        if (category != null && !stores.consents().isGranted(c, principal.organisationId(), beneficiaryId, category)) {
            throw ChangeRejected.invalid(ChangeRejected.CONSENT_MISSING, "consent_missing");
        }
    }

    /** A step, check-in or training says something about its goal: it takes the goal's category. */
    private String goalCategory(RecordWriter.Push push, UUID beneficiaryId, ObjectNode state) throws SQLException {
        UUID goalId;
        try {
            goalId = UUID.fromString(state.get("goalId").asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return push.record(stores, goalId)
                .filter(goal ->
                        "goal".equals(goal.kind()) && goal.beneficiaryId().equals(beneficiaryId))
                .map(StoredRecord::sensitiveCategory)
                .orElse(null);
    }

    /** GDPR art. 9/10: a health or justice barrier that says something. */
    static String sensitiveCategory(ObjectNode barrier) {
        return Sensitivity.of("barrier", barrier);
    }

    private static boolean has(ObjectNode state, String field) {
        return state.hasNonNull(field);
    }

    private static LocalDate date(ObjectNode state, String field) {
        return LocalDate.parse(state.get(field).textValue());
    }
}
