package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jalons.sync.SyncFixture.applied;
import static org.jalons.sync.SyncFixture.error;
import static org.jalons.sync.SyncFixture.pullPage;
import static org.jalons.sync.SyncFixture.pushAnswer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.jalons.storage.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkTest {
    @TempDir
    Path dir;

    /**
     * Nagle's algorithm off on the sockets the sync uses: with it on, the end of a push body waited for the server's
     * delayed acknowledgement (40 ms on Linux) on about every other request of a first sync.
     */
    @Test
    void requestsGoOutOnSocketsWithNagleOff() throws Exception {
        try (okhttp3.mockwebserver.MockWebServer server = new okhttp3.mockwebserver.MockWebServer()) {
            server.enqueue(new MockResponse().setBody("{}"));
            List<Boolean> noDelay = new java.util.ArrayList<>();
            okhttp3.OkHttpClient client = SyncApi.newClient(HttpSettings.defaults())
                    .newBuilder()
                    .eventListener(new okhttp3.EventListener() {
                        @Override
                        public void connectionAcquired(okhttp3.Call call, okhttp3.Connection connection) {
                            try {
                                noDelay.add(connection.socket().getTcpNoDelay());
                            } catch (java.net.SocketException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    })
                    .build();
            try (okhttp3.Response response = client.newCall(new okhttp3.Request.Builder()
                            .url(server.url("/"))
                            .post(SyncApi.pushBody(List.of()))
                            .header("Content-Encoding", "gzip")
                            .build())
                    .execute()) {
                assertThat(response.body().string()).isEqualTo("{}");
            }
            assertThat(noDelay).containsExactly(true);
        }
    }

    @Test
    void serverErrorsAreRetriedWithGrowingJitteredDelaysThenTheSyncSucceeds() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            f.newBeneficiary("Samia B.");
            OutboxEntry entry = f.store.outbox().pending(10).get(0);
            f.server.enqueue(error(503, "unavailable"));
            f.server.enqueue(new MockResponse().setResponseCode(429));
            f.server.enqueue(pushAnswer(applied(entry.changeId(), 1, 8)));
            f.server.enqueue(pullPage(List.of(), 8, false));

            f.engine.syncOnce();

            assertThat(f.syncRequests()).isEqualTo(4);
            String first = SyncFixture.body(f.takeSyncRequest());
            assertThat(SyncFixture.body(f.takeSyncRequest())).isEqualTo(first);
            assertThat(SyncFixture.body(f.takeSyncRequest()))
                    .as("the same change id is sent again")
                    .isEqualTo(first);
            assertThat(f.store.outbox().pendingCount()).isZero();
            assertThat(f.sleeps).hasSize(2);
            assertThat(f.sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(1));
            assertThat(f.sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(2));
        }
    }

    @Test
    void retriesAreBoundedAndEndInAPlainServerProblem() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            f.newBeneficiary("Samia B.");
            for (int i = 0; i < 4; i++) {
                f.server.enqueue(error(500, "internal"));
            }

            SyncException e = catchThrowableOfType(SyncException.class, f.engine::syncOnce);

            assertThat(e.problem()).isEqualTo(SyncProblem.SERVER_UNAVAILABLE);
            assertThat(f.syncRequests()).isEqualTo(4);
            assertThat(f.store.outbox().pendingCount()).isEqualTo(1);
        }
    }

    @Test
    void noNetworkKeepsEverythingAndSaysSoInPlainWords() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            f.newBeneficiary("Samia B.");
            f.server.shutdown();

            SyncException e = catchThrowableOfType(SyncException.class, f.engine::syncOnce);

            assertThat(e.problem()).isEqualTo(SyncProblem.NO_NETWORK);
            assertThat(e.problem().message(Locale.FRENCH))
                    .startsWith("Pas de réseau\u00a0: vos saisies sont gardées sur ce téléphone");
            assertThat(e.problem().message(Locale.ENGLISH)).startsWith("No network: your entries are kept");
            assertThat(f.store.outbox().pendingCount()).isEqualTo(1);
        }
    }

    @Test
    void aConnectionDroppedMidAnswerIsRetried() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            f.newBeneficiary("Samia B.");
            OutboxEntry entry = f.store.outbox().pending(10).get(0);
            f.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            f.server.enqueue(pushAnswer(applied(entry.changeId(), 1, 8)));
            f.server.enqueue(pullPage(List.of(), 8, false));

            f.engine.syncOnce();

            assertThat(f.store.outbox().pendingCount()).isZero();
        }
    }

    @Test
    void aRevokedTokenAndAnUnsupportedProtocolAreNamed() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            f.server.enqueue(error(401, "unauthorized"));
            assertThat(catchThrowableOfType(SyncException.class, f.engine::syncOnce)
                            .problem())
                    .isEqualTo(SyncProblem.DEVICE_REVOKED);
            f.server.enqueue(error(400, "unsupported_protocol"));
            assertThat(catchThrowableOfType(SyncException.class, f.engine::syncOnce)
                            .problem())
                    .isEqualTo(SyncProblem.UNSUPPORTED_PROTOCOL);
            f.server.enqueue(error(400, "invalid_parameter"));
            assertThat(catchThrowableOfType(SyncException.class, f.engine::syncOnce)
                            .problem())
                    .isEqualTo(SyncProblem.SERVER_REFUSED);
            assertThat(f.syncRequests()).as("4xx are not retried").isEqualTo(3);
        }
    }

    @Test
    void everyProblemHasAFrenchAndAnEnglishSentence() {
        for (SyncProblem p : SyncProblem.values()) {
            assertThat(p.message(Locale.FRENCH)).isNotBlank().isNotEqualTo(p.message(Locale.ENGLISH));
            assertThat(p.message(Locale.forLanguageTag("fr-FR"))).isEqualTo(p.message(Locale.FRENCH));
        }
    }

    @Test
    void backoffCeilingDoublesUpToTheMaximumAndJitterStaysBelowIt() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8), () -> 0.999);
        assertThat(List.of(1, 2, 3, 4, 5, 6, 40).stream()
                        .map(backoff::ceiling)
                        .map(Duration::toMillis)
                        .toList())
                .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L);
        assertThat(backoff.delay(3)).isLessThan(Duration.ofMillis(2000)).isGreaterThan(Duration.ofMillis(1990));
        assertThat(new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8), () -> 0.0).delay(3))
                .isZero();
    }

    @Test
    void pairingStoresTheTokenAndWhoTheUserIsInTheEncryptedStore() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            UUID device = UUID.randomUUID();
            UUID user = UUID.randomUUID();
            UUID organisation = UUID.randomUUID();
            f.server.enqueue(SyncFixture.json(java.util.Map.of(
                    "deviceId",
                    device.toString(),
                    "token",
                    "secret-token",
                    "user",
                    java.util.Map.of(
                            "id",
                            user.toString(),
                            "role",
                            "COUNSELLOR",
                            "organisationId",
                            organisation.toString(),
                            "displayName",
                            "Camille Martin"))));
            assertThat(f.engine.isPaired()).isFalse();

            SyncAccount account =
                    f.engine.pairing().pair(f.server.url("/").toString(), " K7P2QX9M ", "Téléphone de Camille");

            var request = f.takeSyncRequest();
            assertThat(request.getPath()).isEqualTo("/api/v1/pair");
            assertThat(request.getHeader("Jalons-Protocol")).isEqualTo("1");
            assertThat(request.getHeader("Authorization")).isNull();
            assertThat(org.jalons.storage.Json.MAPPER.readTree(SyncFixture.body(request)))
                    .isEqualTo(org.jalons.storage.Json.MAPPER.readTree(
                            "{\"code\":\"K7P2QX9M\",\"deviceName\":\"Téléphone de Camille\"}"));
            assertThat(account.toString()).doesNotContain("secret-token");
            assertThat(Pairing.account(f.store)).contains(account);
            assertThat(account.userId()).isEqualTo(user);
            assertThat(account.organisationId()).isEqualTo(organisation);
            assertThat(f.cursor()).isZero();
            assertThat(f.engine.isPaired()).isTrue();
        }
    }

    @Test
    void aWrongPairingCodeIsNamedAndNotRetried() throws Exception {
        try (SyncFixture f = new SyncFixture(dir)) {
            f.server.enqueue(error(404, "not_found"));
            f.server.enqueue(error(429, "rate_limited"));
            String url = f.server.url("/").toString();

            assertThat(catchThrowableOfType(
                                    SyncException.class,
                                    () -> f.engine.pairing().pair(url, "AAAAAAAA", "x"))
                            .problem())
                    .isEqualTo(SyncProblem.PAIRING_CODE_INVALID);
            assertThat(catchThrowableOfType(
                                    SyncException.class,
                                    () -> f.engine.pairing().pair(url, "AAAAAAAA", "x"))
                            .problem())
                    .isEqualTo(SyncProblem.PAIRING_TOO_MANY_ATTEMPTS);
            assertThat(f.syncRequests()).isEqualTo(2);
            assertThat(f.engine.isPaired()).isFalse();
            assertThat(catchThrowableOfType(SyncException.class, f.engine::syncOnce)
                            .problem())
                    .isEqualTo(SyncProblem.NOT_PAIRED);
        }
    }

    @Test
    void gzipAnswersAreRead() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            f.inScope(samia, "");
            okio.Buffer zipped = new okio.Buffer();
            try (okio.BufferedSink sink = okio.Okio.buffer(new okio.GzipSink(zipped))) {
                sink.writeUtf8(org.jalons.storage.Json.write(java.util.Map.of(
                        "records",
                        List.of(SyncFixture.record(
                                8, "beneficiary", samia, samia, 1, SyncFixture.beneficiaryFields("Samia B."))),
                        "cursor",
                        8,
                        "hasMore",
                        false,
                        "scope",
                        List.of(java.util.Map.of("beneficiaryId", samia.toString(), "signature", "")))));
            }
            f.server.enqueue(new MockResponse()
                    .setHeader("Content-Type", "application/json")
                    .setHeader("Content-Encoding", "gzip")
                    .setBody(zipped));

            f.engine.syncOnce();

            assertThat(f.takeSyncRequest().getHeader("Accept-Encoding")).isEqualTo("gzip");
            assertThat(f.store.beneficiaries().find(samia)).isPresent();
        }
    }
}
