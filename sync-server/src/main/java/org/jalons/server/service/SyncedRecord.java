package org.jalons.server.service;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.model.Json;
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

    /**
     * As {@link #of(RecordStore.Served)}, and a beneficiary record leaves out the eligibility codes whose consent
     * ({@code granted}, the reader's scope signature) is not in force (RQTH or AAH tell a health condition), and its
     * {@code contact} without IDENTITY_CONTACT.
     */
    static SyncedRecord of(RecordStore.Served record, Set<String> granted) {
        SyncedRecord synced = of(record);
        if (record.deleted() || !"beneficiary".equals(record.kind())) {
            return synced;
        }
        ObjectNode fields = Json.parseObject(record.fields());
        // a phone number or address is served only while the person's IDENTITY_CONTACT consent is in force
        boolean left = !granted.contains(Sensitivity.IDENTITY_CONTACT) && fields.remove("contact") != null;
        JsonNode eligibility = fields.path("eligibility");
        if (!eligibility.isArray()) {
            return left ? new SyncedRecord(synced.seq(), synced.kind(), synced.id(), synced.beneficiaryId(),
                    synced.version(), false, Json.write(fields)) : synced;
        }
        ArrayNode allowed = fields.putArray("eligibility");
        for (JsonNode code : eligibility) {
            String category = Sensitivity.ELIGIBILITY.get(code.asText());
            if (category == null || granted.contains(category)) {
                allowed.add(code);
            } else {
                left = true;
            }
        }
        return left ? new SyncedRecord(synced.seq(), synced.kind(), synced.id(), synced.beneficiaryId(),
                synced.version(), false, Json.write(fields)) : synced;
    }
}
