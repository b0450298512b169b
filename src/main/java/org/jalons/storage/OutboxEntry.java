package org.jalons.storage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.RecordKind;

/** One local change waiting to reach the server, as protocol v1 sends it (docs/PROTOCOL.md). */
public record OutboxEntry(
        long seq,
        UUID changeId,
        UUID recordId,
        RecordKind kind,
        UUID beneficiaryId,
        Op op,
        long baseVersion,
        Map<String, Object> fields,
        Instant createdAt,
        UUID authorId,
        State state,
        Integer rejectCode,
        String rejectReason,
        String rejectError) {

    /** A change as it is written: not refused (yet), so without the server's stable code. */
    public OutboxEntry(
            long seq,
            UUID changeId,
            UUID recordId,
            RecordKind kind,
            UUID beneficiaryId,
            Op op,
            long baseVersion,
            Map<String, Object> fields,
            Instant createdAt,
            UUID authorId,
            State state,
            Integer rejectCode,
            String rejectReason) {
        this(
                seq,
                changeId,
                recordId,
                kind,
                beneficiaryId,
                op,
                baseVersion,
                fields,
                createdAt,
                authorId,
                state,
                rejectCode,
                rejectReason,
                null);
    }

    public enum Op {
        UPSERT,
        DELETE
    }

    /**
     * PENDING until acknowledged (then removed); REJECTED stays visible with the server's reason and stable code
     * ({@code rejectError}: forbidden_write, consent_missing… as PROTOCOL.md lists them; null for refusals made before
     * store V16 or by the phone itself).
     */
    public enum State {
        PENDING,
        REJECTED
    }
}
