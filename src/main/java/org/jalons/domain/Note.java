package org.jalons.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.Rater;

/** A short note written by the person or the counsellor. Append-only. */
public record Note(UUID id, UUID beneficiaryId, String text, Instant writtenAt, Rater authorRole)
        implements JalonsRecord {

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("text", text)
                .text(RecordSchema.NOTE, "text", text)
                .required("writtenAt", writtenAt)
                .required("authorRole", authorRole)
                .list();
    }
}
