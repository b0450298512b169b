package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.protocol.WriteRights.Operation;
import org.jalons.server.model.Json;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Role;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Stores;

/** Enforces {@link WriteRights} on one checked change, with the facts its conditions ask about. */
final class WriteCheck {

    /** Stable code of a change the pushing role may not write (PROTOCOL.md, "Write rights"). */
    static final String FORBIDDEN_WRITE = "forbidden_write";

    private final Stores stores;

    WriteCheck(Stores stores) {
        this.stores = stores;
    }

    /**
     * Refuses (403 {@code forbidden_write}) a change no row of the table allows. {@code visits}: the beneficiaries
     * the same push records a new interview of.
     */
    void check(RecordWriter.Push push, Change change, Optional<StoredRecord> existing, Set<UUID> visits)
            throws SQLException, ChangeRejected {
        Operation operation = change.delete()
                ? Operation.DELETE
                : existing.isEmpty() || RecordWriter.revives(change, existing.get())
                        ? Operation.CREATE
                        : Operation.EDIT;
        ObjectNode before =
                operation == Operation.CREATE ? Json.object() : existing.get().fields();
        ObjectNode after = before.deepCopy();
        Set<String> written = new LinkedHashSet<>();
        if (operation != Operation.DELETE) {
            for (Map.Entry<String, JsonNode> field : change.fieldEntries()) {
                JsonNode was =
                        before.has(field.getKey()) ? before.get(field.getKey()) : JsonNodeFactory.instance.nullNode();
                if (RecordWriter.sameValue(was, field.getValue())) {
                    continue;
                }
                written.add(field.getKey());
                if (field.getValue().isNull()) {
                    after.remove(field.getKey());
                } else {
                    after.set(field.getKey(), field.getValue());
                }
            }
        }
        Facts facts = new Facts(push, change.recordId(), change.beneficiaryId(), before, after, visits);
        if (!allows(facts, change.kind(), operation, written)) {
            Principal who = push.principal();
            throw ChangeRejected.forbidden(
                    FORBIDDEN_WRITE,
                    "A " + who.role() + " account may not "
                            + operation.name().toLowerCase(Locale.ROOT) + " this " + change.kind()
                            + (written.isEmpty() ? "" : " (fields " + String.join(", ", written) + ")")
                            + "; see Write rights in PROTOCOL.md.");
        }
    }

    private static boolean allows(Facts facts, String kind, Operation operation, Set<String> written)
            throws SQLException {
        try {
            return WriteRights.allows(facts.push.principal().role(), kind, operation, written, facts);
        } catch (FactUnavailable e) {
            throw e.getCause();
        }
    }

    /** A database read failed while a condition asked a fact: rethrown as the SQLException it is. */
    private static final class FactUnavailable extends RuntimeException {
        FactUnavailable(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    /** The facts of one change, read only when a condition asks. */
    private final class Facts implements WriteRights.Subject {
        final RecordWriter.Push push;
        final UUID recordId;
        final UUID beneficiaryId;
        final ObjectNode before;
        final ObjectNode after;
        final Set<UUID> visits;

        Facts(
                RecordWriter.Push push,
                UUID recordId,
                UUID beneficiaryId,
                ObjectNode before,
                ObjectNode after,
                Set<UUID> visits) {
            this.push = push;
            this.recordId = recordId;
            this.beneficiaryId = beneficiaryId;
            this.before = before;
            this.after = after;
            this.visits = visits;
        }

        @Override
        public ObjectNode before() {
            return before;
        }

        @Override
        public ObjectNode after() {
            return after;
        }

        @Override
        public boolean stepOfOwnGoal() {
            Optional<StoredRecord> goal = record(after.path("goalId").asText(""));
            return goal.isPresent()
                    && "goal".equals(goal.get().kind())
                    && !goal.get().deleted()
                    && goal.get().beneficiaryId().equals(beneficiaryId)
                    && "BENEFICIARY"
                            .equals(goal.get().fields().path("proposedBy").asText());
        }

        @Override
        public boolean createdByPerson() {
            // created earlier in this push: its audit entry is not written yet
            for (AuditLog.Entry entry : push.audit()) {
                if (entry.recordId().equals(recordId) && "CREATE".equals(entry.action())) {
                    return push.principal().user().beneficiaryId() != null
                            && push.principal().role() == Role.BENEFICIARY;
                }
            }
            try {
                return stores.audit()
                        .createdByPerson(push.c(), push.principal().organisationId(), recordId, beneficiaryId);
            } catch (SQLException e) {
                throw new FactUnavailable(e);
            }
        }

        @Override
        public boolean visitInSamePush() {
            return visits.contains(beneficiaryId);
        }

        @Override
        public boolean mayWriteDisputedField() {
            Optional<StoredRecord> disputed = record(before.path("recordId").asText(""));
            if (disputed.isEmpty()) {
                return false;
            }
            StoredRecord record = disputed.get();
            String field = before.path("field").asText();
            Facts facts =
                    new Facts(push, record.id(), record.beneficiaryId(), record.fields(), record.fields(), visits);
            return "_deleted".equals(field)
                    ? WriteRights.allows(push.principal().role(), record.kind(), Operation.DELETE, Set.of(), facts)
                    : WriteRights.allows(push.principal().role(), record.kind(), Operation.EDIT, Set.of(field), facts);
        }

        @Override
        public boolean amendsOwnVoice() {
            JsonNode amends = after.path("amends");
            if (amends.isMissingNode() || amends.isNull()) {
                return true;
            }
            Optional<StoredRecord> original = record(amends.asText(""));
            return original.isPresent()
                    && original.get()
                            .fields()
                            .path("authorRole")
                            .asText()
                            .equals(after.path("authorRole").asText());
        }

        private Optional<StoredRecord> record(String id) {
            UUID uuid;
            try {
                uuid = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            try {
                return push.record(stores, uuid);
            } catch (SQLException e) {
                throw new FactUnavailable(e);
            }
        }
    }
}
