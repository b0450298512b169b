package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Role;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.MutableClock;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class TombstoneWindowTest {

    @Parameter
    Backend backend;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));
    JalonsServer server;
    Org org;
    Org.Member counsellor;
    UUID beneficiaryId;

    @BeforeEach
    void setUp() {
        server = TestServers.dedicated(backend, c -> c.withClock(clock).withTombstoneDays(30));
        org = Org.create(server);
        counsellor = org.counsellor("Samia CIP");
        beneficiaryId = org.newBeneficiary(counsellor);
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void cursorOlderThanPurgedTombstonesGets412AndSnapshotStillWorks() {
        UUID goalId = UUID.randomUUID();
        org.push(counsellor, Changes.batch(Changes.newGoal(goalId, beneficiaryId)));
        long oldCursor = org.pull(counsellor, 0).get("cursor").asLong();
        org.push(counsellor, Changes.batch(Changes.delete("goal", goalId, beneficiaryId, 1)));
        long afterDelete = org.pull(counsellor, 0).get("cursor").asLong();

        clock.advance(Duration.ofDays(29));
        assertThat(server.purgeTombstones()).isZero();
        assertThat(org.api
                        .get("/api/v1/sync/pull?cursor=" + oldCursor, counsellor.token())
                        .status())
                .isEqualTo(200);

        clock.advance(Duration.ofDays(2));
        assertThat(server.purgeTombstones()).isEqualTo(1);

        Api.Response tooOld = org.api.get("/api/v1/sync/pull?cursor=" + oldCursor, counsellor.token());
        assertThat(tooOld.status()).isEqualTo(412);
        assertThat(tooOld.json().get("error").asText()).isEqualTo("cursor_too_old");
        assertThat(org.api
                        .get("/api/v1/sync/pull?cursor=" + afterDelete, counsellor.token())
                        .status())
                .isEqualTo(200);
        JsonNode snapshot =
                org.api.get("/api/v1/sync/snapshot", counsellor.token()).json();
        assertThat(snapshot.get("records").size()).isEqualTo(1); // the beneficiary record, not the deleted goal
        assertThat(org.api
                        .get(
                                "/api/v1/sync/pull?cursor="
                                        + snapshot.get("cursor").asLong(),
                                counsellor.token())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void pairingCodeExpiresAfterTenMinutes() {
        var user = server.createUser(org.id, "Karim CIP", Role.COUNSELLOR, null);
        String code = server.issuePairingCode(user).code();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        Api.Response response =
                org.api.post("/api/v1/pair", null, "{\"code\":\"" + code + "\",\"deviceName\":\"Téléphone\"}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("invalid_code");
    }
}
