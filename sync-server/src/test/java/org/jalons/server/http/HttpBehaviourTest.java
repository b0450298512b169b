package org.jalons.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Json;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class HttpBehaviourTest {

    JalonsServer server = TestServers.shared(Backend.H2);
    Api api = new Api(server.baseUrl());

    @Test
    void healthAnswersWithoutTokenOrProtocolHeader() {
        Api.Response response =
                api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/health"))
                        .GET());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void openApiDocumentsEveryRegisteredRoute() {
        Api.Response response = api.get("/openapi.yaml", null);
        assertThat(response.status()).isEqualTo(200);
        String yaml = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(yaml).startsWith("openapi: 3");

        Set<String> documented = new TreeSet<>();
        String path = null;
        Matcher pathLine = Pattern.compile("^  (/\\S*):\\s*$").matcher("");
        Matcher methodLine = Pattern.compile("^    (get|post|put|delete|patch|head|options):.*$")
                .matcher("");
        for (String line : yaml.split("\n")) {
            if (pathLine.reset(line).matches()) {
                path = pathLine.group(1);
            } else if (line.matches("^\\S.*")) {
                path = null;
            } else if (path != null && methodLine.reset(line).matches()) {
                documented.add(methodLine.group(1).toUpperCase() + " " + path);
            }
        }
        List<String> registered = server.routes();
        assertThat(registered).hasSizeGreaterThanOrEqualTo(13);
        assertThat(documented).containsAll(registered);
        assertThat(registered).containsAll(documented);
    }

    @Test
    void gzipRequestBodiesAreDecodedAndResponsesCompressedWhenAccepted() throws IOException {
        Org org = Org.create(server);
        Org.Member counsellor = org.counsellor("Samia CIP");
        UUID beneficiaryId = org.newBeneficiary(counsellor);
        List<com.fasterxml.jackson.databind.node.ObjectNode> goals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            goals.add(Changes.newGoal(UUID.randomUUID(), beneficiaryId));
        }
        byte[] compressed = gzip(Json.write(Changes.batch(goals)).getBytes(StandardCharsets.UTF_8));

        Api.Response pushed = api.send(api.request("/api/v1/sync/push", counsellor.token())
                .header("Content-Encoding", "gzip")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(compressed)));
        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.json().get("results")).hasSize(20);

        Api.Response zipped = api.send(api.request("/api/v1/sync/pull", counsellor.token())
                .header("Accept-Encoding", "gzip")
                .GET());
        assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
        JsonNode page = Json.MAPPER.readTree(gunzip(zipped.body()));
        assertThat(page.get("records")).hasSize(21);

        Api.Response plain = api.get("/api/v1/sync/pull", counsellor.token());
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(plain.json().get("records")).hasSize(21);
    }

    @Test
    void everyRequestIsLoggedOnOneLineWithoutTokensOrBodies() {
        Logger requests = (Logger) LoggerFactory.getLogger("org.jalons.server.requests");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level before = requests.getLevel();
        requests.setLevel(Level.INFO);
        requests.addAppender(appender);
        try {
            Org org = Org.create(server);
            api.get("/api/v1/sync/pull?cursor=0", org.admin.token());
            api.post("/api/v1/sync/push", org.admin.token(), "{\"protocol\":1,\"changes\":[],\"secret\":\"s3cr3t\"}");
            List<String> lines = appender.list.stream()
                    .map(ILoggingEvent::getFormattedMessage)
                    .toList();
            assertThat(lines).anyMatch(l -> l.matches("GET /api/v1/sync/pull 200 \\d+ms"));
            assertThat(lines).anyMatch(l -> l.matches("POST /api/v1/sync/push 403 \\d+ms"));
            assertThat(lines).noneMatch(l -> l.contains(org.admin.token()) || l.contains("s3cr3t"));
        } finally {
            requests.detachAppender(appender);
            requests.setLevel(before);
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }
}
