package org.jalons.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.MutableClock;
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
                Api.Response wrong = org.api.post(
                        "/api/v1/pair", null, "{\"code\":\"AAAAAAA" + (i % 8 + 2) + "\",\"deviceName\":\"Essai\"}");
                assertThat(wrong.status()).isEqualTo(401);
            }

            Api.Response blocked =
                    org.api.post("/api/v1/pair", null, "{\"code\":\"" + goodCode + "\",\"deviceName\":\"Essai\"}");

            assertThat(blocked.status()).isEqualTo(429);
            assertThat(blocked.json().get("error").asText()).isEqualTo("rate_limited");
        }
    }

    @Test
    void aValidCodeFromAnAddressThatGuessedWrongIsOnlyDelayedAndNotDistinguishedWhileWaiting() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));
        try (JalonsServer server = TestServers.dedicated(Backend.H2, c -> c.withClock(clock))) {
            Org org = Org.create(server);
            User counsellor = server.createUser(org.id, "Samia CIP", Role.COUNSELLOR, null);
            String goodCode = server.issuePairingCode(counsellor).code();
            for (int i = 0; i < 10; i++) {
                assertThat(pair(org, "AAAAAAA" + (i % 8 + 2)).status()).isEqualTo(401);
            }

            Api.Response validWhileWaiting = pair(org, goodCode);
            Api.Response wrongWhileWaiting = pair(org, "BBBBBBBB");
            assertThat(validWhileWaiting.status()).isEqualTo(429);
            assertThat(validWhileWaiting.toString()).isEqualTo(wrongWhileWaiting.toString());
            long retryAfter = Long.parseLong(validWhileWaiting.header("Retry-After"));
            assertThat(retryAfter).isBetween(1L, 6L);

            clock.advance(Duration.ofSeconds(retryAfter));
            assertThat(pair(org, goodCode).status()).isEqualTo(200);
        }
    }

    private static Api.Response pair(Org org, String code) {
        return org.api.post("/api/v1/pair", null, "{\"code\":\"" + code + "\",\"deviceName\":\"Essai\"}");
    }
}
