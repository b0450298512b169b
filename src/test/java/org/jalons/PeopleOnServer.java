package org.jalons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jalons.storage.Json;
import org.jalons.sync.e2e.RealServer;

/** A counsellor's device on a real server that creates people by pushing their files, as a phone does at sync. */
final class PeopleOnServer {
    private final RealServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    /** A new counsellor of the organisation and their paired device. */
    PeopleOnServer(RealServer server, String counsellorName) throws Exception {
        this.server = server;
        RealServer.User user = server.createUser(counsellorName, "COUNSELLOR", null);
        ObjectNode pair = Json.MAPPER
                .createObjectNode()
                .put("code", server.pairingCode(user))
                .put("deviceName", "Téléphone de " + counsellorName);
        this.token = post("/api/v1/pair", null, pair).get("token").asText();
    }

    /** A person in this counsellor's caseload. */
    UUID person(String name, String site, String entryDate) throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode batch = Json.MAPPER.createObjectNode().put("protocol", 1);
        ObjectNode change = batch.putArray("changes")
                .addObject()
                .put("changeId", UUID.randomUUID().toString())
                .put("recordId", id.toString())
                .put("kind", "beneficiary")
                .put("beneficiaryId", id.toString())
                .put("op", "upsert")
                .put("baseVersion", 0)
                .put("createdAt", entryDate + "T09:30:00Z");
        change.putObject("fields")
                .put("displayName", name)
                .put("entryDate", entryDate)
                .put("site", site)
                .put("contractType", "CDDI");
        JsonNode answer = post("/api/v1/sync/push", token, batch);
        if (!"APPLIED".equals(answer.at("/results/0/status").asText())) {
            throw new AssertionError("The person was not created: " + answer);
        }
        return id;
    }

    private JsonNode post(String path, String bearer, JsonNode body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Jalons-Protocol", "1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + " " + response.body());
        }
        return Json.MAPPER.readTree(response.body());
    }
}
