package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Consent;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real server (PROTOCOL.md, snapshot scope): consent withdrawn between a phone's full snapshot and its
 * next pull removes the records no longer allowed from that phone, because the snapshot told it the signature the
 * records were served under.
 */
class SnapshotScopeEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    @Test
    void consentWithdrawnBetweenTheSnapshotAndTheNextPullRemovesTheHealthRecords() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"));
                LocalStore phone = new Profiles(dir.resolve("phone"), CLOCK, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
                LocalStore tablet = new Profiles(dir.resolve("tablet"), CLOCK, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            SyncEngine phoneSync = new SyncEngine(phone, HTTP, CLOCK);
            phoneSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
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
            phone.consents()
                    .save(new Consent(
                            UUID.randomUUID(),
                            samia,
                            ConsentCategory.HEALTH,
                            true,
                            CLOCK.instant().minusSeconds(60),
                            "Camille Martin"));
            UUID health = UUID.randomUUID();
            phone.barriers()
                    .save(new Barrier(
                            health, samia, Term.of(BarrierArea.SANTE), BarrierStatus.BESOIN, "Suivi médical en cours"));
            UUID mobility = UUID.randomUUID();
            phone.barriers()
                    .save(new Barrier(mobility, samia, Term.of(BarrierArea.MOBILITE), BarrierStatus.BESOIN, null));
            phoneSync.syncOnce();
            assertThat(phone.outbox().pendingCount()).isZero();

            // Camille's tablet pairs; right after its full snapshot, Samia withdraws her health consent (recorded
            // on the phone), before the tablet's first pull.
            AtomicBoolean withdrawn = new AtomicBoolean();
            Interceptor withdrawAfterSnapshot = chain -> {
                Response response = chain.proceed(chain.request());
                boolean fullSnapshot = chain.request().url().encodedPath().endsWith("/sync/snapshot")
                        && chain.request().url().queryParameter("beneficiaryId") == null;
                if (fullSnapshot && withdrawn.compareAndSet(false, true)) {
                    phone.consents()
                            .save(new Consent(
                                    UUID.randomUUID(),
                                    samia,
                                    ConsentCategory.HEALTH,
                                    false,
                                    CLOCK.instant(),
                                    "Camille Martin"));
                    try {
                        phoneSync.syncOnce();
                    } catch (SyncException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return response;
            };
            OkHttpClient client = SyncApi.newClient(HTTP)
                    .newBuilder()
                    .addInterceptor(withdrawAfterSnapshot)
                    .build();
            SyncEngine tabletSync = new SyncEngine(tablet, client, CLOCK, SyncEngine.PUSH_BATCH, SyncEngine.PULL_PAGE);
            tabletSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Tablette de Camille");

            SyncReport report = tabletSync.syncOnce();

            assertThat(withdrawn).isTrue();
            assertThat(report.restored()).isTrue();
            assertThat(report.snapshots())
                    .as("the signature changed since the snapshot: Samia fetched again")
                    .isEqualTo(1);
            assertThat(tablet.barriers().find(health))
                    .as("no longer allowed on the tablet")
                    .isEmpty();
            assertThat(tablet.barriers().find(mobility)).isPresent();
            assertThat(tablet.beneficiaries().find(samia)).isPresent();
            assertThat(phone.barriers().find(health)).as("nor on the phone").isEmpty();
        }
    }
}
