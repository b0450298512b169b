package org.jalons.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jalons.server.model.Json;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Footprint;
import org.jalons.server.support.Org;
import org.jalons.server.support.PersonInCaseload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input on every endpoint: a clear JSON 4xx (never a 500) and nothing written. Request-level
 * problems refuse the request; change-level problems reject that change only (PROTOCOL.md).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class BadInputTest {

    private static final String PUSH = "/api/v1/sync/push";

    @Parameter
    Backend backend;

    PersonInCaseload person;
    Org org;
    Org.Member counsellor;
    UUID beneficiaryId;

    @BeforeEach
    void setUp() {
        person = PersonInCaseload.on(backend);
        org = person.org;
        counsellor = person.counsellor;
        beneficiaryId = person.beneficiaryId;
    }

    /** method, path, body, expected status, expected error code. */
    static Stream<Arguments> refusedRequests() {
        String okPush = "{\"protocol\":1,\"changes\":[]}";
        return Stream.of(
                Arguments.of("POST", PUSH, "{\"protocol\":1,", 400, "invalid_json"),
                Arguments.of("POST", PUSH, "", 400, "invalid_json"),
                Arguments.of("POST", PUSH, "[]", 400, "invalid_body"),
                Arguments.of("POST", PUSH, "{\"protocol\":1,\"changes\":[],\"extra\":true}", 400, "invalid_body"),
                Arguments.of("POST", PUSH, "{\"protocol\":1,\"changes\":[],\"changes\":[]}", 400, "invalid_json"),
                Arguments.of("POST", PUSH, "{\"protocol\":2,\"changes\":[]}", 400, "unsupported_protocol"),
                Arguments.of("POST", PUSH, "{\"protocol\":\"1\",\"changes\":[]}", 400, "unsupported_protocol"),
                Arguments.of("POST", PUSH, "{\"protocol\":1,\"changes\":{}}", 400, "invalid_body"),
                Arguments.of("POST", PUSH, okPush + " trailing", 400, "invalid_json"),
                Arguments.of("GET", "/api/v1/sync/pull?cursor=abc", null, 400, "invalid_parameter"),
                Arguments.of("GET", "/api/v1/sync/pull?cursor=-1", null, 400, "invalid_parameter"),
                Arguments.of("GET", "/api/v1/sync/pull?limit=0", null, 400, "invalid_parameter"),
                Arguments.of("GET", "/api/v1/sync/pull?limit=1001", null, 400, "invalid_parameter"),
                Arguments.of("GET", "/api/v1/sync/pull?cursor=99999999999999999999", null, 400, "invalid_parameter"),
                Arguments.of("GET", "/api/v1/sync/snapshot?beneficiaryId=nope", null, 400, "invalid_parameter"),
                Arguments.of("GET", "/api/v1/sync/snapshot?page=xyz", null, 400, "invalid_parameter"),
                Arguments.of("GET", "/api/v1/sync/snapshot?limit=5000", null, 400, "invalid_parameter"),
                Arguments.of("POST", "/api/v1/pairing-codes", "{\"userId\":\"123\"}", 400, "invalid_body"),
                Arguments.of("POST", "/api/v1/pairing-codes", "{\"userId\":5}", 400, "invalid_body"),
                Arguments.of("POST", "/api/v1/pairing-codes", "{\"user\":\"x\"}", 400, "invalid_body"),
                // a UUID is written as one: not the base64 form Jackson would also read
                Arguments.of(
                        "POST",
                        "/api/v1/pairing-codes",
                        "{\"userId\":\"AAAAAAAAAAAAAAAAAAAAAA==\"}",
                        400,
                        "invalid_body"),
                Arguments.of(
                        "POST",
                        "/api/v1/pairing-codes",
                        "{\"userId\":null,\"beneficiaryId\":null}",
                        400,
                        "invalid_body"),
                Arguments.of("POST", "/api/v1/pairing-codes", "{", 400, "invalid_json"),
                Arguments.of("DELETE", "/api/v1/devices/not-a-uuid", null, 400, "invalid_parameter"),
                Arguments.of(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"displayName\":\"A\",\"role\":\"KING\"}",
                        400,
                        "invalid_body"),
                Arguments.of(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"displayName\":\"" + "x".repeat(121) + "\",\"role\":\"COUNSELLOR\"}",
                        400,
                        "invalid_body"),
                Arguments.of(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"displayName\":\"A\",\"role\":\"COUNSELLOR\"," + "\"admin\":true}",
                        400,
                        "invalid_body"),
                Arguments.of(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"displayName\":\"A\",\"role\":\"BENEFICIARY\"," + "\"beneficiaryId\":\"zz\"}",
                        400,
                        "invalid_body"),
                Arguments.of(
                        "POST",
                        "/api/v1/admin/users",
                        "{\"displayName\":[],\"role\":\"COUNSELLOR\"}",
                        400,
                        "invalid_body"),
                Arguments.of("PUT", "/api/v1/admin/caseloads/x/y", null, 400, "invalid_parameter"),
                Arguments.of("DELETE", "/api/v1/admin/caseloads/x/y", null, 400, "invalid_parameter"),
                Arguments.of("POST", "/api/v1/pair", "{\"code\":\"ABCDEFGH\"}", 400, "invalid_body"),
                Arguments.of("POST", "/api/v1/pair", "{\"code\":7,\"deviceName\":\"x\"}", 400, "invalid_body"),
                Arguments.of(
                        "POST", "/api/v1/pair", "{\"code\":\"ABCDEFGH\",\"deviceName\":null}", 400, "invalid_body"),
                Arguments.of("POST", "/api/v1/pair", "[\"ABCDEFGH\",\"x\"]", 400, "invalid_body"),
                Arguments.of(
                        "POST",
                        "/api/v1/pair",
                        "{\"code\":\"ABCDEFGH\",\"deviceName\":\"" + "x".repeat(500) + "\"}",
                        400,
                        "invalid_body"),
                Arguments.of(
                        "POST",
                        "/api/v1/pair",
                        "{\"code\":\"ABCDEFGH\",\"deviceName\":\"x\",\"a\":1}",
                        400,
                        "invalid_body"),
                Arguments.of("POST", "/api/v1/pair", "nope", 400, "invalid_json"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("refusedRequests")
    void badRequestIsRefusedWithJsonAndWritesNothing(
            String method, String path, String body, int status, String error) {
        Org.Member caller = path.contains("/admin/") || path.contains("pairing-codes") ? org.admin : counsellor;
        Map<String, Long> before = Footprint.of(backend, org.id);
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        Api.Response response = org.api.send(org.api
                .request(path, path.endsWith("/pair") ? null : caller.token())
                .header("Content-Type", "application/json")
                .method(method, publisher));

        assertRefused(response, status, error);
        assertThat(Footprint.of(backend, org.id)).isEqualTo(before);
    }

    @Test
    void everyApiRouteRefusesAMissingOrUnknownProtocolVersionBeforeDoingAnything() {
        Map<String, Long> before = Footprint.of(backend, org.id);
        String push = Json.write(Changes.batch(Changes.newGoal(UUID.randomUUID(), beneficiaryId)));
        for (String version : new String[] {null, "2", "0", "1.0", ""}) {
            for (String[] route : new String[][] {
                {"POST", PUSH},
                {"GET", "/api/v1/sync/pull"},
                {"GET", "/api/v1/sync/snapshot"},
                {"POST", "/api/v1/pair"},
                {"GET", "/api/v1/devices"},
                {"POST", "/api/v1/pairing-codes"},
                {"GET", "/api/v1/admin/users"}
            }) {
                HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(org.api.baseUrl() + route[1]))
                        .header("Authorization", "Bearer " + counsellor.token())
                        .method(
                                route[0],
                                route[0].equals("POST")
                                        ? HttpRequest.BodyPublishers.ofString(push)
                                        : HttpRequest.BodyPublishers.noBody());
                if (version != null) {
                    request.header("Jalons-Protocol", version);
                }
                assertRefused(org.api.send(request), 400, "unsupported_protocol");
            }
        }
        assertThat(Footprint.of(backend, org.id)).isEqualTo(before);
    }

    @Test
    void missingUnknownAndRevokedTokensAre401OnEveryProtectedRoute() {
        Org.Member revoked = org.counsellor("Ancien téléphone");
        org.api.delete("/api/v1/devices/" + revoked.deviceId(), revoked.token());
        Map<String, Long> before = Footprint.of(backend, org.id);
        String push = Json.write(Changes.batch(Changes.newGoal(UUID.randomUUID(), beneficiaryId)));
        for (String token : new String[] {null, "garbage", revoked.token(), "x".repeat(5000)}) {
            assertRefused(org.api.post(PUSH, token, push), 401, "unauthorized");
            assertRefused(org.api.get("/api/v1/sync/pull", token), 401, "unauthorized");
            assertRefused(org.api.get("/api/v1/sync/snapshot", token), 401, "unauthorized");
            assertRefused(org.api.get("/api/v1/devices", token), 401, "unauthorized");
            assertRefused(org.api.delete("/api/v1/devices/" + counsellor.deviceId(), token), 401, "unauthorized");
            assertRefused(
                    org.api.post("/api/v1/pairing-codes", token, "{\"userId\":\"" + counsellor.id() + "\"}"),
                    401,
                    "unauthorized");
            assertRefused(org.api.get("/api/v1/admin/users", token), 401, "unauthorized");
            assertRefused(
                    org.api.post("/api/v1/admin/users", token, "{\"displayName\":\"A\",\"role\":\"ADMIN\"}"),
                    401,
                    "unauthorized");
            assertRefused(
                    org.api.put("/api/v1/admin/caseloads/" + counsellor.id() + "/" + beneficiaryId, token),
                    401,
                    "unauthorized");
            assertRefused(
                    org.api.delete("/api/v1/admin/caseloads/" + counsellor.id() + "/" + beneficiaryId, token),
                    401,
                    "unauthorized");
        }
        assertThat(Footprint.of(backend, org.id)).isEqualTo(before);
    }

    @Test
    void tooLargeBodiesAndTooManyChangesAre413() throws IOException {
        Map<String, Long> before = Footprint.of(backend, org.id);
        List<ObjectNode> changes = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            changes.add(Changes.newGoal(UUID.randomUUID(), beneficiaryId));
        }
        assertRefused(org.api.post(PUSH, counsellor.token(), Changes.batch(changes)), 413, "too_many_changes");

        String huge = "{\"protocol\":1,\"changes\":[],\"pad\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}";
        assertRefused(org.api.post(PUSH, counsellor.token(), huge), 413, "too_large");

        byte[] bomb = gzip(huge.getBytes(StandardCharsets.UTF_8)); // small on the wire, over 4 MiB inflated
        assertThat(bomb.length).isLessThan(100_000);
        assertRefused(
                org.api.send(org.api
                        .request(PUSH, counsellor.token())
                        .header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bomb))),
                413,
                "too_large");

        assertRefused(
                org.api.send(org.api
                        .request(PUSH, counsellor.token())
                        .header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofString("not gzip at all"))),
                400,
                "invalid_body");
        assertThat(Footprint.of(backend, org.id)).isEqualTo(before);
    }

    static Stream<Arguments> rejectedChanges() {
        UUID goal = UUID.randomUUID();
        return Stream.of(
                Arguments.of("unknown kind", change("goal", f -> f.put("kind", "diary"))),
                Arguments.of("unknown envelope field", change("goal", f -> f.put("priority", 1))),
                Arguments.of(
                        "unknown record field", change("goal", f -> fields(f).put("mood", "ok"))),
                Arguments.of(
                        "beneficiaryId inside fields",
                        change("goal", f -> fields(f).put("beneficiaryId", "x"))),
                Arguments.of("wrong type", change("goal", f -> fields(f).put("phrasing", 12))),
                Arguments.of("huge string", change("goal", f -> fields(f).put("phrasing", "x".repeat(501)))),
                Arguments.of("invalid record uuid", change("goal", f -> f.put("recordId", "1234"))),
                Arguments.of("invalid change uuid", change("goal", f -> f.put("changeId", "g-1"))),
                Arguments.of(
                        "uuid field not a uuid",
                        change("goalStep", f -> fields(f).put("goalId", "abc"))),
                Arguments.of("month 13", change("goal", f -> fields(f).put("openedOn", "2026-13-01"))),
                Arguments.of("February 30", change("goal", f -> fields(f).put("openedOn", "2026-02-30"))),
                Arguments.of("year 1800", change("goal", f -> fields(f).put("targetDate", "1800-01-01"))),
                Arguments.of("year 99999", change("goal", f -> fields(f).put("targetDate", "+99999-01-01"))),
                Arguments.of("not a date", change("goal", f -> fields(f).put("targetDate", "demain"))),
                Arguments.of(
                        "instant with offset",
                        change("checkIn", f -> fields(f).put("ratedAt", "2026-11-20T10:00:00+02:00"))),
                Arguments.of("rating 11", change("checkIn", f -> fields(f).put("rating", 11))),
                Arguments.of("rating as text", change("checkIn", f -> fields(f).put("rating", "5"))),
                Arguments.of("rating 4.5", change("checkIn", f -> fields(f).put("rating", 4.5))),
                Arguments.of("code not in list", change("goal", f -> fields(f).put("status", "FINI"))),
                Arguments.of(
                        "custom code too long",
                        change("goal", f -> fields(f).put("theme", "custom:" + "x".repeat(200)))),
                Arguments.of(
                        "missing required on create",
                        change("goal", f -> fields(f).remove("phrasing"))),
                Arguments.of("null for required", change("goal", f -> fields(f).putNull("status"))),
                Arguments.of("bad op", change("goal", f -> f.put("op", "merge"))),
                Arguments.of("negative baseVersion", change("goal", f -> f.put("baseVersion", -1))),
                Arguments.of("fields not an object", change("goal", f -> f.put("fields", "x"))),
                Arguments.of("delete of unknown record", change("goal", f -> {
                    f.put("op", "delete");
                    f.putObject("fields");
                })),
                Arguments.of("update with unknown baseVersion", change("goal", f -> f.put("baseVersion", 3))),
                Arguments.of(
                        "rncpLevel without RNCP",
                        change("training", f -> fields(f).put("rncpLevel", 4))),
                Arguments.of(
                        "endDate before startDate",
                        change(
                                "training",
                                f -> fields(f).put("startDate", "2026-05-01").put("endDate", "2026-04-01"))),
                Arguments.of(
                        "hours out of range", change("training", f -> fields(f).put("plannedHours", 10001))),
                Arguments.of(
                        "answers out of range",
                        change(
                                "questionnaireResponse",
                                f -> ((ObjectNode) fields(f).get("answers")).put("PA1", 8))),
                Arguments.of("exit before entry", change("exit", f -> fields(f).put("exitDate", "2025-01-01"))),
                Arguments.of("device creates a conflict", change("conflict", f -> {})),
                Arguments.of(
                        "goal id used for another kind", change("goalStep", f -> f.put("recordId", goal.toString()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedChanges")
    void invalidChangeIsRejectedAloneAndWritesNothing(String name, java.util.function.Function<UUID, ObjectNode> make) {
        UUID goalId = UUID.randomUUID();
        // "goal id used for another kind" needs an existing goal
        org.push(counsellor, Changes.batch(Changes.newGoal(goalId, beneficiaryId)));
        ObjectNode bad = make.apply(beneficiaryId);
        if (name.equals("goal id used for another kind")) {
            bad.put("recordId", goalId.toString());
        }
        Map<String, Long> before = Footprint.of(backend, org.id);

        JsonNode results = org.push(counsellor, Changes.batch(bad)).get("results");

        assertThat(results).hasSize(1);
        assertThat(results.at("/0/status").asText()).as(results.toString()).isEqualTo("REJECTED");
        assertThat(results.at("/0/code").asInt()).as(results.toString()).isBetween(400, 499);
        assertThat(results.at("/0/reason").asText()).isNotBlank();
        assertThat(results.at("/0/error").asText()).as(results.toString()).isIn("invalid_change", "not_found");
        assertThat(Footprint.of(backend, org.id)).isEqualTo(before);
    }

    @Test
    void unknownRouteIsAJson404() {
        Api.Response response = org.api.get("/api/v1/nothing-here", counsellor.token());
        assertRefused(response, 404, "not_found");
    }

    private static java.util.function.Function<UUID, ObjectNode> change(
            String kind, java.util.function.Consumer<ObjectNode> edit) {
        return beneficiaryId -> {
            ObjectNode change = valid(kind, beneficiaryId);
            edit.accept(change);
            return change;
        };
    }

    private static ObjectNode valid(String kind, UUID b) {
        UUID id = UUID.randomUUID();
        String goal = UUID.randomUUID().toString();
        return switch (kind) {
            case "goal" -> Changes.newGoal(id, b);
            case "goalStep" -> Changes.upsert(kind, id, b, 0, "goalId", goal, "label", "Appeler", "status", "A_FAIRE");
            case "checkIn" ->
                Changes.upsert(
                        kind,
                        id,
                        b,
                        0,
                        "goalId",
                        goal,
                        "rater",
                        "COUNSELLOR",
                        "rating",
                        5,
                        "ratedAt",
                        "2026-11-20T10:00:00Z");
            case "training" ->
                Changes.upsert(
                        kind,
                        id,
                        b,
                        0,
                        "title",
                        "CACES R489",
                        "trainingKind",
                        "CERTIFYING",
                        "certification",
                        "CACES",
                        "status",
                        "PREVUE");
            case "questionnaireResponse" ->
                Changes.upsert(
                        kind,
                        id,
                        b,
                        0,
                        "questionnaireId",
                        "pouvoir-agir",
                        "questionnaireVersion",
                        1,
                        "answers",
                        Map.of("PA1", 2, "PA2", 4),
                        "answeredAt",
                        "2026-11-20T10:00:00Z");
            case "exit" -> Changes.upsert(kind, id, b, 0, "exitDate", "2026-10-01", "category", "EMPLOI_DURABLE");
            case "conflict" -> Changes.upsert(kind, id, b, 0, "status", "RESOLVED");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static ObjectNode fields(ObjectNode change) {
        return (ObjectNode) change.get("fields");
    }

    static void assertRefused(Api.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.get("error").asText()).as(response.toString()).isEqualTo(error);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
