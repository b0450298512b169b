package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jalons.domain.Beneficiary;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real server: a push whose answer is lost is sent again and applied once (DESIGN.md invariant 3). */
class LostAnswerEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void aPushWhoseAnswerIsLostIsSentAgainAndAppliedOnlyOnce() throws Exception {
        Assumptions.assumeTrue(RealServer.available(), "the sync server jar is not installed");
        try (RealServer server = RealServer.start(dir.resolve("server"));
                LocalStore phone = new Profiles(dir.resolve("camille"), CLOCK, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            AtomicBoolean lost = new AtomicBoolean();
            Interceptor losesFirstPushAnswer = chain -> {
                Response response = chain.proceed(chain.request());
                if (chain.request().url().encodedPath().endsWith("/sync/push") && lost.compareAndSet(false, true)) {
                    response.close();
                    throw new IOException("connection reset after the server answered");
                }
                return response;
            };
            HttpSettings settings = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
            OkHttpClient client = SyncApi.newClient(settings)
                    .newBuilder()
                    .addNetworkInterceptor(losesFirstPushAnswer)
                    .build();
            SyncEngine engine = new SyncEngine(phone, client, CLOCK, SyncEngine.PUSH_BATCH, SyncEngine.PULL_PAGE);
            engine.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            UUID samia = UUID.randomUUID();
            phone.beneficiaries()
                    .save(new Beneficiary(
                            samia,
                            "Samia B.",
                            null,
                            LocalDate.of(2026, 3, 2),
                            null,
                            camille.id(),
                            List.of(),
                            null,
                            null));

            SyncReport report = engine.syncOnce();

            assertThat(lost).isTrue();
            assertThat(report.acknowledged()).isEqualTo(1);
            assertThat(report.rejected()).isZero();
            assertThat(phone.outbox().pendingCount()).isZero();
            assertThat(phone.beneficiaries().findStored(samia).orElseThrow().version())
                    .as("applied once: a second application would have made version 2")
                    .isEqualTo(1);
        }
    }
}
