package org.jalons.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.Rater;

/**
 * "Je me sens capable de…": a 0–10 rating of one goal by the person or by the counsellor. Append-only:
 * both voices are kept side by side over time and never averaged away. Each voice has its own comment; a visit's
 * answer to "what makes us see things differently?" is kept on both check-ins of the goal ({@code gapAnswer}).
 */
public record CheckIn(
        UUID id,
        UUID beneficiaryId,
        UUID goalId,
        Rater rater,
        int rating,
        String comment,
        Instant ratedAt,
        String gapAnswer)
        implements JalonsRecord {

    public static final int MIN = 0;
    public static final int MAX = 10;

    /** A check-in without a gap answer: one voice rating alone, as on the person's own phone. */
    public CheckIn(UUID id, UUID beneficiaryId, UUID goalId, Rater rater, int rating, String comment, Instant ratedAt) {
        this(id, beneficiaryId, goalId, rater, rating, comment, ratedAt, null);
    }

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("goalId", goalId)
                .required("rater", rater)
                .range("rating", rating, MIN, MAX)
                .text(RecordSchema.CHECK_IN, "comment", comment)
                .text(RecordSchema.CHECK_IN, "gapAnswer", gapAnswer)
                .required("ratedAt", ratedAt)
                .list();
    }
}
