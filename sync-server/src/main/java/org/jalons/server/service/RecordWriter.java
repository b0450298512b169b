package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jalons.protocol.Wire.ChangeResult;
import org.jalons.server.model.Json;
import org.jalons.server.model.Principal;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Stores;
import org.jalons.server.store.WorkTeamStore;
import org.jalons.server.summary.SummaryFields;
import org.jalons.server.summary.store.SummaryChangeLog;

/**
 * Applies one checked change to the store: create, field-level merge or tombstone, and the
 * {@code conflict} records a merge produces. Every method decides first and writes last, so a
 * rejected change never leaves a partial write.
 */
final class RecordWriter {

    /** Hands out sequence numbers while the counter row is locked. */
    static final class Seqs {
        long last;

        Seqs(long last) {
            this.last = last;
        }

        long next() {
            return ++last;
        }
    }

    /**
     * The context of one push: who, when, the sequence numbers, the records the push has read or written (read once
     * for the whole batch, kept current as it writes) and the audit entries, written together before the commit.
     */
    record Push(
            Connection c,
            Principal principal,
            Instant now,
            Seqs seqs,
            Map<UUID, Optional<StoredRecord>> records,
            List<AuditLog.Entry> audit,
            List<SummaryChangeLog.Entry> summary) {

        Push(Connection c, Principal principal, Instant now, Seqs seqs) {
            this(c, principal, now, seqs, new HashMap<>(), new ArrayList<>(), new ArrayList<>());
        }

        /** The record as this transaction sees it: from the batch's read, else from the store. */
        Optional<StoredRecord> record(Stores stores, UUID id) throws SQLException {
            Optional<StoredRecord> known = records.get(id);
            if (known == null) {
                known = stores.records().find(c, principal.organisationId(), id);
                records.put(id, known);
            }
            return known;
        }

        void wrote(StoredRecord record) {
            records.put(record.id(), Optional.of(record));
        }
    }

    private final Stores stores;
    private final StateRules rules;
    private final WorkTeamStore workTeams = new WorkTeamStore();

    RecordWriter(Stores stores, StateRules rules) {
        this.stores = stores;
        this.rules = rules;
    }

    ChangeResult create(Push push, Change change) throws SQLException, ChangeRejected {
        if (change.baseVersion() != 0) {
            throw ChangeRejected.notFound();
        }
        ObjectNode fields = Json.object();
        for (Map.Entry<String, JsonNode> field : change.fieldEntries()) {
            if (!field.getValue().isNull()) {
                fields.set(field.getKey(), field.getValue());
            }
        }
        ObjectNode versions =
                FieldVersions.allAt(fields, 1, push.principal().deviceId()).toJson();
        String sensitive = rules.checkState(push, change.kind(), change.beneficiaryId(), fields);
        long seq = push.seqs().next();
        StoredRecord created = new StoredRecord(
                push.principal().organisationId(),
                change.recordId(),
                change.kind(),
                change.beneficiaryId(),
                1,
                seq,
                false,
                sensitive,
                fields,
                versions);
        stores.records().insert(push.c(), created, push.now());
        push.wrote(created);
        keepWorkTeam(push, null, created);
        markLinkedToGoal(push, created);
        logged(push, "CREATE", created);
        audit(push, "CREATE", change.kind(), change.recordId(), change.beneficiaryId(), change.changeId(), seq);
        return ChangeResult.applied(change.changeId().toString(), 1, seq, List.of());
    }

    /**
     * Field-level merge against {@code baseVersion}: a field changed since then by another device,
     * whose value differs, keeps the server's value and becomes a conflict. Every accepted change
     * makes a new version and seq of the record, even when no value changed.
     */
    ChangeResult merge(Push push, Change change, StoredRecord current) throws SQLException, ChangeRejected {
        checkBase(change, current);
        UUID device = push.principal().deviceId();
        if (current.deleted()) {
            if (revives(change, current)) {
                return revive(push, change, current);
            }
            // An edit that did not see the delete: the record as it would be kept is its last live fields (kept
            // with the tombstone) with this edit on top, so that "keep it" loses nothing.
            ObjectNode kept = current.fields().deepCopy();
            applyFields(kept, change);
            return tombstoneConflict(
                    push,
                    change,
                    current,
                    JsonNodeFactory.instance.booleanNode(true),
                    JsonNodeFactory.instance.booleanNode(false),
                    kept);
        }
        long newVersion = current.version() + 1;
        ObjectNode state = current.fields().deepCopy();
        FieldVersions versions = new FieldVersions(current.fieldVersions());
        List<Object[]> conflicts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : change.fieldEntries()) {
            String name = field.getKey();
            JsonNode serverValue = state.has(name) ? state.get(name) : JsonNodeFactory.instance.nullNode();
            if (sameValue(serverValue, field.getValue())) {
                continue;
            }
            if (versions.changedElsewhereSince(name, change.baseVersion(), device)) {
                if (RecordSchemas.CONFLICT.equals(current.kind())) {
                    throw ChangeRejected.invalid("This conflict was already resolved on another device.");
                }
                conflicts.add(new Object[] {name, serverValue, field.getValue()});
                continue;
            }
            if (field.getValue().isNull()) {
                state.remove(name);
            } else {
                state.set(name, field.getValue());
            }
            versions.set(name, newVersion, device);
        }
        String sensitive = rules.checkState(push, current.kind(), current.beneficiaryId(), state);
        if (RecordSchemas.CONFLICT.equals(current.kind()) || Sensitivity.LINKED_TO_GOAL.contains(current.kind())) {
            // derived content: what was written under a category keeps it through later edits (a resolution too)
            sensitive = Sensitivity.most(sensitive, current.sensitiveCategory());
            if (RecordSchemas.CONFLICT.equals(current.kind())) {
                // each category the resolution speaks of needs its consent: a justice barrier resolved into a health
                // one needs both, whatever the most sensitive of them
                for (String category : resolvedCategories(state)) {
                    rules.requireConsent(push.c(), push.principal(), current.beneficiaryId(), category);
                    sensitive = Sensitivity.most(sensitive, category);
                }
                sensitive = Sensitivity.most(sensitive, conflictSourceCategory(push, current, state));
            }
            rules.requireConsent(push.c(), push.principal(), current.beneficiaryId(), sensitive);
        }
        String conflictCategory = sensitive;
        if (!conflicts.isEmpty()) {
            // the pushed values kept aside in the conflicts are stored too: they pass the consent rule as if applied
            ObjectNode wanted = current.fields().deepCopy();
            applyFields(wanted, change);
            conflictCategory = Sensitivity.most(
                    derivedCategory(current.kind(), current.sensitiveCategory(), current.fields()),
                    derivedCategory(
                            current.kind(),
                            rules.consentCategory(push, current.kind(), current.beneficiaryId(), wanted),
                            wanted));
            conflictCategory = Sensitivity.most(conflictCategory, derivedCategory(current.kind(), sensitive, state));
        }
        long seq = push.seqs().next();
        StoredRecord merged = new StoredRecord(
                current.organisationId(),
                current.id(),
                current.kind(),
                current.beneficiaryId(),
                newVersion,
                seq,
                false,
                sensitive,
                state,
                versions.toJson());
        stores.records().update(push.c(), merged, push.now());
        push.wrote(merged);
        keepWorkTeam(push, current, merged);
        markLinkedToGoal(push, merged);
        logged(push, "UPDATE", merged);
        audit(push, "UPDATE", current.kind(), current.id(), current.beneficiaryId(), change.changeId(), seq);
        List<String> conflictIds = new ArrayList<>();
        for (Object[] conflict : conflicts) {
            conflictIds.add(writeConflict(
                            push,
                            change,
                            current,
                            (String) conflict[0],
                            (JsonNode) conflict[1],
                            (JsonNode) conflict[2],
                            null,
                            conflictCategory)
                    .id()
                    .toString());
        }
        return ChangeResult.applied(change.changeId().toString(), newVersion, seq, conflictIds);
    }

    /**
     * Delete = tombstone. A delete against fields another device changed since {@code baseVersion}
     * keeps the record and becomes a conflict on {@code _deleted}.
     */
    ChangeResult delete(Push push, Change change, StoredRecord current) throws SQLException, ChangeRejected {
        checkBase(change, current);
        UUID device = push.principal().deviceId();
        if (!current.deleted()
                && new FieldVersions(current.fieldVersions()).anyChangedElsewhereSince(change.baseVersion(), device)) {
            return tombstoneConflict(
                    push,
                    change,
                    current,
                    JsonNodeFactory.instance.booleanNode(false),
                    JsonNodeFactory.instance.booleanNode(true),
                    current.fields());
        }
        long seq = push.seqs().next();
        long version = current.version() + 1;
        // The tombstone keeps the last live fields (never served: SyncedRecord) for a later _deleted conflict's
        // recordFields; they go with the tombstone when it is purged.
        StoredRecord tombstone = new StoredRecord(
                current.organisationId(),
                current.id(),
                current.kind(),
                current.beneficiaryId(),
                version,
                seq,
                true,
                current.sensitiveCategory(),
                current.fields(),
                current.fieldVersions());
        stores.records().update(push.c(), tombstone, push.now());
        push.wrote(tombstone);
        keepWorkTeam(push, current, tombstone);
        logged(push, "DELETE", tombstone);
        audit(push, "DELETE", current.kind(), current.id(), current.beneficiaryId(), change.changeId(), seq);
        return ChangeResult.applied(change.changeId().toString(), version, seq, List.of());
    }

    /**
     * An upsert of a deleted record from a device that has seen the tombstone (baseVersion = its version): a person
     * chose to keep the record (resolving a {@code _deleted} conflict). It comes back with the pushed fields, checked
     * as for a create (PushService asks for the required ones).
     */
    static boolean revives(Change change, StoredRecord current) {
        return current.deleted() && !change.delete() && change.baseVersion() == current.version();
    }

    private ChangeResult revive(Push push, Change change, StoredRecord current) throws SQLException, ChangeRejected {
        ObjectNode fields = Json.object();
        applyFields(fields, change);
        long version = current.version() + 1;
        ObjectNode versions = FieldVersions.allAt(
                        fields, version, push.principal().deviceId())
                .toJson();
        String sensitive = rules.checkState(push, current.kind(), current.beneficiaryId(), fields);
        long seq = push.seqs().next();
        StoredRecord revived = new StoredRecord(
                current.organisationId(),
                current.id(),
                current.kind(),
                current.beneficiaryId(),
                version,
                seq,
                false,
                sensitive,
                fields,
                versions);
        stores.records().update(push.c(), revived, push.now());
        push.wrote(revived);
        keepWorkTeam(push, current, revived);
        markLinkedToGoal(push, revived);
        logged(push, "REVIVE", revived);
        audit(push, "REVIVE", current.kind(), current.id(), current.beneficiaryId(), change.changeId(), seq);
        return ChangeResult.applied(change.changeId().toString(), version, seq, List.of());
    }

    private static void applyFields(ObjectNode state, Change change) {
        for (Map.Entry<String, JsonNode> field : change.fieldEntries()) {
            if (field.getValue().isNull()) {
                state.remove(field.getKey());
            } else {
                state.set(field.getKey(), field.getValue());
            }
        }
    }

    /** Equal JSON values, numbers by value: 35 and 35.0 are the same number (PROTOCOL.md, merge). */
    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static void checkBase(Change change, StoredRecord current) throws ChangeRejected {
        if (change.baseVersion() > current.version()) {
            throw ChangeRejected.invalid("baseVersion " + change.baseVersion() + " is ahead of the server's version "
                    + current.version() + ".");
        }
    }

    /**
     * The record keeps its state (live or deleted) under a new version; the disagreement is a conflict on
     * {@code _deleted} that carries the record's full fields as they would be kept ({@code recordFields}).
     */
    private ChangeResult tombstoneConflict(
            Push push,
            Change change,
            StoredRecord current,
            JsonNode serverValue,
            JsonNode clientValue,
            ObjectNode recordFields)
            throws SQLException, ChangeRejected {
        // shown only where the record may be; an edit of a deleted record is new content: the consent rule first
        String sensitive = Sensitivity.most(
                derivedCategory(current.kind(), current.sensitiveCategory(), current.fields()),
                derivedCategory(
                        current.kind(),
                        clientValue.asBoolean()
                                ? null
                                : rules.consentCategory(push, current.kind(), current.beneficiaryId(), recordFields),
                        recordFields));
        long seq = push.seqs().next();
        long version = current.version() + 1;
        StoredRecord kept = new StoredRecord(
                current.organisationId(),
                current.id(),
                current.kind(),
                current.beneficiaryId(),
                version,
                seq,
                current.deleted(),
                current.sensitiveCategory(),
                current.fields(),
                current.fieldVersions());
        stores.records().update(push.c(), kept, push.now());
        push.wrote(kept);
        audit(push, "UPDATE", current.kind(), current.id(), current.beneficiaryId(), change.changeId(), seq);
        StoredRecord conflict =
                writeConflict(push, change, current, "_deleted", serverValue, clientValue, recordFields, sensitive);
        return ChangeResult.applied(
                change.changeId().toString(),
                version,
                seq,
                List.of(conflict.id().toString()));
    }

    /** A record's stored category, with what its content reveals though the record itself stays served. */
    private static String derivedCategory(String kind, String stored, ObjectNode fields) {
        return Sensitivity.most(stored, Sensitivity.of(kind, fields));
    }

    /**
     * The categories the value a resolution stores speaks of: eligibility codes, a barrier's area or a goal's theme,
     * or the fields a {@code _deleted} resolution lays over its record.
     */
    private static Set<String> resolvedCategories(ObjectNode conflict) {
        String recordKind = conflict.path("recordKind").asText();
        JsonNode resolved = conflict.path("resolvedValue");
        Set<String> categories = new TreeSet<>();
        if ("beneficiary".equals(recordKind)) {
            categories.addAll(Sensitivity.codeCategories(resolved)); // elsewhere "AAH" is only a text
        } else if (resolved instanceof ObjectNode laidOver && Sensitivity.of(recordKind, laidOver) != null) {
            categories.add(Sensitivity.of(recordKind, laidOver));
        }
        String ofValue = Sensitivity.ofValue(recordKind, conflict.path("field").asText(), resolved);
        if (ofValue != null) {
            categories.add(ofValue);
        }
        return categories;
    }

    /** A conflict is as sensitive as the record it is about, now. */
    private String conflictSourceCategory(Push push, StoredRecord conflict, ObjectNode state) throws SQLException {
        try {
            Optional<StoredRecord> about =
                    push.record(stores, UUID.fromString(state.path("recordId").asText()));
            if (about.isPresent() && about.get().beneficiaryId().equals(conflict.beneficiaryId())) {
                return derivedCategory(
                        about.get().kind(),
                        about.get().sensitiveCategory(),
                        about.get().fields());
            }
        } catch (IllegalArgumentException e) {
            // a conflict always names its record; nothing to add if it does not
        }
        return null;
    }

    /**
     * The lookup of people by work team follows the {@code workTeam} of the person's live beneficiary record, in the
     * push that writes it: a work supervisor's next pull sees the person arrive or leave.
     */
    private void keepWorkTeam(Push push, StoredRecord before, StoredRecord after) throws SQLException {
        if (!"beneficiary".equals(after.kind())) {
            return;
        }
        String was = before == null || before.deleted() ? null : WorkTeamStore.teamOf(before.fields());
        String is = after.deleted() ? null : WorkTeamStore.teamOf(after.fields());
        if (!java.util.Objects.equals(was, is)) {
            workTeams.setMember(push.c(), after.organisationId(), after.beneficiaryId(), is);
        }
    }

    /** A goal that became sensitive makes its steps, check-ins and trainings so (PROTOCOL.md, sensitive data). */
    private void markLinkedToGoal(Push push, StoredRecord goal) throws SQLException {
        if ("goal".equals(goal.kind()) && goal.sensitiveCategory() != null) {
            stores.records()
                    .markLinkedToGoal(
                            push.c(), goal.organisationId(), goal.beneficiaryId(), goal.id(), goal.sensitiveCategory());
        }
    }

    private StoredRecord writeConflict(
            Push push,
            Change change,
            StoredRecord current,
            String field,
            JsonNode serverValue,
            JsonNode clientValue,
            ObjectNode recordFields,
            String sensitive)
            throws SQLException {
        ObjectNode fields = Json.object();
        fields.put("recordKind", current.kind());
        fields.put("recordId", current.id().toString());
        fields.put("field", field);
        fields.set("serverValue", serverValue);
        fields.set("clientValue", clientValue);
        if (recordFields != null) {
            fields.set("recordFields", recordFields.deepCopy());
        }
        fields.put("baseVersion", change.baseVersion());
        fields.put("changeId", change.changeId().toString());
        fields.put("status", "OPEN");
        ObjectNode versions = FieldVersions.allAt(fields, 1, null).toJson();
        StoredRecord conflict = new StoredRecord(
                current.organisationId(),
                UUID.randomUUID(),
                RecordSchemas.CONFLICT,
                current.beneficiaryId(),
                1,
                push.seqs().next(),
                false,
                sensitive,
                fields,
                versions);
        stores.records().insert(push.c(), conflict, push.now());
        push.wrote(conflict);
        audit(
                push,
                "CONFLICT",
                RecordSchemas.CONFLICT,
                conflict.id(),
                conflict.beneficiaryId(),
                change.changeId(),
                conflict.seq());
        return conflict;
    }

    /** The statistics projector's view of this version, written with the push (SummaryFields keeps the codes). */
    private static void logged(Push push, String action, StoredRecord version) {
        if (!SummaryFields.logged(version.kind())) {
            return;
        }
        Principal who = push.principal();
        push.summary()
                .add(new SummaryChangeLog.Entry(
                        version.seq(),
                        version.id(),
                        version.kind(),
                        version.beneficiaryId(),
                        action,
                        version.deleted(),
                        who.userId(),
                        who.role().name(),
                        push.now(),
                        SummaryFields.coded(version.kind(), version.fields())));
    }

    private void audit(
            Push push, String action, String kind, UUID recordId, UUID beneficiaryId, UUID changeId, long seq)
            throws SQLException {
        Principal who = push.principal();
        push.audit()
                .add(new AuditLog.Entry(
                        who.userId(),
                        who.deviceId(),
                        push.now(),
                        action,
                        kind,
                        recordId,
                        changeId,
                        seq,
                        beneficiaryId));
    }
}
