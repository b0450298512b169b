package org.jalons.storage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.RecordKind;

/** One local change waiting to reach the server, as protocol v1 sends it (docs/PROTOCOL.md). */
public record OutboxEntry(long seq, UUID changeId, UUID recordId, RecordKind kind, UUID beneficiaryId, Op op,
                          long baseVersion, Map<String, Object> fields, Instant createdAt, UUID authorId,
                          State state, Integer rejectCode, String rejectReason) {

    public enum Op { UPSERT, DELETE }

    /** PENDING until acknowledged (then removed); REJECTED stays visible with the server's reason. */
    public enum State { PENDING, REJECTED }
}
