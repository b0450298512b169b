package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.jalons.domain.Beneficiary;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The app follows no redirect (PROTOCOL.md, Transport). From an https server to http, even to this machine, the
 * token and a push body would travel in the clear: refused as an insecure server, nothing sent there. To another https
 * address: refused on purpose too (the phone talks to the address it paired with), as a refusal of the server.
 */
class RedirectRefusalTest {
    static final HeldCertificate LOCALHOST = new HeldCertificate.Builder()
            .addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName("127.0.0.1")
            .build();

    @TempDir
    Path dir;

    final MockWebServer tls = new MockWebServer();
    final MockWebServer elsewhere = new MockWebServer();
    LocalStore store;
    SyncEngine engine;

    @BeforeEach
    void servers() throws Exception {
        tls.useHttps(
                new HandshakeCertificates.Builder()
                        .heldCertificate(LOCALHOST)
                        .build()
                        .sslSocketFactory(),
                false);
        tls.start();
        store = new Profiles(dir, SyncFixture.CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
        HandshakeCertificates trusting = new HandshakeCertificates.Builder()
                .addTrustedCertificate(LOCALHOST.certificate())
                .build();
        HttpSettings settings = HttpSettings.defaults()
                .withDelays(Duration.ofMillis(1), Duration.ofMillis(2))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        OkHttpClient client = SyncApi.newClient(settings, d -> {})
                .newBuilder()
                .sslSocketFactory(trusting.sslSocketFactory(), trusting.trustManager())
                .build();
        engine = new SyncEngine(store, client, SyncFixture.CLOCK, 100, 500);
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        tls.shutdown();
        elsewhere.shutdown();
    }

    private void pairedWithTheTlsServer() {
        store.database().inTransaction(c -> {
            Pairing.save(
                    c,
                    new SyncAccount(
                            tls.url("/").toString(),
                            UUID.randomUUID(),
                            SyncFixture.TOKEN,
                            UUID.randomUUID(),
                            "COUNSELLOR",
                            UUID.randomUUID(),
                            "Camille Martin",
                            null));
            SyncState.put(c, SyncKeys.CURSOR, "0");
            return null;
        });
    }

    private MockResponse redirectTo(int code, String location) {
        return new MockResponse().setResponseCode(code).setHeader("Location", location);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308})
    void aPushRedirectedToPlainHttpIsNotFollowedAndTheServerIsToldInsecure(int code) throws Exception {
        elsewhere.start();
        pairedWithTheTlsServer();
        UUID samia = UUID.randomUUID();
        store.beneficiaries()
                .save(new Beneficiary(
                        samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
        int pending = store.outbox().pendingCount();
        tls.enqueue(redirectTo(code, "http://127.0.0.1:" + elsewhere.getPort() + "/api/v1/sync/push"));

        SyncException refused = catchThrowableOfType(SyncException.class, engine::syncOnce);

        assertThat(refused.problem()).isEqualTo(SyncProblem.SERVER_NOT_SECURE);
        assertThat(tls.getRequestCount()).isEqualTo(1);
        assertThat(tls.takeRequest().getPath()).isEqualTo("/api/v1/sync/push");
        assertThat(elsewhere.getRequestCount()).as("nothing sent in the clear").isZero();
        assertThat(store.outbox().pendingCount()).isEqualTo(pending);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308})
    void pairingRedirectedToPlainHttpIsRefusedBeforeTheCodeTravelsInTheClear(int code) throws Exception {
        elsewhere.start();
        tls.enqueue(redirectTo(code, "http://127.0.0.1:" + elsewhere.getPort() + "/api/v1/pair"));

        SyncException refused = catchThrowableOfType(
                SyncException.class,
                () -> engine.pairing().pair(tls.url("/").toString(), "K7P2QX9M", "Téléphone de Camille"));

        assertThat(refused.problem()).isEqualTo(SyncProblem.SERVER_NOT_SECURE);
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(Pairing.account(store)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307, 308})
    void aRedirectToAnotherHttpsAddressIsRefusedOnPurpose(int code) throws Exception {
        elsewhere.useHttps(
                new HandshakeCertificates.Builder()
                        .heldCertificate(LOCALHOST)
                        .build()
                        .sslSocketFactory(),
                false);
        elsewhere.start();
        pairedWithTheTlsServer();
        tls.enqueue(redirectTo(
                code, elsewhere.url("/api/v1/sync/pull?cursor=0&limit=500").toString()));

        SyncException refused = catchThrowableOfType(SyncException.class, engine::syncOnce);

        assertThat(refused.problem()).isEqualTo(SyncProblem.SERVER_REFUSED);
        assertThat(elsewhere.getRequestCount())
                .as("the token goes to the paired address only")
                .isZero();
    }
}
