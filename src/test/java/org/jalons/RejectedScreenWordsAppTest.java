package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.testing.RefusedChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refused changes screen, fed the worst a server answer can hold (an English sentence, an address, a stack
 * line, ids), shows none of it: each refusal in the person's words, and "send again" only where it can succeed.
 */
class RejectedScreenWordsAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final String HOSTILE = "note must be at most 4000 characters; see http://localhost:8080/api/v1/sync/push"
            + " java.lang.IllegalStateException at org.jalons.server.service.PushService.apply(PushService.java:174)"
            + " change 3f2a9c1e-0b7d-4e5f-8a6b-1c2d3e4f5a6b";
    /** Text a person must never read. */
    static final Pattern LEAK = Pattern.compile(
            "(?i)https?://|localhost|exception|\\bat org\\.|must be at most|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");
    /** Each per-change code, and whether sending again unchanged can succeed. */
    static final Map<String, Boolean> CODES = Map.of(
            "invalid_change", false,
            "invalid_text", false,
            "not_found", false,
            "forbidden_write", false,
            "change_id_reused", false,
            "consent_missing", true,
            "clock_skew", true);

    @TempDir
    Path home;

    @AfterEach
    void stop() throws Exception {
        stopApp();
    }

    @Test
    void noServerSentenceAddressOrIdReachesTheScreenAndRetryIsOfferedOnlyWhereItCanWork() throws Exception {
        new LanguageSetting(home).save(Language.FRENCH);
        try (LocalStore store =
                new Profiles(home, Clock.systemUTC(), 1000).create("Alex", Role.COUNSELLOR, PIN.toCharArray())) {
            for (Map.Entry<String, Boolean> code : CODES.entrySet()) {
                RefusedChanges.refusedPerson(
                        store, UUID.randomUUID(), "Personne " + code.getKey(), 422, code.getKey(), HOSTILE);
            }
        }
        startApp(home);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#caseload");
        tap("#open-settings");
        revealAndTap("#settings-sync");
        tap("#sync-to-rejected");
        waitUntil(() -> lookup(".rejected-card").queryAll().size() == CODES.size());

        List<String> shown = lookup(".rejected-card").queryAll().stream()
                .flatMap(card -> card.lookupAll(".label").stream())
                .filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText())
                .toList();
        assertThat(shown).isNotEmpty().noneMatch(t -> LEAK.matcher(t).find());
        assertThat(lookup(".rejected-reason").queryAllAs(Labeled.class))
                .extracting(Labeled::getText)
                .doesNotHaveDuplicates()
                .allMatch(t -> !t.isBlank() && !t.startsWith("sync."));
        int retries = lookup("#retry-rejected").queryAll().size();
        assertThat(retries)
                .as("send again only for a consent or a clock to fix first")
                .isEqualTo((int) CODES.values().stream().filter(b -> b).count());
    }
}
