package org.jalons.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.Rater;

/**
 * "Je me sens capable de…": a 0–10 rating of one goal by the person or by the counsellor. Append-only:
 * both voices are kept side by side over time and never averaged away.
 */
public record CheckIn(
        UUID id, UUID beneficiaryId, UUID goalId, Rater rater, int rating, String comment, Instant ratedAt)
        implements JalonsRecord {

    public static final int MIN = 0;
    public static final int MAX = 10;

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("goalId", goalId)
                .required("rater", rater)
                .range("rating", rating, MIN, MAX)
                .text(RecordSchema.CHECK_IN, "comment", comment)
                .required("ratedAt", ratedAt)
                .list();
    }
}
