package org.jalons.server.service;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.store.RecordStore;

/**
 * A record as served by pull and snapshot: its full current state. {@code fields} is the JSON object as stored,
 * written into the answer as it is: a page of 1,000 records is not parsed and written again.
 */
public record SyncedRecord(
        long seq,
        String kind,
        UUID id,
        UUID beneficiaryId,
        long version,
        boolean deleted,
        @JsonRawValue String fields) {

    /**
     * A tombstone is served without fields (the server keeps its last live ones for a _deleted conflict only). Fields
     * stored before the text rule are served repaired: one bad string must not stop every device's cursor.
     */
    static SyncedRecord of(RecordStore.Served record) {
        return new SyncedRecord(
                record.seq(),
                record.kind(),
                record.id(),
                record.beneficiaryId(),
                record.version(),
                record.deleted(),
                record.deleted() ? "{}" : TextRule.servable(record.fields()));
    }

    /**
     * As {@link #of(RecordStore.Served)}, with what the consents in force ({@code granted}, the reader's scope
     * signature) allow of it ({@link ServedContent}): a beneficiary record without its contact or revealing codes, a
     * conflict without the values its record would not show. Null when the record may not be served at all.
     */
    static SyncedRecord of(RecordStore.Served record, Set<String> granted) {
        SyncedRecord synced = of(record);
        if (record.deleted() || !ServedContent.filtered(record.kind())) {
            return synced;
        }
        ObjectNode stored = Json.parseObject(synced.fields());
        ObjectNode fields = stored.deepCopy();
        if (!ServedContent.allow(record.kind(), fields, granted)) {
            return null;
        }
        return fields.equals(stored)
                ? synced
                : new SyncedRecord(
                        synced.seq(),
                        synced.kind(),
                        synced.id(),
                        synced.beneficiaryId(),
                        synced.version(),
                        false,
                        Json.write(fields));
    }
}
