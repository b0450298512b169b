package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync screens as a counsellor sees them out of easy-read: the app's own words ("Envoyer et recevoir", "la
 * structure"), never "serveur" or "synchroniser"; and a "?" on the conflicts and pairing-code screens too.
 */
class SyncScreensWordsAndHelpAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Pattern TECHNICAL = Pattern.compile("(?i)serveur|synchronis");

    final Messages fr = new Messages(Language.FRENCH);

    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    void startAsCounsellor(boolean easyRead) throws Exception {
        try (LocalStore store =
                new Profiles(home, Clock.systemUTC(), 1000).create("Alex", Role.COUNSELLOR, PIN.toCharArray())) {
            store.profile();
        }
        new DisplayPreferences(home).easyReadProperty().set(easyRead);
        startApp(home);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#caseload");
    }

    /** Every text on the screen, the header's and the bottom bar's included. */
    List<String> textsOnScreen() {
        return lookup(n -> n instanceof Labeled && n.isVisible()).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText)
                .filter(t -> t != null && !t.isBlank())
                .toList();
    }

    @Test
    void theSyncScreenSaysSendAndReceiveAndTheOrganisationNeverServerOrSync() throws Exception {
        startAsCounsellor(false);
        tap("#place-sync");
        waitFor("#sync-screen-now");
        assertThat(title()).isEqualTo("Envoyer et recevoir");
        assertThat(lookup("#sync-screen-now").queryButton().getText()).isEqualTo("Envoyer et recevoir maintenant");
        List<String> texts = textsOnScreen();
        assertThat(texts)
                .contains("Échanges avec la structure", "Aucun échange encore", "Relier ce téléphone à la structure")
                .noneMatch(t -> TECHNICAL.matcher(t).find());

        tap("#sync-to-pairing-code");
        waitFor("#help");
        assertThat(textsOnScreen()).noneMatch(t -> TECHNICAL.matcher(t).find());
        helpSays("PAIRING_CODE");
        tap("#back");
        waitFor("#sync-to-conflicts");
        tap("#sync-to-conflicts");
        waitFor("#help");
        assertThat(textsOnScreen()).noneMatch(t -> TECHNICAL.matcher(t).find());
        helpSays("SYNC_CONFLICTS");
    }

    @Test
    void inEasyReadThePairingCodeScreenHasItsHelpInEasyWords() throws Exception {
        startAsCounsellor(true);
        tap("#place-sync");
        waitFor("#sync-to-pairing-code");
        revealAndTap("#sync-to-pairing-code");
        tap("#help");
        waitFor("#help-sheet");
        assertThat(textOf("#help-text")).isEqualTo(fr.get("help.PAIRING_CODE.easy"));
        assertThat(textOf("#help-text")).doesNotContainPattern("(?i)QR|serveur|synchronis|appairage");
    }

    /** Taps the screen's "?" and checks the sheet says what the screen is for, then closes it. */
    void helpSays(String screen) {
        Node help = lookup("#help").query();
        assertThat(help.isVisible()).isTrue();
        tap("#help");
        waitFor("#help-sheet");
        assertThat(textOf("#help-text")).isEqualTo(fr.get("help." + screen)).isNotEqualTo("help." + screen);
        tap("#help-sheet-close");
        waitUntil(() -> lookup("#help-sheet").tryQuery().isEmpty());
    }
}
