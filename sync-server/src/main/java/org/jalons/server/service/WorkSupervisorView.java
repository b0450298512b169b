package org.jalons.server.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.jalons.protocol.RecordSchema;
import org.jalons.server.model.Json;
import org.jalons.server.store.RecordStore;

/**
 * What a work supervisor reads of the people of their work teams (need to know, PROTOCOL.md "Work supervisors"): of
 * the beneficiary record only {@link RecordSchema#WORK_SUPERVISOR_FIELDS}, whatever the consents (no eligibility,
 * contact, phone, address, referent, education); the observations at work; the conflicts about observations. Nothing
 * else, even if a query brought it: the reader scope already reads these kinds only.
 */
final class WorkSupervisorView {

    static final Set<String> KINDS = Set.of("beneficiary", RecordSchema.WORK_OBSERVATION.wireName());

    private WorkSupervisorView() {}

    /** The record as a work supervisor may read it, or null when they may not read it at all. */
    static SyncedRecord of(RecordStore.Served record) {
        boolean conflict = RecordSchemas.CONFLICT.equals(record.kind());
        if (!KINDS.contains(record.kind()) && !conflict) {
            return null;
        }
        SyncedRecord synced = SyncedRecord.of(record);
        if (record.deleted()) {
            return synced; // a tombstone carries no fields
        }
        ObjectNode fields = Json.parseObject(synced.fields());
        if (conflict) {
            return RecordSchema.WORK_OBSERVATION
                            .wireName()
                            .equals(fields.path("recordKind").asText())
                    ? synced
                    : null;
        }
        if (!"beneficiary".equals(record.kind())) {
            return synced;
        }
        fields.retain(RecordSchema.WORK_SUPERVISOR_FIELDS);
        return new SyncedRecord(
                synced.seq(),
                synced.kind(),
                synced.id(),
                synced.beneficiaryId(),
                synced.version(),
                false,
                Json.write(fields));
    }
}
