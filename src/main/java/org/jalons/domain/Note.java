package org.jalons.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.Rater;

/**
 * A short note written by the person or the counsellor. Append-only: a correction is a new note of the same voice
 * whose {@code amends} names the original; its {@code writtenAt} is when it was corrected, {@code amendedBy} (written
 * by the server) by whom.
 */
public record Note(
        UUID id, UUID beneficiaryId, String text, Instant writtenAt, Rater authorRole, UUID amends, String amendedBy)
        implements JalonsRecord, Amendable {

    /** A note as first written (it corrects nothing). */
    public Note(UUID id, UUID beneficiaryId, String text, Instant writtenAt, Rater authorRole) {
        this(id, beneficiaryId, text, writtenAt, authorRole, null, null);
    }

    /** A correction of {@code original} (the root of its chain) with these words, written at {@code at}. */
    public Note correctedAs(UUID newId, String newText, Instant at, UUID original) {
        return new Note(newId, beneficiaryId, newText, at, authorRole, original, null);
    }

    @Override
    public Instant correctedAt() {
        return writtenAt;
    }

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
