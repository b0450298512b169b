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
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.MyCounsellor;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real server: a counsellor's profile saved offline goes at the next sync (and again until the server
 * took it), the person's phone keeps their counsellors, and a failure of this step never fails the records' sync
 * nor loses what the phone holds.
 */
class CounsellorProfileEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    private static final CounsellorProfile CAMILLE =
            new CounsellorProfile("Camille", CounsellorProfile.FEMININE, "06 12 34 56 78");

    @TempDir
    Path dir;

    @Test
    void aProfileSavedOfflineReachesThePersonsPhoneAndAFailedStepNeverFailsTheRecords() throws Exception {
        AtomicBoolean refuseProfiles = new AtomicBoolean(true);
        Interceptor profilesDown = chain -> {
            if (refuseProfiles.get() && chain.request().url().encodedPath().startsWith("/api/v1/me/")) {
                return new Response.Builder()
                        .request(chain.request())
                        .protocol(Protocol.HTTP_1_1)
                        .code(400)
                        .message("Bad Request")
                        .body(ResponseBody.create(
                                "{\"error\":\"invalid_body\",\"message\":\"no\"}", MediaType.get("application/json")))
                        .build();
            }
            return chain.proceed(chain.request());
        };
        OkHttpClient client = SyncApi.newClient(HTTP)
                .newBuilder()
                .addInterceptor(profilesDown)
                .build();
        try (RealServer server = RealServer.start(dir.resolve("server"));
                LocalStore counsellorPhone = new Profiles(dir.resolve("counsellor"), CLOCK, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            SyncEngine counsellorSync =
                    new SyncEngine(counsellorPhone, client, CLOCK, SyncEngine.PUSH_BATCH, SyncEngine.PULL_PAGE);
            counsellorSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            UUID samia = UUID.randomUUID();
            counsellorPhone
                    .beneficiaries()
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
            counsellorPhone.counsellorProfiles().saveOwn(CAMILLE);

            // The profile route fails: the records still go, the failure is told, the profile waits.
            SyncReport refused = counsellorSync.syncOnce();
            assertThat(refused.acknowledged()).isEqualTo(1);
            assertThat(refused.profilesProblem()).isEqualTo(SyncProblem.SERVER_REFUSED);
            assertThat(counsellorPhone.outbox().pendingCount()).isZero();
            assertThat(counsellorPhone.counsellorProfiles().unsent()).isPresent();

            refuseProfiles.set(false);
            SyncReport sent = counsellorSync.syncOnce();
            assertThat(sent.profilesProblem()).isNull();
            assertThat(counsellorPhone.counsellorProfiles().unsent()).isEmpty();
            assertThat(counsellorPhone.counsellorProfiles().own()).contains(CAMILLE);

            RealServer.User samiaAccount = server.createUser("Samia B.", "BENEFICIARY", samia);
            try (LocalStore personPhone = new Profiles(dir.resolve("person"), CLOCK, 1000)
                    .create("Samia B.", Role.BENEFICIARY, "654321".toCharArray())) {
                SyncEngine personSync =
                        new SyncEngine(personPhone, client, CLOCK, SyncEngine.PUSH_BATCH, SyncEngine.PULL_PAGE);
                personSync.pairing().pair(server.baseUrl(), server.pairingCode(samiaAccount), "Téléphone de Samia");

                SyncReport first = personSync.syncOnce();
                assertThat(first.profilesProblem()).isNull();
                assertThat(personPhone.counsellorProfiles().mine())
                        .containsExactly(new MyCounsellor(camille.id(), CAMILLE));

                // The route fails now: the records' sync goes on, the counsellors kept stay.
                refuseProfiles.set(true);
                SyncReport failed = personSync.syncOnce();
                assertThat(failed.profilesProblem()).isEqualTo(SyncProblem.SERVER_REFUSED);
                assertThat(personPhone.counsellorProfiles().mine())
                        .containsExactly(new MyCounsellor(camille.id(), CAMILLE));
            }
        }
    }

    @Test
    void aSaveMadeWhileTheLastOneWasOnItsWayIsSentAgain() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"));
                LocalStore phone = new Profiles(dir.resolve("counsellor"), CLOCK, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            CounsellorProfile renamed = new CounsellorProfile("Camille M.", CounsellorProfile.NEUTRAL, null);
            AtomicBoolean savedDuringSend = new AtomicBoolean();
            Interceptor saveWhileSending = chain -> {
                Response response = chain.proceed(chain.request());
                if (chain.request().url().encodedPath().equals("/api/v1/me/profile")
                        && savedDuringSend.compareAndSet(false, true)) {
                    phone.counsellorProfiles().saveOwn(renamed);
                }
                return response;
            };
            OkHttpClient client = SyncApi.newClient(HTTP)
                    .newBuilder()
                    .addInterceptor(saveWhileSending)
                    .build();
            SyncEngine engine = new SyncEngine(phone, client, CLOCK, SyncEngine.PUSH_BATCH, SyncEngine.PULL_PAGE);
            engine.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            phone.counsellorProfiles().saveOwn(CAMILLE);

            engine.syncOnce();
            assertThat(phone.counsellorProfiles().unsent())
                    .map(org.jalons.storage.CounsellorProfiles.Unsent::profile)
                    .contains(renamed);
            engine.syncOnce();
            assertThat(phone.counsellorProfiles().unsent()).isEmpty();
        }
    }
}
