package org.jalons.server.service;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.UUID;
import org.jalons.server.store.RecordStore;

/**
 * A record as served by pull and snapshot: its full current state. {@code fields} is the JSON object as stored,
 * written into the answer as it is: a page of 1,000 records is not parsed and written again.
 */
public record SyncedRecord(long seq, String kind, UUID id, UUID beneficiaryId, long version, boolean deleted,
                           @JsonRawValue String fields) {

    /**
     * A tombstone is served without fields (the server keeps its last live ones for a _deleted conflict only). Fields
     * stored before the text rule are served repaired: one bad string must not stop every device's cursor.
     */
    static SyncedRecord of(RecordStore.Served record) {
        return new SyncedRecord(record.seq(), record.kind(), record.id(), record.beneficiaryId(), record.version(),
                record.deleted(), record.deleted() ? "{}" : TextRule.servable(record.fields()));
    }
}
