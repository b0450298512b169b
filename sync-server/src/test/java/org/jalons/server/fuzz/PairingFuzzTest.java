package org.jalons.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.support.Api;
import org.jalons.server.support.Footprint;
import org.jalons.server.support.MutableClock;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;

/**
 * The pairing request bodies: {@code POST /api/v1/pair} (no token; {@code $C} in an input is a fresh valid code)
 * and {@code POST /api/v1/pairing-codes} (a counsellor's; {@code $P} is the person of their caseload). Never a 5xx,
 * only the documented refusals, and a refused request writes nothing (a valid code is not used up by a request
 * refused for another reason). A server of its own, whose clock moves two minutes before every input, so that the
 * wrong-code limit (per address and minute) never turns every answer into a 429.
 */
class PairingFuzzTest {

    private static PairingServer server;

    private static final class PairingServer {
        final MutableClock clock = new MutableClock(Instant.now());
        final String url = TestServers.newDatabase(FuzzedOrganisation.BACKEND);
        final JalonsServer running;
        final Org org;
        final Org.Member counsellor;
        final String personId;
        int users;

        PairingServer() {
            BugDetectors.allowNetworkConnections((host, port) -> "127.0.0.1".equals(host) || "localhost".equals(host));
            running = JalonsServer.start(
                    TestServers.config(FuzzedOrganisation.BACKEND, url).withClock(clock));
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
            org = Org.create(running);
            counsellor = org.counsellor("Samia CIP");
            personId = org.newBeneficiary(counsellor).toString();
        }

        Map<String, Long> footprint() {
            try (Connection c = TestServers.connect(FuzzedOrganisation.BACKEND, url)) {
                return Footprint.of(c, org.id);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        Api.Response post(String path, String token, byte[] body) {
            return org.api.send(org.api
                    .request(path, token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }
    }

    private static synchronized PairingServer server() {
        if (server == null) {
            server = new PairingServer();
        }
        server.clock.advance(Duration.ofMinutes(2));
        return server;
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "pairing.dict")
    void pairBody(FuzzedDataProvider data) {
        PairingServer s = server();
        byte[] input = data.consumeRemainingAsBytes();
        String code = "";
        if (new String(input, java.nio.charset.StandardCharsets.ISO_8859_1).contains("$C")) {
            User user = s.running.createUser(s.org.id, "Conseiller " + ++s.users, Role.COUNSELLOR, null);
            code = s.running.issuePairingCode(user).code();
        }
        byte[] body = Placeholders.fill(input, Map.of("$C", code));
        Map<String, Long> before = s.footprint();
        Api.Response response = s.post("/api/v1/pair", null, body);
        ServerAnswers.assertDocumented(response, Set.of(200, 400, 401, 413, 429));
        Map<String, Long> after = s.footprint();
        if (response.status() == 200) {
            assertThat(after.get("devices")).as(response.toString()).isEqualTo(before.get("devices") + 1);
            assertThat(after.get("pairingCodes")).as(response.toString()).isEqualTo(before.get("pairingCodes") - 1);
        } else {
            assertThat(after).as("refused, nothing written: %s", response).isEqualTo(before);
        }
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "pairing.dict")
    void pairingCodeRequest(FuzzedDataProvider data) {
        PairingServer s = server();
        byte[] body = Placeholders.fill(
                data.consumeRemainingAsBytes(),
                Map.of("$P", s.personId, "$U", s.counsellor.id().toString()));
        Map<String, Long> before = s.footprint();
        Api.Response response = s.post("/api/v1/pairing-codes", s.counsellor.token(), body);
        ServerAnswers.assertDocumented(response, Set.of(201, 400, 403, 404, 413, 415));
        if (response.status() != 201) {
            assertThat(s.footprint())
                    .as("refused, nothing written: %s", response)
                    .isEqualTo(before);
        }
    }
}
