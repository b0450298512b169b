package org.jalons.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalons.server.JalonsServer;
import org.jalons.server.ServerConfig;
import org.jalons.server.store.H2Backups;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The restore drill on the wire, on both databases (PROTOCOL.md, "A server restored from a backup"): a phone pushes
 * while a backup is taken (H2: the server's online backup; PostgreSQL: a copy of the database, as pg_dump and
 * pg_restore make), goes on after it, then the server is restored. Every answer of the restored server carries a new
 * history id and its head, behind the phone's cursor; the phone's acknowledged changes, sent again with their change
 * ids, are taken where the restored server lacks them and are no-ops where it has them. The phone's side (what it
 * does on seeing this) is {@code RestoreEndToEndTest} in the app.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RestoreDrillTest {

    @Parameter
    Backend backend;

    @TempDir
    Path root;

    @Test
    void everySyncAnswerCarriesTheHistoryIdAndTheHead() {
        JalonsServer server = TestServers.shared(backend);
        Org org = Org.create(server);
        Org.Member counsellor = org.counsellor("Samia CIP");
        UUID first = UUID.randomUUID();
        JsonNode pushed = org.push(counsellor, Changes.batch(Changes.newBeneficiary(first, "Lina M.")));
        long seq = pushed.at("/results/0/seq").asLong();
        UUID history = UUID.fromString(pushed.get("history").asText());
        assertThat(pushed.get("head").asLong()).as(pushed.toString()).isEqualTo(seq);

        JsonNode pulled = org.pull(counsellor, 0);
        JsonNode empty = org.push(counsellor, Changes.batch(List.of()));
        Api.Response snapshot = new Api(server.baseUrl()).get("/api/v1/sync/snapshot", counsellor.token());
        assertThat(snapshot.status()).isEqualTo(200);
        for (JsonNode answer : List.of(pulled, empty, snapshot.json())) {
            assertThat(answer.get("history").asText()).as(answer.toString()).isEqualTo(history.toString());
            assertThat(answer.get("head").asLong()).as(answer.toString()).isEqualTo(seq);
        }
        assertThat(empty.get("results")).isEmpty();
    }

    @Test
    void aRestoredServerSaysItWentBackAndTakesTheLostChangesAgain() throws Exception {
        String url = backend == Backend.H2 ? null : TestServers.newDatabase(backend);
        ServerConfig config =
                backend == Backend.H2 ? ServerConfig.h2(root.resolve("data")) : TestServers.config(backend, url);
        List<ObjectNode> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<ObjectNode> before = new ArrayList<>();
        List<ObjectNode> after = new ArrayList<>();
        String token;
        UUID oldHistory;
        long cursor = 0;
        H2Backups.Summary taken = null;
        String copy = null;
        try (JalonsServer server = JalonsServer.start(config)) {
            Org org = Org.create(server);
            Org.Member counsellor = org.counsellor("Samia CIP");
            token = counsellor.token();
            for (int i = 0; i < 3; i++) {
                before.add(pushed(server.baseUrl(), token, acknowledged));
            }
            oldHistory = UUID.fromString(org.pull(counsellor, 0).get("history").asText());
            if (backend == Backend.H2) {
                AtomicBoolean pushing = new AtomicBoolean(true);
                Thread phone = new Thread(() -> {
                    for (int i = 0; i < 100 && pushing.get(); i++) { // bounded: stops by itself
                        pushed(server.baseUrl(), token, acknowledged);
                    }
                });
                phone.start();
                taken = server.backup(root.resolve("backups"));
                pushing.set(false);
                phone.join(60_000);
                assertThat(phone.isAlive()).isFalse();
            }
        }
        if (backend == Backend.POSTGRES) {
            copy = copyOf(url); // the server is stopped: what pg_dump then pg_restore would give
        }
        try (JalonsServer server = JalonsServer.start(config)) {
            for (int i = 0; i < 3; i++) {
                after.add(pushed(server.baseUrl(), token, acknowledged));
            }
            JsonNode pulled = new Api(server.baseUrl())
                    .get("/api/v1/sync/pull?cursor=0&limit=1000", token)
                    .json();
            cursor = pulled.get("cursor").asLong();
        }

        ServerConfig restoredConfig;
        if (backend == Backend.H2) {
            Path restored = root.resolve("restored");
            H2Backups.restore(taken.file(), restored, null);
            restoredConfig = ServerConfig.h2(restored);
        } else {
            restoredConfig = TestServers.config(backend, copy);
        }
        try (JalonsServer server = JalonsServer.start(restoredConfig)) {
            if (backend == Backend.POSTGRES) {
                server.newHistory(); // the documented step after pg_restore (the new-history command)
            }
            Api api = new Api(server.baseUrl());
            JsonNode page = api.get("/api/v1/sync/pull?cursor=" + cursor, token).json();
            assertThat(page.get("history").asText()).as(page.toString()).isNotEqualTo(oldHistory.toString());
            assertThat(page.get("head").asLong())
                    .as("the restored sequence is behind the phone's cursor")
                    .isLessThan(cursor);

            List<ObjectNode> resent = new ArrayList<>(acknowledged);
            JsonNode answer =
                    api.post("/api/v1/sync/push", token, Changes.batch(resent)).json();
            List<String> statuses = new ArrayList<>();
            answer.get("results").forEach(r -> statuses.add(r.get("status").asText()));
            assertThat(statuses).as(answer.toString()).hasSize(resent.size());
            for (int i = 0; i < resent.size(); i++) {
                ObjectNode change = resent.get(i);
                if (before.contains(change)) {
                    assertThat(statuses.get(i)).as("in the backup: a no-op").isEqualTo("DUPLICATE");
                } else if (after.contains(change)) {
                    assertThat(statuses.get(i))
                            .as("lost by the restore: taken again")
                            .isEqualTo("APPLIED");
                } else {
                    assertThat(statuses.get(i))
                            .as("pushed while the backup was taken")
                            .isIn("DUPLICATE", "APPLIED");
                }
            }
            String everything = api.get("/api/v1/sync/pull?cursor=0&limit=1000", token)
                    .json()
                    .toString();
            for (ObjectNode change : resent) {
                assertThat(everything).contains(change.get("recordId").asText());
            }
        }
    }

    /** Pushes a new beneficiary; returns the change once the server acknowledged it. */
    private static ObjectNode pushed(String baseUrl, String token, List<ObjectNode> acknowledged) {
        ObjectNode change = Changes.newBeneficiary(UUID.randomUUID(), "Lina M.");
        JsonNode answer = new Api(baseUrl)
                .post("/api/v1/sync/push", token, Changes.batch(change))
                .json();
        assertThat(answer.at("/results/0/status").asText())
                .as(answer.toString())
                .isEqualTo("APPLIED");
        acknowledged.add(change);
        return change;
    }

    /** A copy of the stopped server's PostgreSQL database, as a restore would bring it back; returns its URL. */
    private static String copyOf(String url) throws Exception {
        Matcher name = Pattern.compile("/(jalons_\\d+)").matcher(url);
        assertThat(name.find()).as(url).isTrue();
        String copy = name.group(1) + "_restored";
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + copy + " template " + name.group(1));
        }
        return url.replace("/" + name.group(1), "/" + copy);
    }
}
