package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Conflict;
import org.jalons.domain.Goal;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.Vocabulary.ConflictStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync screens, pairing and settings in the real app, headless, driven like a person would. */
class SyncAndSettingsAppTest extends RealAppTest {
    static final String PIN = "123456";

    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    Profiles profiles() {
        return new Profiles(home, Clock.systemUTC(), 1000);
    }

    void unlock() {
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
    }

    @Test
    void aCounsellorSettlesAConflictByChoosingTheServersValue() throws Exception {
        UUID samia = UUID.randomUUID();
        UUID conflictId = UUID.randomUUID();
        Goal goal;
        try (LocalStore store = profiles().create("Alex", Role.COUNSELLOR, PIN.toCharArray())) {
            store.beneficiaries()
                    .save(new Beneficiary(
                            samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
            goal = store.goals()
                    .save(new Goal(
                            UUID.randomUUID(),
                            samia,
                            Term.of(GoalTheme.MOBILITE),
                            "Je me sens capable de passer le permis B",
                            ProposedBy.JOINT,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.of(2026, 4, 1),
                            null));
            store.conflicts()
                    .save(new Conflict(
                            conflictId,
                            samia,
                            "goal",
                            goal.id(),
                            "status",
                            "\"ATTEINT\"",
                            "\"ABANDONNE\"",
                            1,
                            UUID.randomUUID(),
                            ConflictStatus.OPEN,
                            null));
        }
        startApp(home);
        unlock();
        waitFor("#caseload");
        // The bar is one line; its details open in a sheet, which leads to the sync screen.
        waitUntil(() -> textOf("#sync-short").equals("1 à voir"));
        tap("#sync-open");
        waitUntil(() -> textOf("#sync-conflicts-badge").equals("1 conflit à régler"));
        assertThat(textOf("#sync-pending")).isEqualTo("3 modifications en attente d’envoi");
        tap("#sync-details-open");
        assertThat(title()).isEqualTo("Envoyer et recevoir");
        tap("#sync-to-conflicts");
        assertThat(title()).isEqualTo("Conflits à régler");
        waitFor(".conflict-card");
        assertThat(textOf(".conflict-value")).isEqualTo("Atteint");
        tap("#keep-server");
        waitUntil(() -> lookup("#conflict-cards-none").query().isVisible()
                && textOf(".empty-text").equals("Aucun conflit à régler."));
        tap("#back");
        tap("#back");
        waitFor("#caseload");
        waitUntil(
                () -> !textOf("#sync-short").isEmpty() && !textOf("#sync-short").endsWith("à voir"));
        stopApp();

        try (LocalStore store = profiles().unlock(PIN.toCharArray())) {
            Conflict resolved = store.conflicts().find(conflictId).orElseThrow();
            assertThat(resolved.status()).isEqualTo(ConflictStatus.RESOLVED);
            assertThat(Json.read(resolved.resolvedValue())).isEqualTo("ATTEINT");
            assertThat(store.goals().find(goal.id()).orElseThrow().status()).isEqualTo(GoalStatus.ATTEINT);
            List<OutboxEntry> pending = store.outbox().pending(100);
            assertThat(pending)
                    .filteredOn(e -> e.recordId().equals(conflictId))
                    .extracting(e -> e.fields().get("status"))
                    .contains("RESOLVED");
            assertThat(pending)
                    .filteredOn(e -> e.kind() == RecordKind.GOAL && e.recordId().equals(goal.id()))
                    .extracting(e -> e.fields().get("status"))
                    .contains("ATTEINT");
        }
    }

    @Test
    void aCounsellorPairsThisPhoneByTypingTheCodeThenChoosesAPersonAndShowsTheirCodeAsAQrCode() throws Exception {
        UUID samia = UUID.randomUUID();
        try (LocalStore store = profiles().create("Alex", Role.COUNSELLOR, PIN.toCharArray());
                MockWebServer server = new MockWebServer()) {
            store.beneficiaries()
                    .save(new Beneficiary(
                            samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
            store.close();
            server.setDispatcher(new FakeServer());
            server.start();
            startApp(home);
            unlock();
            waitFor("#caseload");
            tap("#sync-open");
            tap("#sync-details-open");
            tap("#sync-to-pair-device");
            assertThat(title()).isEqualTo("Relier ce téléphone");
            // The link the counsellor was sent carries the address: pasted, it fills the code; no address shows.
            interact(() -> lookup("#pair-code")
                    .queryAs(TextField.class)
                    .setText(new org.jalons.protocol.PairingLink(server.url("/").toString(), "K7P2QX9M").uri()));
            waitUntil(() ->
                    lookup("#pair-code").queryAs(TextField.class).getText().equals("K7P2QX9M"));
            assertThat(lookup("#pair-server")
                            .queryAs(TextField.class)
                            .getParent()
                            .isVisible())
                    .as("the address stays folded under « Une autre adresse »")
                    .isFalse();
            tap("#pair");
            waitUntil(() -> textOf("#snackbar-text").startsWith("C’est fait\u00a0: ce téléphone est relié"));
            RecordedRequest pair = server.takeRequest();
            assertThat(pair.getPath()).isEqualTo("/api/v1/pair");
            assertThat(body(pair)).contains("\"code\":\"K7P2QX9M\"").contains("\"deviceName\":\"Téléphone de Alex\"");

            tap("#back");
            tap("#sync-to-pairing-code");
            assertThat(title()).isEqualTo("Code d’appairage");
            assertThat(lookup("#pairing-people .choice-line").queryAllAs(ToggleButton.class))
                    .extracting(ToggleButton::getText)
                    .containsExactly("Samia B.");
            assertThat(lookup("#pairing-user").tryQuery())
                    .as("no account id to type")
                    .isEmpty();
            tap("#issue-code");
            assertThat(textOf(".field-error")).isEqualTo("Choisissez d’abord la personne dans la liste.");
            clickOn("Samia B.");
            tap("#issue-code");
            waitUntil(() -> textOf("#pairing-code").equals("Q2W3E4R5"));
            RecordedRequest issued = server.takeRequest();
            while (!issued.getPath().startsWith("/api/v1/pairing-codes")) {
                issued = server.takeRequest();
            }
            assertThat(body(issued)).isEqualTo("{\"beneficiaryId\":\"" + samia + "\"}");
            ImageView qr = lookup("#pairing-qr").queryAs(ImageView.class);
            assertThat(qr.getImage()).isNotNull();
            assertThat(qr.getImage().getWidth()).isGreaterThanOrEqualTo(200);
            assertThat(qr.isVisible()).isTrue();
        }
    }

    @Test
    void theLanguageCanBeSwitchedFromTheSettings() throws Exception {
        startApp(home);
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        tap("#open-settings");
        assertThat(title()).isEqualTo("Réglages");
        tap("#language-en");
        waitUntil(() -> title().equals("Settings"));
        assertThat(new LanguageSetting(home).load()).isEqualTo(Language.ENGLISH);
        tap("#back");
        waitUntil(() -> title().equals("My caseload") || !title().equals("Settings"));
        // the demo's bar, in English now
        assertThat(textOf("#sync-short")).isEqualTo("Demo, nothing sent");
        tap("#sync-open");
        waitUntil(() -> textOf("#sync-pending").endsWith("nothing is sent."));
    }

    @Test
    void wipingWithUnsentChangesSaysWhatWillBeLostThenWipes() throws Exception {
        profiles().create("Samia", Role.BENEFICIARY, PIN.toCharArray()).close();
        profiles().openDemo(Role.BENEFICIARY).close();
        new LanguageSetting(home).save(Language.FRENCH);
        Files.createDirectories(home.resolve("evidence"));
        Files.write(home.resolve("evidence").resolve(UUID.randomUUID() + ".jpg"), new byte[] {1, 2, 3});
        startApp(home);
        unlock();
        waitFor("#open-settings");
        tap("#open-settings");
        revealAndTap("#wipe");
        waitFor("#confirm-dialog");
        assertThat(textOf("#confirm-dialog-body"))
                .startsWith("1 modification n’a pas encore été envoyée à la structure\u00a0: elle sera perdue.");
        tap("#confirm-yes");
        waitFor("#create-profile");
        assertThat(title()).isEqualTo("Jalons");
        assertThat(Files.exists(home.resolve(Profiles.OWN))).isFalse();
        try (var files = Files.walk(home)) {
            assertThat(files.filter(Files::isRegularFile))
                    .as("nothing of the person is left in the app's folder")
                    .isEmpty();
        }
    }

    static String body(RecordedRequest request) throws java.io.IOException {
        byte[] raw = request.getBody().readByteArray();
        if ("gzip".equals(request.getHeader("Content-Encoding"))) {
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
                raw = in.readAllBytes();
            }
        }
        return new String(raw, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Answers pairing, pairing codes and an empty first sync. */
    static final class FakeServer extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath() == null ? "" : request.getPath();
            if (path.startsWith("/api/v1/pairing-codes")) {
                return json(201, Map.of("code", "Q2W3E4R5", "expiresAt", "2026-11-26T10:10:00Z"));
            }
            if (path.startsWith("/api/v1/pair")) {
                Map<String, Object> user = new java.util.LinkedHashMap<>();
                user.put("id", UUID.randomUUID().toString());
                user.put("role", "COUNSELLOR");
                user.put("organisationId", UUID.randomUUID().toString());
                user.put("displayName", "Alex Martin");
                user.put("beneficiaryId", null);
                return json(200, Map.of("deviceId", UUID.randomUUID().toString(), "token", "t", "user", user));
            }
            if (path.startsWith("/api/v1/sync/snapshot")) {
                Map<String, Object> page = new java.util.LinkedHashMap<>();
                page.put("records", List.of());
                page.put("cursor", 0);
                page.put("nextPage", null);
                return json(200, page);
            }
            if (path.startsWith("/api/v1/sync/pull")) {
                return json(200, Map.of("records", List.of(), "cursor", 0, "hasMore", false, "scope", List.of()));
            }
            if (path.startsWith("/api/v1/sync/push")) {
                return json(200, Map.of("results", List.of()));
            }
            return json(404, Map.of("error", "not_found", "message", "unknown"));
        }

        static MockResponse json(int code, Object body) {
            return new MockResponse()
                    .setResponseCode(code)
                    .setHeader("Content-Type", "application/json")
                    .setBody(Json.write(body));
        }
    }
}
