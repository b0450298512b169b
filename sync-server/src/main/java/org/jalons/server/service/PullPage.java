package org.jalons.server.service;

import java.util.List;
import java.util.UUID;

/** One page of pull: records after the cursor, the next cursor, and the device's current scope. */
public record PullPage(List<SyncedRecord> records, long cursor, boolean hasMore, List<ScopeEntry> scope) {

    /** A beneficiary the device may see, with the sensitive categories it may see for them. */
    public record ScopeEntry(UUID beneficiaryId, String signature) {}
}
