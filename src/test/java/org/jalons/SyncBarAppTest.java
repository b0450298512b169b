package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.jalons.domain.Beneficiary;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync bar at twice the text size: one line (an icon, a short status, the "send now" action), the details in a
 * bottom sheet on tap. 72 px is one line of easy-read text at 200 % (37.5 px letters, about 48 px of line) with the
 * bar's padding around it, the height of one 48 px touch target plus a margin: anything taller is a second line.
 */
class SyncBarAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final double ONE_LINE_PX = 72;

    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    /** A counsellor's phone with changes waiting and one the server refused, at twice the text size. */
    void counsellorWithARefusal(boolean easyRead) {
        new LanguageSetting(home).save(Language.FRENCH);
        DisplayPreferences display = new DisplayPreferences(home);
        display.textScaleProperty().set(DisplayPreferences.MAX_SCALE);
        display.easyReadProperty().set(easyRead);
        try (LocalStore store =
                new Profiles(home, Clock.systemUTC(), 1000).create("Alex", Role.COUNSELLOR, PIN.toCharArray())) {
            for (String name : List.of("Samia B.", "Thomas R.")) {
                store.beneficiaries()
                        .save(new Beneficiary(
                                UUID.randomUUID(),
                                name,
                                null,
                                LocalDate.of(2026, 3, 2),
                                null,
                                null,
                                List.of(),
                                null,
                                null));
            }
            OutboxEntry last = store.outbox().pending(100).get(store.outbox().pendingCount() - 1);
            store.database().inTransaction(c -> {
                store.outbox().reject(c, last.changeId(), 403, "forbidden_write", "not allowed");
                return null;
            });
        }
    }

    void startAndUnlock() throws TimeoutException {
        startApp(home);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#caseload");
    }

    @Test
    void atTwiceTheTextSizeTheBarIsOneLineAndItsDetailsOpenInASheet() throws Exception {
        assertThat(DisplayPreferences.MAX_SCALE).isEqualTo(2.0);
        counsellorWithARefusal(false);
        startAndUnlock();

        waitUntil(() -> lookup("#sync-bar").tryQuery().isPresent());
        assertOneLineUncut();
        waitUntil(() -> textOf("#sync-short").equals("1 à voir"));

        tap("#sync-open");
        waitFor("#sync-details");
        assertThat(textOf("#sync-pending")).isEqualTo("1 modification en attente d’envoi");
        assertThat(textOf("#sync-last")).isEqualTo("Aucun échange encore");
        assertThat(textOf("#sync-rejected-badge")).isEqualTo("1 modification refusée");
        tap("#sync-details-open");
        waitUntil(() -> title().equals("Envoyer et recevoir"));
    }

    @Test
    void inEasyReadAtTwiceTheTextSizeTheBarIsOneLineInEasyWords() throws Exception {
        counsellorWithARefusal(true);
        startAndUnlock();

        waitUntil(() -> lookup("#sync-bar").tryQuery().isPresent());
        assertOneLineUncut();
        waitUntil(() -> textOf("#sync-short").equals("1 à voir"));

        tap("#sync-open");
        waitFor("#sync-details");
        assertThat(textOf("#sync-pending")).isEqualTo("1 changement à envoyer");
        assertThat(textOf("#sync-last")).isEqualTo("Rien n’est encore envoyé");
        assertThat(textOf("#sync-rejected-badge")).isEqualTo("1 changement refusé");
        assertThat(lookup("#sync-details-now").queryButton().getText()).isEqualTo("J’envoie maintenant");
    }

    private void assertOneLineUncut() throws Exception {
        Thread.sleep(300); // the status arrives from the sync thread, then the bar is laid out
        waitUntil(() -> lookup("#sync-bar").query().getLayoutBounds().getHeight() > 0);
        Node bar = lookup("#sync-bar").query();
        assertThat(bar.getLayoutBounds().getHeight())
                .as("the sync bar's height at 200 %")
                .isLessThanOrEqualTo(ONE_LINE_PX);
        assertThat(ScreenChecks.cutTexts("sync bar", (Parent) bar, n -> false)).isEmpty();
        assertThat(lookup("#sync-now").queryButton().getAccessibleText()).isNotBlank();
    }
}
