package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Conflict;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.platform.PictureSource;
import org.jalons.protocol.Vocabulary.ConflictStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.syncui.QrPictures;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings and sync screens with easy-read on, in the real app: every text is its easy-read version (no key
 * shows instead of a missing text), every action carries its pictogram, and the answers they give are easy too.
 */
class EasyReadSettingsAndSyncAppTest extends RealAppTest {
    static final String PIN = "123456";
    /** What a missing text shows instead: its key, e.g. "sync.pair.scan.easy". */
    static final Pattern KEY = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9_]+)+");

    @TempDir
    Path home;
    /** The pictures the "gallery" gives, one per tap on "Je choisis une image du code". */
    Path nextPicture;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    /** A counsellor's phone with a conflict on a goal and a change the server refused; easy-read on. */
    void counsellorWithAConflictAndARefusal(Language language) {
        new LanguageSetting(home).save(language);
        new DisplayPreferences(home).easyReadProperty().set(true);
        UUID samia = UUID.randomUUID();
        try (LocalStore store =
                new Profiles(home, Clock.systemUTC(), 1000).create("Alex", Role.COUNSELLOR, PIN.toCharArray())) {
            store.beneficiaries()
                    .save(new Beneficiary(
                            samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
            Goal goal = store.goals()
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
                            UUID.randomUUID(),
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
            OutboxEntry last = store.outbox().pending(100).get(store.outbox().pendingCount() - 1);
            store.database().inTransaction(c -> {
                store.outbox().reject(c, last.changeId(), 422, "note must be at most 4000 characters");
                return null;
            });
        }
    }

    void startAndUnlock() throws TimeoutException {
        PictureSource pictures = new PictureSource() {
            @Override
            public Optional<Path> choosePicture() {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFromGallery(String purpose) {
                return Optional.ofNullable(nextPicture);
            }
        };
        startApp(home, c -> c.withPictures(pictures));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#caseload");
    }

    @Test
    void inFrenchEverySettingsAndSyncScreenSpeaksEasyReadWithAPictogramOnEachAction() throws Exception {
        counsellorWithAConflictAndARefusal(Language.FRENCH);
        startAndUnlock();

        // The status bar: easy words, and a short word under each pictogram; its details in a sheet.
        waitUntil(() -> textOf("#sync-short").equals("2 à voir"));
        tap("#sync-open");
        waitUntil(() -> textOf("#sync-conflicts-badge").equals("1 choix à faire"));
        assertThat(textOf("#sync-rejected-badge")).isEqualTo("1 changement refusé");
        assertThat(textOf("#sync-pending")).endsWith("changements à envoyer");
        assertThat(textOf("#sync-last")).isEqualTo("Rien n’est encore envoyé");
        tap("#sync-details-close");
        for (String[] button : new String[][] {{"#sync-now", "J’envoie"}, {"#open-settings", "Réglages"}}) {
            Button b = lookup(button[0]).queryButton();
            assertThat(b.getText()).isEqualTo(button[1]);
            assertThat(b.getGraphic()).isNotNull();
            assertThat(b.getContentDisplay()).isEqualTo(ContentDisplay.TOP);
        }

        tap("#open-settings");
        assertThat(title()).isEqualTo("Réglages");
        assertEasyScreen();
        assertThat(lookup("#easy-read").queryLabeled().getText()).isEqualTo("Lecture facile");
        assertThat(lookup("#change-pin").queryButton().getText()).isEqualTo("Je change mon code");
        assertThat(lookup("#lock-now").queryButton().getText()).isEqualTo("Je ferme avec mon code");
        assertThat(textOf("#text-size-label")).isEqualTo("Taille des lettres\u00a0: 100\u00a0%");

        tap("#change-pin");
        waitUntil(() -> title().equals("Je change mon code"));
        assertEasyScreen();
        revealAndTap("#change-pin-submit");
        waitUntil(() -> textOf(".field-error").equals("J’écris mon code."));
        tap("#back");

        revealAndTap("#wipe");
        waitFor("#confirm-dialog");
        // In the window, larger like the screen (easy-read: x1.25), its destructive answer in red, never default.
        assertThat(textOf("#confirm-dialog-title")).isEqualTo("J’efface tout\u00a0?");
        assertThat(textOf("#confirm-dialog-body")).endsWith("Ils seront perdus. Mes données partent de ce téléphone.");
        assertThat(lookup("#confirm-dialog-body").queryAs(Label.class).getFont().getSize())
                .isCloseTo(15 * 1.25, org.assertj.core.data.Offset.offset(0.1));
        assertThat(lookup("#confirm-dialog").query().getScene().getWindow())
                .isSameAs(lookup("#screen-title").query().getScene().getWindow());
        assertThat(lookup("#confirm-yes").queryButton().getStyleClass()).contains("dialog-destructive");
        assertThat(lookup("#confirm-yes").queryButton().isDefaultButton()).isFalse();
        assertThat(lookup("#confirm-yes").queryButton().getText()).isEqualTo("Oui, j’efface tout");
        assertThat(lookup("#confirm-yes").queryButton().getGraphic()).isNotNull();
        assertThat(lookup("#confirm-no").queryButton().getGraphic()).isNotNull();
        tap("#confirm-no");

        revealAndTap("#settings-sync");
        waitUntil(() -> title().equals("Envoyer et recevoir"));
        assertEasyScreen();
        assertThat(lookup("#sync-screen-now").queryButton().getText()).isEqualTo("J’envoie maintenant");
        assertThat(lookup("#sync-to-conflicts").queryButton().getText()).isEqualTo("Choix à faire\u00a0: 1");
        assertThat(textOf("#sync-account")).startsWith("Ce téléphone n’est pas encore relié.");

        tap("#sync-to-conflicts");
        waitUntil(() -> title().equals("Choix à faire"));
        waitFor(".conflict-card");
        assertEasyScreen();
        assertThat(lookup(".conflict-side-title").queryAllAs(Labeled.class))
                .extracting(Labeled::getText)
                .containsExactly("Sur l’autre appareil", "Sur ce téléphone");
        tap("#keep-server");
        // "C'est fait" comes in a snackbar at the bottom of the window.
        waitUntil(() -> textOf("#snackbar-text").equals("C’est fait. Je garde l’information de l’autre appareil."));
        assertThat(textOf(".empty-text")).isEqualTo("Il n’y a pas de choix à faire.");
        tap("#back");

        tap("#sync-to-rejected");
        waitUntil(() -> title().equals("Changements refusés"));
        waitFor(".rejected-card");
        assertEasyScreen();
        assertThat(textOf(".rejected-reason"))
                .isEqualTo(
                        "Il manque quelque chose, ou il y a une erreur. Je corrige dans le dossier. Puis j’abandonne ce "
                                + "changement.");
        tap("#discard-rejected");
        waitFor("#confirm-dialog");
        assertThat(textOf("#confirm-dialog-title")).isEqualTo("J’abandonne ce changement\u00a0?");
        assertThat(lookup("#confirm-yes").queryButton().getGraphic()).isNotNull();
        tap("#confirm-no");
        tap("#back");

        tap("#sync-to-pair-device");
        waitUntil(() -> title().equals("Je relie ce téléphone"));
        assertEasyScreen();
        assertThat(lookup("#pair-scan").queryButton().getText()).isEqualTo("Je prends le code en photo");
        assertThat(lookup("#pair-gallery").queryButton().getText()).isEqualTo("Je choisis une image du code");
        nextPicture = QrPictures.png(QrPictures.photoWithoutCode(900, 1600, 2), home.resolve("cat.png"));
        tap("#pair-gallery");
        waitUntil(() -> textOf("#pair-scan-error")
                .equals("Je ne vois pas de code en carré sur cette image. "
                        + "Je choisis une image avec tout le code. Rien n’a changé."));
        revealAndTap("#pair");
        // No address to write: the code in a square, or the link, says where.
        waitUntil(() -> textOf(".field-error")
                .equals("Le code seul ne suffit pas. Je prends en photo le code en carré. Ou je colle le lien reçu."));
        tap("#back");

        tap("#sync-to-pairing-code");
        waitUntil(() -> title().equals("Code pour relier"));
        assertEasyScreen();
        assertThat(textOf(".field-error"))
                .isEqualTo("D’abord, je relie ce téléphone. Il faut Internet pour demander un code.");
    }

    @Test
    void inEnglishTheSameScreensSpeakEasyReadAndSwitchingItOffBringsThePlainWordsBack() throws Exception {
        counsellorWithAConflictAndARefusal(Language.ENGLISH);
        startAndUnlock();
        waitUntil(() -> textOf("#sync-short").equals("2 to look at"));
        assertThat(lookup("#sync-now").queryButton().getText()).isEqualTo("I send");

        tap("#open-settings");
        assertThat(title()).isEqualTo("Settings");
        assertEasyScreen();
        assertThat(lookup("#wipe").queryButton().getText()).isEqualTo("I erase everything on this phone");
        revealAndTap("#settings-sync");
        waitUntil(() -> title().equals("Send and receive"));
        assertEasyScreen();
        tap("#sync-to-rejected");
        waitUntil(() -> title().equals("Refused changes"));
        waitFor(".rejected-card");
        assertEasyScreen();
        assertThat(lookup("#retry-rejected").tryQuery())
                .as("sending a wrong entry again is no way out")
                .isEmpty();
        assertThat(lookup("#discard-rejected").queryButton().getText()).isEqualTo("I give up");
        tap("#back");
        tap("#sync-to-pair-device");
        waitUntil(() -> title().equals("I link this phone"));
        assertEasyScreen();
        assertThat(lookup("#pair-other-address").tryQuery())
                .as("no address to type in easy-read")
                .isEmpty();
        assertThat(lookup("#pair-server").tryQuery()).isEmpty();
        tap("#back");
        tap("#back");

        // Easy-read off: the settings are built again in plain words, and so is the status bar.
        waitUntil(() -> title().equals("Settings"));
        tap("#easy-read");
        waitUntil(() -> lookup(".easy-read-screen").tryQuery().isEmpty());
        assertThat(lookup("#wipe").queryButton().getText()).isEqualTo("Sign out and wipe this phone");
        assertThat(lookup("#wipe").queryButton().getGraphic()).isNull();
        tap("#back");
        waitFor("#caseload");
        waitUntil(() -> textOf("#sync-short").equals("2 to check"));
        assertThat(lookup("#sync-now").queryButton().getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
    }

    /**
     * The screen shown is in easy-read: marked so (larger text), no text is a key left untranslated, and every
     * button, toggle and check box in it carries a pictogram.
     */
    void assertEasyScreen() {
        waitFor(".easy-read-screen");
        assertThat(title()).as("title").doesNotMatch(KEY);
        Node screen = lookup(".easy-read-screen").query();
        List<String> problems = new ArrayList<>();
        for (Node node : from(screen).lookup((Node n) -> n.isVisible()).queryAll()) {
            if (node instanceof Labeled labeled
                    && labeled.getText() != null
                    && KEY.matcher(labeled.getText()).matches()) {
                problems.add("a key instead of a text: " + labeled.getText());
            }
            if (node instanceof ButtonBase button && button.getGraphic() == null && visibleUpTo(node, screen)) {
                problems.add("no pictogram: " + button.getId() + " " + button.getText());
            }
        }
        assertThat(problems).as(title()).isEmpty();
    }

    private static boolean visibleUpTo(Node node, Node root) {
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
