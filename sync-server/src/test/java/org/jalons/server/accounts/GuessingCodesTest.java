package org.jalons.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.jalons.server.JalonsServer;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/** Own server: the guess limiter is per client address, and every test talks from 127.0.0.1. */
class GuessingCodesTest {

    @Test
    void tenWrongCodesInAMinuteBlockFurtherAttemptsWith429() {
        try (JalonsServer server = TestServers.dedicated(Backend.H2, c -> c)) {
            Org org = Org.create(server);
            User counsellor = server.createUser(org.id, "Samia CIP", Role.COUNSELLOR, null);
            String goodCode = server.issuePairingCode(counsellor).code();
            for (int i = 0; i < 10; i++) {
                Api.Response wrong = org.api.post("/api/v1/pair", null,
                        "{\"code\":\"AAAAAAA" + (i % 8 + 2) + "\",\"deviceName\":\"Essai\"}");
                assertThat(wrong.status()).isEqualTo(401);
            }

            Api.Response blocked = org.api.post("/api/v1/pair", null,
                    "{\"code\":\"" + goodCode + "\",\"deviceName\":\"Essai\"}");

            assertThat(blocked.status()).isEqualTo(429);
            assertThat(blocked.json().get("error").asText()).isEqualTo("rate_limited");
        }
    }
}
