package org.jalons.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.ConsentCategory;

/** A consent given or withdrawn, with when and by whom it was recorded. Append-only: the latest is in force. */
public record Consent(
        UUID id, UUID beneficiaryId, ConsentCategory category, boolean granted, Instant recordedAt, String recordedBy)
        implements JalonsRecord {

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("category", category)
                .required("recordedAt", recordedAt)
                .required("recordedBy", recordedBy)
                .text(RecordSchema.CONSENT, "recordedBy", recordedBy)
                .list();
    }
}
