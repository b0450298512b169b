package org.jalons.server.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.store.QuestionnaireStore;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Questionnaires as data, on both databases: every organisation starts with the bundled one; an admin or a
 * counsellor publishes a questionnaire, then its next version, and retires it; responses are checked against the
 * version they name.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class QuestionnairesTest {

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    UUID person;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        person = org.newBeneficiary(counsellor);
    }

    @Test
    void everyOrganisationStartsWithTheBundledQuestionnaireTheAppShips() throws Exception {
        JsonNode list = list(counsellor);
        assertThat(list.size()).isEqualTo(1);
        JsonNode bundled = list.get(0);
        assertThat(bundled.get("id").asText()).isEqualTo("pouvoir-agir");
        assertThat(bundled.get("version").asInt()).isEqualTo(1);
        assertThat(bundled.get("retired").asBoolean()).isFalse();
        assertThat(bundled.at("/definition/scale/points").size()).isEqualTo(4);
        Path app = Path.of("../src/main/resources/org/jalons/questionnaires/pouvoir-agir-v1.json");
        assertThat(QuestionnaireStore.bundledJson())
                .as("the server's copy of the bundled questionnaire is the app's file")
                .isEqualTo(Files.readString(app));
        assertThat(bundled.get("definition")).isEqualTo(Json.MAPPER.readTree(Files.readString(app)));
    }

    @Test
    void aCounsellorPublishesAQuestionnaireThenItsNextVersionAndAnswersNameTheirVersion() {
        Api.Response created = org.api.post("/api/v1/questionnaires", counsellor.token(), body(3, "Q1", "Q2"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("version").asInt()).isEqualTo(1);

        Api.Response next = put("/api/v1/questionnaires/" + id, org.admin.token(), body(5, "Q1", "Q3"));
        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        assertThat(next.json().get("version").asInt()).isEqualTo(2);

        JsonNode versions = list(counsellor);
        List<String> listed = new ArrayList<>();
        versions.forEach(
                v -> listed.add(v.get("id").asText() + " v" + v.get("version").asInt()));
        assertThat(listed).containsExactlyInAnyOrder("pouvoir-agir v1", id + " v1", id + " v2");

        // version 1 has a 3-point scale and no Q3; version 2 a 5-point scale and no Q2
        assertThat(status(pushResponse(id, 1, Map.of("Q1", 3, "Q2", 1)))).isEqualTo("APPLIED");
        assertThat(status(pushResponse(id, 2, Map.of("Q1", 5, "Q3", 4)))).isEqualTo("APPLIED");
        assertRejected(pushResponse(id, 1, Map.of("Q1", 4)), "answers_do_not_fit");
        assertRejected(pushResponse(id, 2, Map.of("Q2", 2)), "answers_do_not_fit");
        assertRejected(pushResponse(id, 3, Map.of("Q1", 1)), "questionnaire_unknown");
        assertRejected(pushResponse("pas-connu", 1, Map.of("Q1", 1)), "questionnaire_unknown");
        assertThat(status(pushResponse("pouvoir-agir", 1, Map.of("PA1", 4, "PA9", 1))))
                .isEqualTo("APPLIED");

        // the person answers on their own phone, against the same rules
        Org.Member own = org.beneficiaryUser(person);
        JsonNode result = org.push(own, Changes.batch(response(id, 2, Map.of("Q1", 2))));
        assertThat(result.at("/results/0/status").asText())
                .as(result.toString())
                .isEqualTo("APPLIED");

        for (String action : List.of("QUESTIONNAIRE_PUBLISH")) {
            JsonNode lines = org.api
                    .get("/api/v1/admin/audit?action=" + action, org.admin.token())
                    .json()
                    .get("lines");
            assertThat(lines.size()).as(action).isEqualTo(2);
        }
    }

    @Test
    void aRetiredQuestionnaireStaysListedAndTakesNoNewVersion() {
        String id = org.api
                .post("/api/v1/questionnaires", org.admin.token(), body(4, "Q1"))
                .json()
                .get("id")
                .asText();
        Api.Response retired =
                org.api.post("/api/v1/questionnaires/" + id + "/retire", counsellor.token(), Json.object());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().get("retired").asBoolean()).isTrue();
        JsonNode mine = null;
        for (JsonNode v : list(counsellor)) {
            if (v.get("id").asText().equals(id)) {
                mine = v;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("retired").asBoolean()).isTrue();
        assertRefused(
                put("/api/v1/questionnaires/" + id, org.admin.token(), body(4, "Q1")), 409, "questionnaire_retired");
        assertRefused(
                org.api.post("/api/v1/questionnaires/" + id + "/retire", org.admin.token(), Json.object()),
                409,
                "questionnaire_retired");
        assertThat(org.api
                        .get("/api/v1/admin/audit?action=QUESTIONNAIRE_RETIRE", org.admin.token())
                        .json()
                        .get("lines")
                        .size())
                .isEqualTo(1);
    }

    @Test
    void thePersonAndTheSupervisorReadQuestionnairesButCannotComposeThem() {
        Org.Member own = org.beneficiaryUser(person);
        Org.Member supervisor = org.supervisor("Direction");
        for (Org.Member reader : List.of(own, supervisor)) {
            assertThat(list(reader).size()).isEqualTo(1);
            assertRefused(org.api.post("/api/v1/questionnaires", reader.token(), body(4, "Q1")), 403, "forbidden");
            assertRefused(put("/api/v1/questionnaires/pouvoir-agir", reader.token(), body(4, "Q1")), 403, "forbidden");
            assertRefused(
                    org.api.post("/api/v1/questionnaires/pouvoir-agir/retire", reader.token(), Json.object()),
                    403,
                    "forbidden");
        }
        assertThat(list(counsellor).size()).as("nothing was published").isEqualTo(1);
    }

    @Test
    void hostileDefinitionsAreRefusedWithStableCodes() {
        String token = counsellor.token();
        assertRefused(org.api.post("/api/v1/questionnaires", token, body(1, "Q1")), 400, "invalid_questionnaire");
        assertRefused(org.api.post("/api/v1/questionnaires", token, body(8, "Q1")), 400, "invalid_questionnaire");
        assertRefused(org.api.post("/api/v1/questionnaires", token, body(4)), 400, "invalid_questionnaire");
        assertRefused(org.api.post("/api/v1/questionnaires", token, body(4, "Q1", "Q1")), 400, "invalid_questionnaire");
        ObjectNode unknown = body(4, "Q1");
        unknown.put("id", "mon-id");
        assertRefused(org.api.post("/api/v1/questionnaires", token, unknown), 400, "invalid_body");
        ObjectNode nested = body(4, "Q1");
        ((ObjectNode) nested.at("/items/0")).put("colour", "red");
        assertRefused(org.api.post("/api/v1/questionnaires", token, nested), 400, "invalid_questionnaire");
        ObjectNode picto = body(4, "Q1");
        ((ObjectNode) picto.at("/items/0")).put("pictogram", "licorne");
        assertRefused(org.api.post("/api/v1/questionnaires", token, picto), 400, "invalid_questionnaire");
        ObjectNode control = body(4, "Q1");
        ((ObjectNode) control.at("/items/0/text")).put("fr", "Je\u0007 peux");
        assertRefused(org.api.post("/api/v1/questionnaires", token, control), 400, "invalid_questionnaire");
        ObjectNode noFrench = body(4, "Q1");
        ((ObjectNode) noFrench.get("title")).remove("fr");
        assertRefused(org.api.post("/api/v1/questionnaires", token, noFrench), 400, "invalid_questionnaire");
        assertRefused(org.api.post("/api/v1/questionnaires", token, "[]"), 400, "invalid_body");
        assertRefused(put("/api/v1/questionnaires/pas-connu", token, body(4, "Q1")), 404, "not_found");
        assertRefused(put("/api/v1/questionnaires/PAS_UN_ID", token, body(4, "Q1")), 400, "invalid_parameter");
        assertThat(list(counsellor).size()).as("nothing was published").isEqualTo(1);
    }

    @Test
    void theFiguresCountOnlyTheBundledQuestionnairesFirstVersionNeverMixingScalesOrVersions() {
        // a 7-point questionnaire answered at its top, after the bundled one answered 2 of 4, by enough people
        Api.Response created = org.api.post("/api/v1/questionnaires", counsellor.token(), body(7, "Q1", "Q2"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        int people = 8;
        for (int i = 0; i < people; i++) {
            UUID someone = i == 0 ? person : org.newBeneficiary(counsellor);
            JsonNode result = org.push(
                    counsellor,
                    Changes.batch(
                            answered(someone, "pouvoir-agir", 1, Map.of("PA1", 2, "PA2", 2), "2026-03-05T10:00:00Z"),
                            answered(someone, id, 1, Map.of("Q1", 7, "Q2", 7), "2026-03-20T10:00:00Z")));
            assertThat(result.at("/results/0/status").asText())
                    .as(result.toString())
                    .isEqualTo("APPLIED");
            assertThat(result.at("/results/1/status").asText())
                    .as(result.toString())
                    .isEqualTo("APPLIED");
        }
        Org.Member supervisor = org.supervisor("Direction");
        JsonNode summary = org.api
                .get("/api/v1/summary?period=month&from=2026-03-01", supervisor.token())
                .json();
        JsonNode table = null;
        for (JsonNode t : summary.get("tables")) {
            if (t.get("name").asText().equals("questionnaire")) {
                table = t;
            }
        }
        assertThat(table).as(summary.toString()).isNotNull();
        JsonNode latest = table.at("/rows/0/cells/latest");
        assertThat(latest.path("suppressed").asBoolean(false))
                .as(latest.toString())
                .isFalse();
        assertThat(latest.get("people").asLong()).isEqualTo(people);
        assertThat(latest.get("value").asDouble())
                .as("the latest response counted is the bundled one's, not the 7-point questionnaire's")
                .isEqualTo(2.0);
    }

    private ObjectNode answered(
            UUID who, String questionnaireId, int version, Map<String, Integer> answers, String at) {
        return Changes.upsert(
                "questionnaireResponse",
                UUID.randomUUID(),
                who,
                0,
                "questionnaireId",
                questionnaireId,
                "questionnaireVersion",
                version,
                "answers",
                answers,
                "answeredAt",
                at);
    }

    private JsonNode list(Org.Member member) {
        Api.Response response = org.api.get("/api/v1/questionnaires", member.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("questionnaires");
    }

    private Api.Response put(String path, String token, Object body) {
        return org.api.send(org.api
                .request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        Json.MAPPER.valueToTree(body).toString())));
    }

    private JsonNode pushResponse(String questionnaireId, int version, Map<String, Integer> answers) {
        return org.push(counsellor, Changes.batch(response(questionnaireId, version, answers)));
    }

    private ObjectNode response(String questionnaireId, int version, Map<String, Integer> answers) {
        return Changes.upsert(
                "questionnaireResponse",
                UUID.randomUUID(),
                person,
                0,
                "questionnaireId",
                questionnaireId,
                "questionnaireVersion",
                version,
                "answers",
                answers,
                "answeredAt",
                "2026-11-26T09:30:00Z");
    }

    private static String status(JsonNode push) {
        return push.at("/results/0/status").asText();
    }

    private static void assertRejected(JsonNode push, String error) {
        assertThat(push.at("/results/0/status").asText()).as(push.toString()).isEqualTo("REJECTED");
        assertThat(push.at("/results/0/code").asInt()).isEqualTo(422);
        assertThat(push.at("/results/0/error").asText()).isEqualTo(error);
    }

    private static void assertRefused(Api.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("error").asText()).isEqualTo(error);
    }

    /** A definition as an author sends it: points, then items of the given ids. */
    static ObjectNode body(int points, String... itemIds) {
        ObjectNode body = Json.object();
        body.putObject("title").put("fr", "Ma confiance au travail").put("en", "My confidence at work");
        body.putObject("intro").put("fr", "Dites-nous où vous en êtes.");
        ArrayNode scale = body.putObject("scale").putArray("points");
        for (int i = 1; i <= points; i++) {
            ObjectNode point = scale.addObject();
            point.putObject("label").put("fr", "Niveau " + i);
            point.putObject("easyLabel").put("fr", "Un peu " + i);
        }
        ArrayNode items = body.putArray("items");
        for (String id : itemIds) {
            ObjectNode item = items.addObject();
            item.put("id", id);
            item.putObject("text").put("fr", "Je sais faire " + id);
            item.putObject("easyRead").put("fr", "Je sais " + id);
            item.put("pictogram", "work");
        }
        return body;
    }
}
