package org.jalons.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jalons.server.model.Json;
import org.jalons.server.model.PublishedQuestionnaire;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.Questionnaires;

/**
 * /api/v1/questionnaires: every device reads the organisation's questionnaires (every published version); an admin
 * or a counsellor publishes a new one, the next version of one, or retires one.
 */
final class QuestionnaireController {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Questionnaires questionnaires;
    private final Authenticator auth;

    QuestionnaireController(Questionnaires questionnaires, Authenticator auth) {
        this.questionnaires = questionnaires;
        this.auth = auth;
    }

    void list(Context ctx) {
        var principal = auth.require(ctx);
        List<Map<String, Object>> versions = questionnaires.list(principal).stream()
                .map(QuestionnaireController::json)
                .toList();
        Responses.json(ctx, 200, Map.of("questionnaires", versions));
    }

    void publishNew(Context ctx) {
        var principal = auth.require(ctx);
        ObjectNode body = body(ctx);
        Responses.json(ctx, 201, json(questionnaires.publishNew(principal, body)));
    }

    void publishNext(Context ctx) {
        var principal = auth.require(ctx);
        String id = id(ctx);
        ObjectNode body = body(ctx);
        Responses.json(ctx, 200, json(questionnaires.publishNext(principal, id, body)));
    }

    void retire(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(ctx, 200, json(questionnaires.retire(principal, id(ctx))));
    }

    private static ObjectNode body(Context ctx) {
        JsonNode node = JsonBody.read(ctx);
        StrictObject.of(node, Questionnaires.BODY);
        return (ObjectNode) node;
    }

    private static Map<String, Object> json(PublishedQuestionnaire version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", version.questionnaireId());
        json.put("version", version.version());
        json.put("retired", version.retired());
        json.put("publishedAt", version.publishedAt().toString());
        json.put("definition", Json.parseObject(version.definition()));
        return json;
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw Refusal.invalid("invalid_parameter", "id must be a questionnaire's id.");
        }
        return id;
    }
}
