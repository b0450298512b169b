package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jalons.domain.Beneficiary;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lost phone, in the app against the real server: the admin asks its wipe; the counsellor's app, at its next sync,
 * erases everything, confirms, and shows the first screen with one line saying why; the admin's list says "wiped".
 */
class RemoteWipeAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final HttpClient ADMIN = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    RealServer server;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAppErasesItselfAtItsNextSyncAndSaysWhyOnTheFirstScreen() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        String admin = pairAdmin();
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        Path home = dir.resolve("camille");
        UUID deviceId;
        try (LocalStore phone =
                new Profiles(home, CLOCK, 1000).create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            UUID samia = UUID.randomUUID();
            phone.beneficiaries()
                    .save(new Beneficiary(
                            samia,
                            "Samia B.",
                            null,
                            LocalDate.of(2026, 9, 1),
                            null,
                            camille.id(),
                            List.of(),
                            null,
                            null));
            phone.evidencePhotos().put("evidence/" + UUID.randomUUID() + ".jpg", new byte[] {1, 2, 3});
            sync.syncOnce();
            deviceId = Pairing.account(phone).orElseThrow().deviceId();
        }
        assertThat(send(admin, "POST", "/api/v1/devices/" + deviceId + "/wipe").statusCode())
                .isEqualTo(200);

        startApp(home);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");

        waitFor("#create-profile");
        waitUntil(
                () -> lookup("#snackbar-text")
                        .tryQuery()
                        .map(n -> ((javafx.scene.control.Labeled) n).getText())
                        .orElse("")
                        .equals(
                                "Votre structure a demandé d’effacer ce téléphone\u00a0: toutes ses données ont été effacées."));
        waitUntil(() -> filesIn(home).isEmpty());
        waitUntil(() -> "WIPED".equals(device(admin, deviceId).get("state").asText()));
        assertThat(device(admin, deviceId).get("wipedAt").isNull()).isFalse();
    }

    private String pairAdmin() throws Exception {
        HttpResponse<String> paired = ADMIN.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/pair"))
                        .header("Jalons-Protocol", "1")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Json.write(Map.of("code", server.adminPairingCode(), "deviceName", "Poste admin"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(200);
        return Json.MAPPER.readTree(paired.body()).get("token").asText();
    }

    private JsonNode device(String token, UUID deviceId) {
        try {
            for (JsonNode d : Json.MAPPER
                    .readTree(send(token, "GET", "/api/v1/devices").body())
                    .get("devices")) {
                if (d.get("id").asText().equals(deviceId.toString())) {
                    return d;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("device " + deviceId + " not listed");
    }

    private HttpResponse<String> send(String token, String method, String path) throws Exception {
        return ADMIN.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Jalons-Protocol", "1")
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return List.of(folder); // still being erased
        }
    }
}
