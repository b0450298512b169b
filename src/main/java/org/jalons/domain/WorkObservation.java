package org.jalons.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.WorkSkill;

/**
 * An observation at work by a work supervisor (the third voice, beside the person's and the counsellor's): the day,
 * the work team, the skills and behaviours observed (open vocabulary: the organisation's own terms and free text),
 * a rating on the same 0–10 axis as the check-ins, a comment. {@code observedBy} is written by the server with the
 * account's name; the person answers it ({@code answer}, {@code answeredAt}), never changes what was observed.
 */
public record WorkObservation(
        UUID id,
        UUID beneficiaryId,
        LocalDate observedOn,
        String workTeam,
        List<Term<WorkSkill>> skills,
        Integer rating,
        String comment,
        String observedBy,
        String answer,
        Instant answeredAt)
        implements JalonsRecord {

    public WorkObservation {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** The same observation with the person's answer, written at {@code at} (a blank answer clears it). */
    public WorkObservation withAnswer(String newAnswer, Instant at) {
        boolean none = newAnswer == null || newAnswer.isBlank();
        return new WorkObservation(
                id,
                beneficiaryId,
                observedOn,
                workTeam,
                skills,
                rating,
                comment,
                observedBy,
                none ? null : newAnswer.strip(),
                none ? null : at);
    }

    public boolean answered() {
        return answer != null && !answer.isBlank();
    }

    @Override
    public List<Violation> violations() {
        Checks c = new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("observedOn", observedOn)
                .plausible("observedOn", observedOn)
                .text(RecordSchema.WORK_OBSERVATION, "workTeam", workTeam)
                .rule(skills.isEmpty(), "skills", "required")
                .rule(
                        skills.size() > org.jalons.protocol.FieldShape.MAX_CODES,
                        "skills",
                        "tooMany",
                        org.jalons.protocol.FieldShape.MAX_CODES)
                .range("rating", rating, 0, 10)
                .text(RecordSchema.WORK_OBSERVATION, "comment", comment)
                .text(RecordSchema.WORK_OBSERVATION, "observedBy", observedBy)
                .text(RecordSchema.WORK_OBSERVATION, "answer", answer);
        skills.forEach(s -> c.term("skills", s));
        return c.list();
    }
}
