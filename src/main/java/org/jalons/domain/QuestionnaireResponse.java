package org.jalons.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;

/** One filled-in questionnaire: item id → Likert answer 1–4. Append-only. */
public record QuestionnaireResponse(
        UUID id,
        UUID beneficiaryId,
        String questionnaireId,
        int questionnaireVersion,
        Map<String, Integer> answers,
        Instant answeredAt)
        implements JalonsRecord {

    public QuestionnaireResponse {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    @Override
    public List<Violation> violations() {
        Checks c = new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("questionnaireId", questionnaireId)
                .text(RecordSchema.QUESTIONNAIRE_RESPONSE, "questionnaireId", questionnaireId)
                .rule(questionnaireVersion < 1, "questionnaireVersion", "outOfRange", 1, Integer.MAX_VALUE)
                .rule(answers.isEmpty(), "answers", "required")
                .required("answeredAt", answeredAt);
        answers.values().forEach(v -> c.range("answers", v, 1, 4));
        return c.list();
    }

    /** Mean answer on the 1–4 scale, or NaN when nothing was answered. */
    public double meanScore() {
        return answers.values().stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }
}
