package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jalons.caseload.VisitKeys;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lost phone, against the real server: an admin asks the wipe of a counsellor's phone; at its next sync the phone
 * is told so, erases everything (records, evidence photo, export, draft, settings), confirms, and the admin's list
 * says when. A device asked to wipe that never comes back stays listed as such.
 */
class RemoteWipeEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(20));
    private static final char[] PIN = "482913".toCharArray();
    private static final HttpClient ADMIN = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    /** A counsellor's phone after weeks of use: synced records, a photo, a draft, an export, settings. */
    private record UsedPhone(Path app, Profiles profiles, SyncAccount account) {}

    @Test
    void anAdminWipesALostPhoneWhichErasesEverythingAtItsNextSyncAndTheListSaysWhen() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            String admin = pairAdmin(server);
            UsedPhone phone = usedPhone(server);
            assertThat(device(server, admin, phone.account().deviceId())
                            .get("state")
                            .asText())
                    .isEqualTo("ACTIVE");

            JsonNode asked =
                    post(server, admin, "/api/v1/devices/" + phone.account().deviceId() + "/wipe");
            assertThat(asked.get("state").asText()).isEqualTo("WIPE_PENDING");

            SyncException told;
            try (LocalStore store = phone.profiles().unlock(PIN.clone())) {
                told = catchThrowableOfType(SyncException.class, () -> new SyncEngine(store, HTTP, CLOCK).syncOnce());
            }
            assertThat(told).isNotNull();
            assertThat(told.problem()).isEqualTo(SyncProblem.WIPE_REQUESTED);

            boolean confirmed = new DeviceRevocation(phone.app(), HTTP)
                    .wipeAsRequested(phone.profiles(), Optional.of(phone.account()));

            assertThat(confirmed).isTrue();
            assertThat(filesIn(phone.app()))
                    .as("no record, photo, draft, export, key or setting is left")
                    .isEmpty();
            assertThat(phone.profiles().hasOwnProfile()).isFalse();
            JsonNode listed = device(server, admin, phone.account().deviceId());
            assertThat(listed.get("state").asText()).isEqualTo("WIPED");
            assertThat(Instant.parse(listed.get("wipedAt").asText()))
                    .isAfterOrEqualTo(
                            Instant.parse(listed.get("wipeRequestedAt").asText()));
            assertThat(listed.get("ownerName").asText()).isEqualTo("Camille Martin");
            assertThat(pullWorks(phone.account())).isFalse();
        }
    }

    @Test
    void aWipeAskedWhileThePhoneCannotConfirmIsConfirmedAtTheNextStart() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            String admin = pairAdmin(server);
            UsedPhone phone = usedPhone(server);
            post(server, admin, "/api/v1/devices/" + phone.account().deviceId() + "/wipe");
            SyncApi down = new SyncApi(SyncApi.newClient(HTTP)
                    .newBuilder()
                    .addInterceptor(chain -> {
                        throw new java.net.ConnectException("no network");
                    })
                    .build());

            assertThat(new DeviceRevocation(phone.app(), down)
                            .wipeAsRequested(phone.profiles(), Optional.of(phone.account())))
                    .isFalse();
            assertThat(filesIn(phone.app())).containsExactly(phone.app().resolve(Profiles.PENDING_REVOCATION));
            assertThat(device(server, admin, phone.account().deviceId())
                            .get("state")
                            .asText())
                    .isEqualTo("WIPE_PENDING");

            assertThat(new DeviceRevocation(phone.app(), HTTP).revokePending()).isTrue();
            assertThat(filesIn(phone.app())).isEmpty();
            assertThat(device(server, admin, phone.account().deviceId())
                            .get("state")
                            .asText())
                    .isEqualTo("WIPED");
        }
    }

    @Test
    void aPhoneItsOwnerWipedOfflineWhileItsWipeWasAskedConfirmsTheWipe() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            String admin = pairAdmin(server);
            UsedPhone phone = usedPhone(server);
            SyncApi down = new SyncApi(SyncApi.newClient(HTTP)
                    .newBuilder()
                    .addInterceptor(chain -> {
                        throw new java.net.ConnectException("no network");
                    })
                    .build());
            new DeviceRevocation(phone.app(), down).wipe(phone.profiles(), Profiles.OWN, Optional.of(phone.account()));
            post(server, admin, "/api/v1/devices/" + phone.account().deviceId() + "/wipe");

            assertThat(new DeviceRevocation(phone.app(), HTTP).revokePending()).isTrue();

            assertThat(device(server, admin, phone.account().deviceId())
                            .get("state")
                            .asText())
                    .isEqualTo("WIPED");
        }
    }

    @Test
    void aDeviceAskedToWipeOrRevokedThatNeverComesBackStaysListedSo() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            String admin = pairAdmin(server);
            UsedPhone lost = usedPhone(server);
            UsedPhone old = usedPhone(server);

            post(server, admin, "/api/v1/devices/" + lost.account().deviceId() + "/wipe");
            assertThat(send(
                                    server,
                                    admin,
                                    "DELETE",
                                    "/api/v1/devices/" + old.account().deviceId())
                            .statusCode())
                    .isEqualTo(204);

            JsonNode pending = device(server, admin, lost.account().deviceId());
            assertThat(pending.get("state").asText()).isEqualTo("WIPE_PENDING");
            assertThat(pending.get("wipedAt").isNull()).isTrue();
            assertThat(pending.get("revokedAt").isNull()).isFalse();
            assertThat(device(server, admin, old.account().deviceId())
                            .get("state")
                            .asText())
                    .isEqualTo("REVOKED");
            assertThat(filesIn(lost.app())).as("the lost phone never came back").isNotEmpty();
        }
    }

    @Test
    void pairingNamesThePhonesModelWhichTheAdminSees() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            String admin = pairAdmin(server);
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            Profiles profiles = new Profiles(dir.resolve("model"), CLOCK, 1000);
            SyncAccount account;
            try (LocalStore phone = profiles.create("Camille Martin", Role.COUNSELLOR, PIN.clone())) {
                account = new SyncEngine(phone, HTTP, CLOCK)
                        .pairing("Pixel 7a\nsecond line")
                        .pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            }

            assertThat(device(server, admin, account.deviceId()).get("model").asText())
                    .isEqualTo("Pixel 7a");
        }
    }

    private UsedPhone usedPhone(RealServer server) throws Exception {
        Path app = dir.resolve("app-" + UUID.randomUUID());
        Profiles profiles = new Profiles(app, CLOCK, 1000);
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
            phone.drafts().save(VisitKeys.visit(samia), Map.of("notes", "Samia Benali, suivi"));
            assertThat(engine.syncOnce().acknowledged()).isEqualTo(2);
            account = Pairing.account(phone).orElseThrow();
        }
        Files.createDirectories(app.resolve(Profiles.SHARED));
        Files.writeString(app.resolve(Profiles.SHARED).resolve("parcours-samia-benali.pdf"), "Samia Benali");
        new LanguageSetting(app).save(Language.ENGLISH);
        assertThat(filesIn(app)).hasSizeGreaterThan(3);
        return new UsedPhone(app, profiles, account);
    }

    /** The organisation's admin, paired over HTTP as their desk would be: their device token. */
    private static String pairAdmin(RealServer server) throws Exception {
        HttpResponse<String> paired = ADMIN.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/pair"))
                        .header("Jalons-Protocol", "1")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                Json.write(Map.of("code", server.adminPairingCode(), "deviceName", "Poste admin"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paired.statusCode()).as(paired.body()).isEqualTo(200);
        return Json.MAPPER.readTree(paired.body()).get("token").asText();
    }

    private static JsonNode post(RealServer server, String token, String path) throws Exception {
        HttpResponse<String> answer = send(server, token, "POST", path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.MAPPER.readTree(answer.body());
    }

    private static JsonNode device(RealServer server, String token, UUID deviceId) throws Exception {
        HttpResponse<String> answer = send(server, token, "GET", "/api/v1/devices");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        for (JsonNode d : Json.MAPPER.readTree(answer.body()).get("devices")) {
            if (d.get("id").asText().equals(deviceId.toString())) {
                return d;
            }
        }
        throw new AssertionError("device " + deviceId + " not listed: " + answer.body());
    }

    private static HttpResponse<String> send(RealServer server, String token, String method, String path)
            throws Exception {
        return ADMIN.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                        .header("Jalons-Protocol", "1")
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
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
