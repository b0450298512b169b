package org.jalons.domain;

import java.util.List;
import java.util.UUID;
import org.jalons.protocol.Vocabulary.ConflictStatus;

/**
 * The same field changed on two devices: the server keeps both values here until a person chooses or combines
 * them. Nothing is discarded. Values are the fields' JSON as written. For a delete against an edit ({@code field}
 * {@code _deleted}, values booleans) {@code recordFields} holds the whole record as it would be kept (JSON object).
 */
public record Conflict(
        UUID id,
        UUID beneficiaryId,
        String recordKind,
        UUID recordId,
        String field,
        @RawJson String serverValue,
        @RawJson String clientValue,
        long baseVersion,
        UUID changeId,
        ConflictStatus status,
        @RawJson String resolvedValue,
        @RawJson String recordFields)
        implements JalonsRecord {

    /** A conflict on one field (no {@code recordFields}). */
    public Conflict(
            UUID id,
            UUID beneficiaryId,
            String recordKind,
            UUID recordId,
            String field,
            String serverValue,
            String clientValue,
            long baseVersion,
            UUID changeId,
            ConflictStatus status,
            String resolvedValue) {
        this(
                id,
                beneficiaryId,
                recordKind,
                recordId,
                field,
                serverValue,
                clientValue,
                baseVersion,
                changeId,
                status,
                resolvedValue,
                null);
    }

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("recordKind", recordKind)
                .required("recordId", recordId)
                .required("field", field)
                .required("status", status)
                .rule(status == ConflictStatus.RESOLVED && resolvedValue == null, "resolvedValue", "required")
                .list();
    }

    public boolean isOpen() {
        return status == ConflictStatus.OPEN;
    }
}
