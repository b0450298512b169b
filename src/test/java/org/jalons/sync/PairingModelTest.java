package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.sync.SyncFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.mockwebserver.MockWebServer;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing names the phone's model, within the protocol's rule, and still pairs with a server that refuses it. */
class PairingModelTest {
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(20));

    @TempDir
    Path dir;

    @Test
    void theModelIsSentAsOneTrimmedLineOfAtMost120CharactersAndBlankIsNone() {
        assertThat(Pairing.modelToSend("  Pixel 7a \nsecond")).isEqualTo("Pixel 7a");
        assertThat(Pairing.modelToSend("Pixel\u0000 7a\u0007")).isEqualTo("Pixel 7a");
        assertThat(Pairing.modelToSend("x".repeat(300))).hasSize(120);
        assertThat(Pairing.modelToSend("  \n ")).isNull();
        assertThat(Pairing.modelToSend(null)).isNull();
    }

    @Test
    void theModelGoesWithThePairingAndAServerThatRefusesItIsAskedAgainWithoutIt() throws Exception {
        try (MockWebServer server = new MockWebServer();
                LocalStore store = new Profiles(dir, SyncFixture.CLOCK, 1000)
                        .create("Camille", Role.COUNSELLOR, "123456".toCharArray())) {
            server.enqueue(SyncFixture.error(400, "invalid_body"));
            server.enqueue(json(pairAnswer()));

            SyncAccount account = new SyncEngine(store, HTTP, SyncFixture.CLOCK)
                    .pairing("Pixel 7a")
                    .pair(server.url("/").toString(), "K7P2QX9M", "Téléphone de Camille");

            assertThat(account.token()).isEqualTo("tok-1");
            JsonNode first = Json.MAPPER.readTree(SyncFixture.body(server.takeRequest()));
            JsonNode second = Json.MAPPER.readTree(SyncFixture.body(server.takeRequest()));
            assertThat(first.get("model").asText()).isEqualTo("Pixel 7a");
            assertThat(second.has("model"))
                    .as("an older server is asked without it")
                    .isFalse();
            assertThat(second.get("code").asText()).isEqualTo("K7P2QX9M");
        }
    }

    private static Map<String, Object> pairAnswer() {
        Map<String, Object> user = new HashMap<>();
        user.put("id", UUID.randomUUID().toString());
        user.put("role", "COUNSELLOR");
        user.put("organisationId", UUID.randomUUID().toString());
        user.put("displayName", "Camille");
        user.put("beneficiaryId", null);
        return Map.of("deviceId", UUID.randomUUID().toString(), "token", "tok-1", "user", user);
    }
}
