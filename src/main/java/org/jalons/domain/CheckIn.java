package org.jalons.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.Rater;

/**
 * "Je me sens capable de…": a 0–10 rating of one goal by the person or by the counsellor. Append-only:
 * both voices are kept side by side over time and never averaged away. Each voice has its own comment; a visit's
 * answer to "what makes us see things differently?" is kept on both check-ins of the goal ({@code gapAnswer}). A typo
 * in those words is corrected by a new check-in that {@code amends} the original (PROTOCOL.md, "Amendments"): the same
 * goal, voice, rating and moment, other words, written {@code amendedAt}; {@code amendedBy} is the server's.
 */
public record CheckIn(
        UUID id,
        UUID beneficiaryId,
        UUID goalId,
        Rater rater,
        int rating,
        String comment,
        Instant ratedAt,
        String gapAnswer,
        UUID amends,
        Instant amendedAt,
        String amendedBy)
        implements JalonsRecord, Amendable {

    public static final int MIN = 0;
    public static final int MAX = 10;

    /** A check-in as first given (it corrects nothing). */
    public CheckIn(
            UUID id,
            UUID beneficiaryId,
            UUID goalId,
            Rater rater,
            int rating,
            String comment,
            Instant ratedAt,
            String gapAnswer) {
        this(id, beneficiaryId, goalId, rater, rating, comment, ratedAt, gapAnswer, null, null, null);
    }

    /** A check-in without a gap answer: one voice rating alone, as on the person's own phone. */
    public CheckIn(UUID id, UUID beneficiaryId, UUID goalId, Rater rater, int rating, String comment, Instant ratedAt) {
        this(id, beneficiaryId, goalId, rater, rating, comment, ratedAt, null);
    }

    /**
     * A correction of {@code original} (the root of its chain) with these words, written at {@code at}: the same goal,
     * voice, rating and moment.
     */
    public CheckIn correctedAs(UUID newId, String newComment, String newGapAnswer, Instant at, UUID original) {
        return new CheckIn(
                newId, beneficiaryId, goalId, rater, rating, newComment, ratedAt, newGapAnswer, original, at, null);
    }

    /** This rating with the words of {@code current} (its chain's current version): what charts and lists show. */
    public CheckIn withWordsOf(CheckIn current) {
        return new CheckIn(
                id,
                beneficiaryId,
                goalId,
                rater,
                rating,
                current.comment(),
                ratedAt,
                current.gapAnswer(),
                amends,
                amendedAt,
                amendedBy);
    }

    @Override
    public Instant correctedAt() {
        return amendedAt;
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
