package org.jalons.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.server.model.Json;
import org.jalons.server.model.Role;
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
 * The text rule on every string the server accepts (PROTOCOL.md, "Text"): every text-bearing field of every record
 * kind (found by walking {@link RecordSchemas}, so a field added later is covered), names, device names and query
 * parameters. A bad text is refused on its own ({@code invalid_text}), never a 500, and a bad string already stored
 * never stops pull or snapshot.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TextRuleTest {

    /** Bad texts as JSON escapes, put into request bodies by hand: Jackson does not write a lone surrogate. */
    private static final Map<String, String> ALWAYS_BAD = Map.of(
            "lone high surrogate",
            "a\\ud800b",
            "lone low surrogate",
            "a\\udc00b",
            "NUL",
            "a\\u0000b",
            "BEL",
            "a\\u0007b",
            "ESC",
            "a\\u001bb",
            "DEL",
            "a\\u007fb",
            "C1 control",
            "a\\u009bb");
    /** Bad in one-line texts, accepted in long texts (CR LF stored as LF). */
    private static final Map<String, String> LINE_BREAKS =
            Map.of("tab", "a\\tb", "newline", "a\\nb", "CR LF", "a\\r\\nb");
    /** The fields of several lines; every other text is one line. A new text field must be put on one side. */
    private static final Set<String> LONG_TEXTS = Set.of(
            "beneficiary.contact",
            "beneficiary.address",
            "barrier.note",
            "goal.phrasing",
            "goalStep.label",
            "checkIn.comment",
            "checkIn.gapAnswer",
            "interview.participants",
            "interview.notes",
            "interview.decisions",
            "note.text",
            "exit.detail",
            "followUp.note",
            "conflict.resolvedValue");
    /** How a text sits in a field of each type: plain, a custom code, a list of them, an answer's item id. */
    private static final List<String> CARRIERS = List.of("\"%s\"", "\"custom:%s\"", "[\"custom:%s\"]", "{\"%s\":2}");

    private static final String NFD = "Cre\\u0300che e\\u0301te\\u0301";
    private static final String NFC = "Crèche été";

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    UUID person;
    UUID goalId;
    UUID exitId;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        person = org.newBeneficiary(counsellor);
        goalId = UUID.randomUUID();
        exitId = UUID.randomUUID();
        JsonNode made = org.push(
                counsellor,
                Changes.batch(
                        Changes.newGoal(goalId, person),
                        Changes.upsert(
                                "exit", exitId, person, 0, "exitDate", "2026-06-30", "category", "SORTIE_POSITIVE")));
        assertThat(made.findValuesAsText("status")).containsOnly("APPLIED");
    }

    /** One change of a test batch and what the server must answer for it. */
    private record Case(String what, String field, String json, String expectedError, String storedValue) {}

    /**
     * A text the rule takes may still be refused after it: a questionnaire response's id and answers must name a
     * published version and its items, which no text made up here does.
     */
    private static String afterTheTextRule(String kind, String field) {
        if (!"questionnaireResponse".equals(kind)) {
            return null;
        }
        return "answers".equals(field) ? "answers_do_not_fit" : "questionnaire_unknown";
    }

    @Test
    void everyTextOfEveryKindFollowsTheRuleChangeByChange() {
        List<Case> cases = new ArrayList<>();
        List<ObjectNode> changes = new ArrayList<>();
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String kind : RecordSchemas.kinds()) {
            if (RecordSchemas.CONFLICT.equals(kind)) {
                continue; // made by the server only: conflictResolutionFollowsTheRule
            }
            if (RecordSchemas.WORK_OBSERVATION.equals(kind)) {
                continue; // written by a work supervisor, answered by the person: observationsAtWorkFollowTheRule
            }
            for (Map.Entry<String, FieldRule> field :
                    RecordSchemas.find(kind).orElseThrow().fields().entrySet()) {
                Optional<String> carrier = carrier(field.getValue());
                if (carrier.isEmpty()) {
                    continue;
                }
                boolean longText = LONG_TEXTS.contains(kind + "." + field.getKey());
                Map<String, String> refused = new LinkedHashMap<>(ALWAYS_BAD);
                if (carrier.get().startsWith("{")) { // a key: lone surrogates make the whole body invalid JSON
                    refused.keySet().removeIf(what -> what.startsWith("lone"));
                }
                if (!longText) {
                    refused.putAll(LINE_BREAKS);
                }
                refused.forEach((what, bad) -> cases.add(add(
                        changes,
                        placeholders,
                        kind,
                        field.getKey(),
                        carrier.get(),
                        bad,
                        what,
                        TextRule.INVALID_TEXT,
                        null)));
                String passed = afterTheTextRule(kind, field.getKey());
                cases.add(add(
                        changes, placeholders, kind, field.getKey(), carrier.get(), NFD, "decomposed é", passed, NFC));
                cases.add(add(
                        changes,
                        placeholders,
                        kind,
                        field.getKey(),
                        carrier.get(),
                        "a\\uFFFEb\\uFFFF",
                        "noncharacters",
                        passed,
                        "a\uFFFEb\uFFFF"));
                if (longText) {
                    cases.add(add(
                            changes,
                            placeholders,
                            kind,
                            field.getKey(),
                            carrier.get(),
                            "a\\tb\\r\\nc\\nd",
                            "tab and newlines",
                            null,
                            "a\tb\nc\nd"));
                }
            }
        }
        assertThat(cases)
                .extracting(Case::field)
                .contains(
                        "displayName",
                        "site",
                        "contact",
                        "phone",
                        "address",
                        "phrasing",
                        "label",
                        "title",
                        "provider",
                        "comment",
                        "questionnaireId",
                        "answers",
                        "notes",
                        "decisions",
                        "text",
                        "detail",
                        "recordedBy",
                        "eligibility",
                        "theme",
                        "area",
                        "certification",
                        "contractType");

        String body = raw(Changes.batch(changes), placeholders);
        Api.Response pushed = org.api.post("/api/v1/sync/push", counsellor.token(), body);
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        JsonNode results = pushed.json().get("results");
        JsonNode page = org.pull(counsellor, 0);
        for (int i = 0; i < cases.size(); i++) {
            Case expected = cases.get(i);
            JsonNode result = results.get(i);
            String label = expected.what + " in " + expected.field + ": " + result;
            if (expected.expectedError != null) {
                assertThat(result.get("status").asText()).as(label).isEqualTo("REJECTED");
                assertThat(result.get("code").asInt()).as(label).isEqualTo(422);
                assertThat(result.get("error").asText()).as(label).isEqualTo(expected.expectedError);
            } else {
                assertThat(result.get("status").asText()).as(label).isEqualTo("APPLIED");
                String recordId = changes.get(i).get("recordId").asText();
                JsonNode stored = record(page, recordId).get("fields").get(expected.field);
                if ("amendedBy".equals(expected.field)) {
                    // written by the server, and only on a correction (PROTOCOL.md, Amendments): never the device's
                    assertThat(stored).as(label).isNull();
                    continue;
                }
                // a consent's recordedBy is written by the server: the pushing account's name (PROTOCOL.md, Write
                // rights)
                String storedValue =
                        "recordedBy".equals(expected.field) ? counsellor.user().displayName() : expected.storedValue;
                assertThat(stored.toString())
                        .as(label)
                        .contains(Json.write(TextNode.valueOf(storedValue)).replace("\"", ""));
            }
        }
        assertThat(org.api.get("/api/v1/sync/snapshot", counsellor.token()).status())
                .isEqualTo(200);
    }

    @Test
    void namesOfFieldsAndEnvelopesWithBadTextNeverReachTheDatabase() {
        UUID noteId = UUID.randomUUID();
        ObjectNode badName = Changes.upsert(
                "note",
                UUID.randomUUID(),
                person,
                0,
                "text",
                "Bonjour",
                "writtenAt",
                "2026-11-26T09:30:00Z",
                "authorRole",
                "COUNSELLOR",
                "§name§",
                "x");
        ObjectNode badEnvelope = Changes.upsert("note", UUID.randomUUID(), person, 0, "text", "Bonjour");
        badEnvelope.put("§name§", 1);
        ObjectNode badChangeId = Changes.upsert("note", UUID.randomUUID(), person, 0, "text", "Bonjour");
        badChangeId.put("changeId", "§id§");
        ObjectNode good = Changes.upsert(
                "note",
                noteId,
                person,
                0,
                "text",
                "Bonjour",
                "writtenAt",
                "2026-11-26T09:30:00Z",
                "authorRole",
                "COUNSELLOR");
        String body = Json.write(Changes.batch(badName, badEnvelope, badChangeId, good))
                .replace("§name§", "a\\u0000\\u0007")
                .replace("§id§", "\\udc00\\u0000");
        Api.Response pushed = org.api.post("/api/v1/sync/push", counsellor.token(), body);
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        JsonNode results = pushed.json().get("results");
        assertThat(results.get(0).get("error").asText()).isEqualTo(TextRule.INVALID_TEXT);
        assertThat(results.get(1).get("status").asText()).isEqualTo("REJECTED");
        assertThat(results.get(2).get("status").asText()).isEqualTo("REJECTED");
        assertThat(results.get(3).get("status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(counsellor, 0), noteId.toString())).isNotNull();
    }

    /** The JSON parser refuses a lone surrogate in an object key: the whole body is refused, nothing is written. */
    @Test
    void aLoneSurrogateInAKeyRefusesTheBody() {
        UUID answerId = UUID.randomUUID();
        String body = Json.write(Changes.batch(
                        sample("note"),
                        Changes.upsert(
                                "questionnaireResponse",
                                answerId,
                                person,
                                0,
                                "questionnaireId",
                                "pouvoir-agir",
                                "questionnaireVersion",
                                1,
                                "answers",
                                Map.of("§", 3),
                                "answeredAt",
                                "2026-11-26T09:30:00Z")))
                .replace("§", "q\\ud800");
        Api.Response pushed = org.api.post("/api/v1/sync/push", counsellor.token(), body);
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(400);
        assertThat(pushed.json().get("error").asText()).isEqualTo("invalid_json");
        assertThat(org.pull(counsellor, 0).get("records").toString()).doesNotContain(answerId.toString());
    }

    @Test
    void conflictResolutionFollowsTheRule() {
        Set<String> conflictTexts = new java.util.HashSet<>();
        RecordSchemas.find(RecordSchemas.CONFLICT).orElseThrow().fields().forEach((name, type) -> {
            if (carrier(type).isPresent()) {
                conflictTexts.add(name);
            }
        });
        assertThat(conflictTexts).containsExactly("resolvedValue");
        Org.Member otherDevice = org.member(counsellor.user());
        org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, person, 1, "phrasing", "Passer le code")));
        JsonNode merged = org.push(
                otherDevice,
                Changes.batch(Changes.upsert("goal", goalId, person, 1, "phrasing", "Passer la conduite")));
        String conflictId = merged.at("/results/0/conflictIds/0").asText();
        List<ObjectNode> changes = new ArrayList<>();
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String template : List.of("\"%s\"", "{\"%s\":\"ok\"}", "{\"ok\":[\"x\",\"%s\"]}")) {
            for (Map.Entry<String, String> bad : ALWAYS_BAD.entrySet()) {
                if (template.startsWith("{\"%s") && bad.getKey().startsWith("lone")) {
                    continue; // in a key, the whole body is refused: aLoneSurrogateInAKeyRefusesTheBody
                }
                String text = bad.getValue();
                String key = "§" + placeholders.size() + "§";
                placeholders.put("\"" + key + "\"", template.formatted(text));
                changes.add(resolution(conflictId, key));
            }
        }
        placeholders.put("\"§good§\"", "\"" + NFD + "\\nsur deux lignes\"");
        changes.add(resolution(conflictId, "§good§"));
        Api.Response pushed =
                org.api.post("/api/v1/sync/push", counsellor.token(), raw(Changes.batch(changes), placeholders));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        JsonNode results = pushed.json().get("results");
        for (int i = 0; i < changes.size() - 1; i++) {
            assertThat(results.get(i).get("error").asText())
                    .as(results.get(i).toString())
                    .isEqualTo(TextRule.INVALID_TEXT);
        }
        assertThat(results.get(changes.size() - 1).get("status").asText()).isEqualTo("APPLIED");
        assertThat(record(org.pull(counsellor, 0), conflictId)
                        .at("/fields/resolvedValue")
                        .asText())
                .isEqualTo(NFC + "\nsur deux lignes");
    }

    @Test
    void namesInBodiesAreOneLineOfValidText() {
        for (String bad : List.of("a\\ud800", "a\\udfff", "a\\u0000", "a\\u0007", "a\\u001b", "a\\tb", "a\\nb")) {
            Api.Response user = org.api.post(
                    "/api/v1/admin/users",
                    org.admin.token(),
                    "{\"displayName\":\"" + bad + "\",\"role\":\"COUNSELLOR\"}");
            assertThat(user.status()).as(user.toString()).isEqualTo(400);
            assertThat(user.json().get("error").asText()).isEqualTo(TextRule.INVALID_TEXT);
        }
        Api.Response made = org.api.post(
                "/api/v1/admin/users", org.admin.token(), "{\"displayName\":\"" + NFD + "\",\"role\":\"COUNSELLOR\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.json().get("displayName").asText()).isEqualTo(NFC);

        String code = org.server.issuePairingCode(counsellor.user()).code();
        for (String bad : List.of("Pixel\\ud800", "Pixel\\u0000", "Pixel\\nB")) {
            Api.Response paired =
                    org.api.post("/api/v1/pair", null, "{\"code\":\"" + code + "\",\"deviceName\":\"" + bad + "\"}");
            assertThat(paired.status()).as(paired.toString()).isEqualTo(400);
            assertThat(paired.json().get("error").asText()).isEqualTo(TextRule.INVALID_TEXT);
        }
        Api.Response paired =
                org.api.post("/api/v1/pair", null, "{\"code\":\"" + code + "\",\"deviceName\":\"" + NFD + "\"}");
        assertThat(paired.status())
                .as("the refusals did not use the code: " + paired)
                .isEqualTo(200);
    }

    @Test
    void queryParametersFollowTheRule() {
        Org.Member supervisor = org.supervisor("Claire Direction");
        for (String query : List.of(
                "/api/v1/summary?site=a%00b",
                "/api/v1/summary?theme=a%07",
                "/api/v1/summary?site=a%1Bb",
                "/api/v1/summary.csv?table=goals&site=%0A",
                "/api/v1/summary/exits.csv?site=a%C2%9Bb",
                "/api/v1/summary?a%00=1",
                "/api/v1/sync/pull?cursor=%00",
                "/api/v1/sync/snapshot?page=1%00")) {
            Api.Response answer =
                    org.api.get(query, query.contains("/sync/") ? counsellor.token() : supervisor.token());
            assertThat(answer.status()).as(query + " " + answer).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).as(query).isEqualTo(TextRule.INVALID_TEXT);
        }
        // A URL cannot carry a lone surrogate: its UTF-8 (CESU) bytes and other broken bytes decode to U+FFFD,
        // an unknown site like any other.
        for (String query : List.of("/api/v1/summary?site=%ED%A0%80", "/api/v1/summary?site=a%FFb")) {
            Api.Response answer = org.api.get(query, supervisor.token());
            assertThat(answer.status()).as(query + " " + answer).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).as(query).isEqualTo("invalid_filter");
        }
    }

    @Test
    void aBadStringAlreadyStoredIsServedRepairedByPullAndSnapshot() throws Exception {
        UUID noteId = UUID.randomUUID();
        org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "note",
                        noteId,
                        person,
                        0,
                        "text",
                        "Bonjour",
                        "writtenAt",
                        "2026-11-26T09:30:00Z",
                        "authorRole",
                        "COUNSELLOR")));
        // What a push before the rule left: on H2 the characters themselves; PostgreSQL holds no NUL in a text, and
        // turns a lone surrogate into '?', so there the JSON escapes.
        String stored = backend == Backend.H2
                ? "{\"text\":\"a\uD800b\u0000c\u0007d\",\"authorRole\":\"COUNSELLOR\",\"k\\u0000\":\"x\\udc00\"}"
                : "{\"text\":\"a\\ud800b\\u0000c\u0007d\",\"authorRole\":\"COUNSELLOR\",\"k\\u0000\":\"x\\udc00\"}";
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement s = c.prepareStatement("update sync_record set fields = ? where id = ?")) {
            s.setString(1, stored);
            s.setObject(2, noteId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        for (String path : List.of(
                "/api/v1/sync/pull?cursor=0",
                "/api/v1/sync/snapshot",
                "/api/v1/sync/snapshot?beneficiaryId=" + person)) {
            Api.Response answer = org.api.get(path, counsellor.token());
            assertThat(answer.status()).as(path + " " + answer).isEqualTo(200);
            JsonNode fields = record(answer.json(), noteId.toString()).get("fields");
            assertThat(fields.get("text").asText()).isEqualTo("a\uFFFDbcd");
            assertThat(fields.get("k").asText()).isEqualTo("x\uFFFD");
        }
    }

    @Test
    void aBadNameAlreadyStoredIsServedRepaired() throws Exception {
        String name = backend == Backend.H2 ? "Sam\uD800ia\u0000" : "Sam\u0007ia\u001b";
        try (Connection c = TestServers.sharedDatabase(backend)) {
            try (PreparedStatement s = c.prepareStatement("update app_user set display_name = ? where id = ?")) {
                s.setString(1, name);
                s.setObject(2, counsellor.id());
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement s = c.prepareStatement("update device set name = ? where user_id = ?")) {
                s.setString(1, name);
                s.setObject(2, counsellor.id());
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
        }
        Api.Response users = org.api.get("/api/v1/admin/users", org.admin.token());
        assertThat(users.status()).as(users.toString()).isEqualTo(200);
        assertThat(users.json().findValuesAsText("displayName")).contains(TextRule.repair(name));
        Api.Response devices = org.api.get("/api/v1/devices", org.admin.token());
        assertThat(devices.status()).as(devices.toString()).isEqualTo(200);
        assertThat(devices.json().findValuesAsText("name")).contains(TextRule.repair(name));
    }

    /** The JSON template a text is put in for a field of this type, or empty when it takes no text. */
    private static Optional<String> carrier(FieldRule type) {
        return CARRIERS.stream()
                .filter(c -> type.problem(Json.parseObject("{\"v\":" + c.formatted("abc") + "}")
                                .get("v"))
                        == null)
                .findFirst();
    }

    private Case add(
            List<ObjectNode> changes,
            Map<String, String> placeholders,
            String kind,
            String field,
            String carrier,
            String text,
            String what,
            String expectedError,
            String storedValue) {
        String key = "§" + placeholders.size() + "§";
        placeholders.put("\"" + key + "\"", carrier.formatted(text));
        ObjectNode change = "beneficiary".equals(kind) && RecordSchema.CONTACT_FIELDS.contains(field)
                ? agreedToContact()
                : sample(kind);
        ((ObjectNode) change.get("fields")).put(field, key);
        changes.add(change);
        return new Case(
                what,
                field,
                carrier.formatted(text),
                expectedError,
                storedValue == null ? null : carrier.startsWith("\"custom") ? "custom:" + storedValue : storedValue);
    }

    /** An edit of a new person's file who agreed to their contact being kept (IDENTITY_CONTACT). */
    private ObjectNode agreedToContact() {
        UUID id = org.newBeneficiary(counsellor);
        JsonNode agreed = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "consent",
                        UUID.randomUUID(),
                        id,
                        0,
                        "category",
                        "IDENTITY_CONTACT",
                        "granted",
                        true,
                        "recordedAt",
                        "2026-11-01T10:00:00Z",
                        "recordedBy",
                        "Samia CIP")));
        assertThat(agreed.at("/results/0/status").asText()).isEqualTo("APPLIED");
        return Changes.upsert("beneficiary", id, id, 1);
    }

    /** A valid new record of each kind; the test sets one of its fields. */
    private ObjectNode sample(String kind) {
        UUID id = UUID.randomUUID();
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return switch (kind) {
            case "beneficiary" -> Changes.upsert(kind, id, id, 0, "displayName", "Lina", "entryDate", "2026-01-05");
            case "barrier" -> Changes.upsert(kind, id, person, 0, "area", "MOBILITE", "status", "BESOIN");
            case "goal" -> Changes.newGoal(id, person);
            case "goalStep" ->
                Changes.upsert(
                        kind, id, person, 0, "goalId", goalId.toString(), "label", "Appeler", "status", "A_FAIRE");
            case "training" ->
                Changes.upsert(
                        kind,
                        id,
                        person,
                        0,
                        "title",
                        "CACES 1",
                        "trainingKind",
                        "CERTIFYING",
                        "certification",
                        "CACES",
                        "status",
                        "PREVUE");
            case "checkIn" ->
                Changes.upsert(
                        kind,
                        id,
                        person,
                        0,
                        "goalId",
                        goalId.toString(),
                        "rater",
                        "COUNSELLOR",
                        "rating",
                        6,
                        "ratedAt",
                        now);
            case "questionnaireResponse" ->
                Changes.upsert(
                        kind,
                        id,
                        person,
                        0,
                        "questionnaireId",
                        "pouvoir-agir",
                        "questionnaireVersion",
                        1,
                        "answers",
                        Map.of("PA1", 3),
                        "answeredAt",
                        now);
            case "interview" -> Changes.upsert(kind, id, person, 0, "date", "2026-11-20", "place", "STRUCTURE");
            case "note" ->
                Changes.upsert(kind, id, person, 0, "text", "Bonjour", "writtenAt", now, "authorRole", "COUNSELLOR");
            case "exit" -> Changes.upsert(kind, id, person, 0, "exitDate", "2026-07-01", "category", "AUTRE_SORTIE");
            case "followUp" ->
                Changes.upsert(kind, id, person, 0, "exitId", exitId.toString(), "dueDate", "2026-12-31");
            case "consent" ->
                Changes.upsert(
                        kind,
                        id,
                        person,
                        0,
                        "category",
                        "IDENTITY_CONTACT",
                        "granted",
                        true,
                        "recordedAt",
                        now,
                        "recordedBy",
                        "Samia CIP");
            default -> throw new AssertionError("No sample of " + kind + ": add one so its texts are tested.");
        };
    }

    @Test
    void observationsAtWorkFollowTheRule() {
        UUID lina = UUID.randomUUID();
        JsonNode made = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "beneficiary",
                        lina,
                        lina,
                        0,
                        "displayName",
                        "Lina",
                        "entryDate",
                        "2026-01-05",
                        "workTeam",
                        "Espaces verts")));
        assertThat(made.at("/results/0/status").asText()).as(made.toString()).isEqualTo("APPLIED");
        Org.Member karim = org.member(org.server.createUser(org.id, "Karim", Role.WORK_SUPERVISOR, null));
        Api.Response teams = org.api.send(org.api
                .request("/api/v1/admin/users/" + karim.user().id() + "/work-teams", org.admin.token())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"teams\":[\"Espaces verts\"]}")));
        assertThat(teams.status()).as(teams.toString()).isEqualTo(200);

        UUID kept = UUID.randomUUID();
        JsonNode pushed = org.push(
                karim,
                Changes.batch(
                        observation(UUID.randomUUID(), lina, "Range a\u0007b", "Espaces verts"),
                        observation(UUID.randomUUID(), lina, "Bon travail", "Espaces\nverts"),
                        observation(kept, lina, "Ponctuel\tle matin\r\net le soir", "Espaces verts")));
        JsonNode results = pushed.get("results");
        for (int i = 0; i < 2; i++) {
            assertThat(results.get(i).get("status").asText())
                    .as(pushed.toString())
                    .isEqualTo("REJECTED");
            assertThat(results.get(i).get("error").asText()).isEqualTo(TextRule.INVALID_TEXT);
        }
        assertThat(results.get(2).get("status").asText()).as(pushed.toString()).isEqualTo("APPLIED");
        JsonNode stored = record(org.pull(karim, 0), kept.toString()).get("fields");
        assertThat(stored.get("comment").asText()).isEqualTo("Ponctuel\tle matin\net le soir");

        // the person's answer: several lines, no control character
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Org.Member own = org.beneficiaryUser(lina);
        long version = record(org.pull(own, 0), kept.toString()).get("version").asLong();
        JsonNode answered = org.push(
                own,
                Changes.batch(
                        Changes.upsert(
                                "workObservation", kept, lina, version, "answer", "Merci\u001b", "answeredAt", now),
                        Changes.upsert(
                                "workObservation",
                                kept,
                                lina,
                                version,
                                "answer",
                                "Merci,\nà demain",
                                "answeredAt",
                                now)));
        assertThat(answered.at("/results/0/error").asText())
                .as(answered.toString())
                .isEqualTo(TextRule.INVALID_TEXT);
        assertThat(answered.at("/results/1/status").asText())
                .as(answered.toString())
                .isEqualTo("APPLIED");
    }

    private static ObjectNode observation(UUID id, UUID person, String comment, String team) {
        return Changes.upsert(
                "workObservation",
                id,
                person,
                0,
                "observedOn",
                "2026-11-20",
                "workTeam",
                team,
                "skills",
                List.of("PONCTUALITE"),
                "rating",
                7,
                "comment",
                comment);
    }

    private ObjectNode resolution(String conflictId, String valuePlaceholder) {
        return Changes.upsert(
                RecordSchemas.CONFLICT,
                UUID.fromString(conflictId),
                person,
                1,
                "status",
                "RESOLVED",
                "resolvedValue",
                valuePlaceholder);
    }

    /** The batch as JSON text with each quoted placeholder replaced by its hand-written JSON. */
    private static String raw(ObjectNode batch, Map<String, String> placeholders) {
        String json = Json.write(batch);
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            json = json.replace(p.getKey(), p.getValue());
        }
        return json;
    }

    private static JsonNode record(JsonNode page, String id) {
        for (JsonNode r : page.get("records")) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("No record " + id + " in " + page);
    }
}
