package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.QuestionnaireDefinition;
import org.jalons.server.model.PublishedQuestionnaire;
import org.jalons.server.store.QuestionnaireStore;

/**
 * A pushed {@code questionnaireResponse} names a published version of one of the organisation's questionnaires, and
 * its answers fit that version's items and scale; otherwise it is rejected (422) with a stable code.
 */
final class QuestionnaireAnswers {

    static final String UNKNOWN = "questionnaire_unknown";
    static final String NOT_FITTING = "answers_do_not_fit";

    private final QuestionnaireStore store = new QuestionnaireStore();

    void check(Connection c, UUID org, Change change) throws SQLException, ChangeRejected {
        JsonNode fields = change.fields();
        String id = fields.path("questionnaireId").asText();
        int version = fields.path("questionnaireVersion").asInt();
        PublishedQuestionnaire stored = store.version(c, org, id, version)
                .orElseThrow(() -> ChangeRejected.invalid(
                        UNKNOWN, "This questionnaire version is not one of the organisation's questionnaires."));
        QuestionnaireDefinition definition = Questionnaires.definition(stored.definition());
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> answer : fields.path("answers").properties()) {
            answers.put(answer.getKey(), answer.getValue().intValue());
        }
        String problem = definition.answerProblem(answers);
        if (problem != null) {
            throw ChangeRejected.invalid(NOT_FITTING, "The answers do not fit the questionnaire: " + problem + ".");
        }
    }
}
