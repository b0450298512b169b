package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.StoredRecord;

/** A record as served by pull and snapshot: its full current state. */
public record SyncedRecord(long seq, String kind, UUID id, UUID beneficiaryId, long version, boolean deleted,
                           JsonNode fields) {

    /** A tombstone is served without fields (the server keeps its last live ones for a _deleted conflict only). */
    static SyncedRecord of(StoredRecord record) {
        return new SyncedRecord(record.seq(), record.kind(), record.id(), record.beneficiaryId(), record.version(),
                record.deleted(), record.deleted() ? Json.object() : record.fields());
    }
}
