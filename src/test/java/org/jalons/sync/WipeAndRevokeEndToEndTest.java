package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.e2e.RealServer;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Sign out and wipe this device", against the real server: nothing of the person is left in the app's folder, and
 * the device's token stops working on the server, at once when it answers, at the next start after an offline wipe.
 */
class WipeAndRevokeEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(20));
    private static final char[] PIN = "482913".toCharArray();

    @TempDir
    Path dir;

    /** A counsellor's phone as it is after weeks of use: synced records, a photo, a shared file, settings, the demo. */
    private record UsedPhone(Path app, Profiles profiles, SyncAccount account) {}

    private UsedPhone usedPhone(RealServer server) throws Exception {
        Path app = dir.resolve("app");
        Profiles profiles = new Profiles(app, CLOCK, 1000);
        profiles.openDemo(Role.COUNSELLOR).close();
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        SyncAccount account;
        try (LocalStore phone = profiles.create("Camille Martin", Role.COUNSELLOR, PIN.clone())) {
            SyncEngine engine = new SyncEngine(phone, HTTP, CLOCK);
            engine.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            UUID samia = UUID.randomUUID();
            phone.beneficiaries()
                    .save(new Beneficiary(
                            samia,
                            "Samia Benali",
                            null,
                            LocalDate.of(2026, 3, 2),
                            null,
                            camille.id(),
                            List.of(),
                            null,
                            null));
            phone.goals()
                    .save(new Goal(
                            UUID.randomUUID(),
                            samia,
                            Term.of(GoalTheme.MOBILITE),
                            "Prendre le bus seule",
                            ProposedBy.JOINT,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.of(2026, 4, 1),
                            null));
            phone.evidencePhotos().put("evidence/" + UUID.randomUUID() + ".jpg", new byte[] {1, 2, 3});
            phone.drafts()
                    .save(
                            org.jalons.caseload.VisitKeys.visit(samia),
                            java.util.Map.of("notes", "Samia Benali, suivi addictologie"));
            assertThat(engine.syncOnce().acknowledged()).isEqualTo(2);
            account = Pairing.account(phone).orElseThrow();
        }
        Files.createDirectories(app.resolve(Profiles.SHARED));
        Files.writeString(app.resolve(Profiles.SHARED).resolve("parcours-samia-benali.pdf"), "Samia Benali");
        new LanguageSetting(app).save(Language.ENGLISH);
        new DisplayPreferences(app).easyReadProperty().set(true);
        assertThat(filesIn(app)).hasSizeGreaterThan(4);
        assertThat(pullWorks(account)).as("the token works before the wipe").isTrue();
        return new UsedPhone(app, profiles, account);
    }

    @Test
    void aWipeWhileOnlineLeavesNoFileAndRevokesTheDeviceAtOnce() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            UsedPhone phone = usedPhone(server);

            boolean revoked = new DeviceRevocation(phone.app(), HTTP)
                    .wipe(phone.profiles(), Profiles.OWN, Optional.of(phone.account()));

            assertThat(revoked).isTrue();
            assertThat(filesIn(phone.app()))
                    .as("nothing at all is left in the app's folder")
                    .isEmpty();
            assertThat(pullWorks(phone.account()))
                    .as("the device is revoked on the server")
                    .isFalse();
        }
    }

    @Test
    void aWipeWhileOfflineLeavesOnlyTheDeviceToRevokeWhichTheNextStartRevokes() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            UsedPhone phone = usedPhone(server);
            AtomicBoolean offline = new AtomicBoolean(true);
            OkHttpClient client = SyncApi.newClient(HTTP)
                    .newBuilder()
                    .addInterceptor(chain -> {
                        if (offline.get()) {
                            throw new java.net.ConnectException("no network");
                        }
                        return chain.proceed(chain.request());
                    })
                    .build();

            boolean revoked = new DeviceRevocation(phone.app(), new SyncApi(client))
                    .wipe(phone.profiles(), Profiles.OWN, Optional.of(phone.account()));

            assertThat(revoked).isFalse();
            Path pending = phone.app().resolve(Profiles.PENDING_REVOCATION);
            assertThat(filesIn(phone.app())).containsExactly(pending);
            String kept = Files.readString(pending, StandardCharsets.UTF_8);
            assertThat(kept)
                    .contains(phone.account().deviceId().toString())
                    .doesNotContain(
                            "Camille",
                            "Samia",
                            phone.account().userId().toString(),
                            phone.account().organisationId().toString());
            if (pending.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(pending)))
                        .isEqualTo("rw-------");
            }
            assertThat(pullWorks(phone.account()))
                    .as("not revoked while offline")
                    .isTrue();

            // The next start of the app, with the network back.
            offline.set(false);
            assertThat(new DeviceRevocation(phone.app(), new SyncApi(client)).revokePending())
                    .isTrue();
            assertThat(filesIn(phone.app())).isEmpty();
            assertThat(pullWorks(phone.account())).isFalse();
            assertThat(new DeviceRevocation(phone.app(), new SyncApi(client)).revokePending())
                    .as("nothing left to do")
                    .isTrue();
        }
    }

    @Test
    void twoOfflineWipesInARowRevokeBothDevices() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            UsedPhone first = usedPhone(server);
            SyncApi down = new SyncApi(SyncApi.newClient(HTTP)
                    .newBuilder()
                    .addInterceptor(chain -> {
                        throw new java.net.ConnectException("no network");
                    })
                    .build());
            new DeviceRevocation(first.app(), down).wipe(first.profiles(), Profiles.OWN, Optional.of(first.account()));
            UsedPhone second = usedPhone(server);
            new DeviceRevocation(second.app(), down)
                    .wipe(second.profiles(), Profiles.OWN, Optional.of(second.account()));

            assertThat(new DeviceRevocation(second.app(), HTTP).revokePending()).isTrue();
            assertThat(pullWorks(first.account())).isFalse();
            assertThat(pullWorks(second.account())).isFalse();
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean pullWorks(SyncAccount account) {
        SyncException refused = catchThrowableOfType(
                SyncException.class, () -> new SyncApi(SyncApi.newClient(HTTP)).pull(account, 0, 10));
        if (refused == null) {
            return true;
        }
        assertThat(refused.problem()).isEqualTo(SyncProblem.DEVICE_REVOKED);
        return false;
    }
}
