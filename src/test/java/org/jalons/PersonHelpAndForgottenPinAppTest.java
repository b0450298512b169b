package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import org.jalons.domain.CheckIn;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person's own screens: a "?" on each, and the way out of a forgotten PIN. */
class PersonHelpAndForgottenPinAppTest extends RealAppTest {
    static final String PIN = "123456";
    final Messages fr = new Messages(Language.FRENCH);

    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    Profiles profiles() {
        return new Profiles(home, Clock.systemUTC(), 1000);
    }

    /** Taps the screen's "?" and checks the sheet says what the screen is for, then closes it. */
    void helpSays(Screen screen) {
        tap("#help");
        waitFor("#help-sheet");
        assertThat(lookup("#help").queryButton().getAccessibleText()).isEqualTo(fr.get("help.button"));
        assertThat(textOf("#help-sheet-title")).isEqualTo(fr.get("help.title"));
        assertThat(textOf("#help-text")).isEqualTo(fr.get("help." + screen.name()));
        tap("#help-sheet-close");
        waitUntil(() -> lookup("#help-sheet").tryQuery().isEmpty());
    }

    @Test
    void everyScreenThePersonReachesHasAHelpTextInBothLanguagesAndInEasyRead() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "org.jalons.i18n.messages",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Screen screen : AppScreens.PERSON_SCREENS) {
                assertThat(bundle.getString("help." + screen.name()))
                        .as(screen + " " + locale)
                        .isNotBlank();
                assertThat(bundle.getString("help." + screen.name() + ".easy"))
                        .as(screen + " " + locale)
                        .isNotBlank();
            }
        }
    }

    @Test
    void thePersonFindsAHelpSheetOnEachOfTheirScreens() throws TimeoutException {
        startApp(home);
        helpSays(Screen.FIRST_RUN);
        tap("#create-profile");
        helpSays(Screen.CREATE_PROFILE);
        tap("#back");
        tap("#discover-demo");
        helpSays(Screen.DEMO);
        tap("#demo-beneficiary");
        waitFor("#goal-cards");
        helpSays(Screen.BENEFICIARY_HOME);
        revealAndTap("#my-progress");
        waitUntil(() -> title().equals(fr.get("my.progress.title")));
        helpSays(Screen.MY_PROGRESS);
        tap("#back");
        revealAndTap(".check-in-button");
        waitUntil(() -> lookup("#help").tryQuery().isPresent() && !title().isEmpty());
        helpSays(Screen.MY_CHECK_IN);
        tap("#back");
        waitFor("#goal-cards");
        revealAndTap(".my-goal-open");
        waitFor("#step-0");
        helpSays(Screen.MY_GOAL);
        tap("#back");
        tap("#open-settings");
        helpSays(Screen.SETTINGS);
        revealAndTap("#settings-sync");
        waitFor("#sync-screen-now");
        helpSays(Screen.SYNC);
    }

    @Test
    void inEasyReadThePersonRatesWithFiveFacesAndTheFaceRecordsItsDocumentedValue() throws Exception {
        AppServices[] services = new AppServices[1];
        startApp(home, c -> services[0] = c);
        tap("#easy-read");
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        revealAndTap("#check-in-any");
        tap(".goal-choice");
        waitFor("#rating-scale");
        // Five faces with a word each, instead of the 0 to 10 grid.
        assertThat(lookup(".rating-face").queryAllAs(ToggleButton.class))
                .extracting(ToggleButton::getId)
                .containsExactly("rate-0", "rate-3", "rate-5", "rate-7", "rate-10");
        assertThat(lookup(".rating-face").queryAllAs(ToggleButton.class))
                .extracting(ToggleButton::getText)
                .containsExactly("Pas du tout", "Un peu", "À moitié", "Plutôt oui", "Oui, tout à fait");
        assertThat(lookup(".rating-face").queryAllAs(ToggleButton.class))
                .allSatisfy(b -> assertThat(b.getGraphic()).isNotNull());
        assertThat(lookup("#rate-8").tryQuery()).isEmpty();
        int before = services[0]
                .store()
                .checkIns()
                .forBeneficiaryOverTime(DemoOrganisation.SAMIA)
                .size();

        tap("#rate-7");
        waitFor("#check-in-comment");
        revealAndTap("#save-check-in");
        waitFor("#thanks");
        List<CheckIn> after = services[0].store().checkIns().forBeneficiaryOverTime(DemoOrganisation.SAMIA);
        assertThat(after).hasSize(before + 1);
        CheckIn added = after.stream()
                .max(java.util.Comparator.comparing(CheckIn::ratedAt))
                .orElseThrow();
        assertThat(added.rating()).isEqualTo(7);
        assertThat(added.rater()).isEqualTo(Rater.BENEFICIARY);
    }

    @Test
    void aForgottenPinExplainsWhatComesBackThenWipesThePhoneForANewProfileThatCanBePaired() throws Exception {
        try (LocalStore store = profiles().create("Samia", Role.BENEFICIARY, PIN.toCharArray())) {
            assertThat(store.profile().displayName()).isEqualTo("Samia");
        }
        startApp(home);
        waitFor("#unlock-pin");
        helpSays(Screen.UNLOCK);

        tap("#unlock-forgotten");
        waitFor("#forgotten-pin");
        assertThat(textOf("#forgotten-pin-title")).isEqualTo("Code oublié");
        assertThat(textOf("#forgotten-pin-explain"))
                .contains("sans lui, personne ne peut les ouvrir")
                .contains("tout ce qui avait été envoyé revient")
                .endsWith("Ce qui n’a jamais été envoyé est perdu.");
        tap("#forgotten-pin-wipe");

        // The wipe asks first, in a destructive dialog whose default is "no": "no" keeps everything.
        waitFor("#confirm-dialog");
        Button yes = lookup("#confirm-yes").queryButton();
        assertThat(yes.getStyleClass()).contains("dialog-destructive");
        assertThat(yes.isDefaultButton()).isFalse();
        assertThat(textOf("#confirm-dialog-title")).isEqualTo("Effacer ce téléphone\u00a0?");
        tap("#confirm-no");
        waitUntil(() -> lookup("#confirm-dialog").tryQuery().isEmpty());
        assertThat(profiles().hasOwnProfile()).isTrue();

        tap("#unlock-forgotten");
        tap("#forgotten-pin-wipe");
        tap("#confirm-yes");
        waitUntil(() -> !profiles().hasOwnProfile());
        waitUntil(() -> title().equals("Créer mon profil"));
        assertThat(textOf("#snackbar-text")).isEqualTo(fr.get("forgottenPin.done"));

        // A new profile, with a new PIN, that can be paired with the counsellor again.
        tap("#display-name").write("Samia");
        revealAndTap("#role-beneficiary");
        revealAndTap("#pin");
        write("654321");
        revealAndTap("#pin-confirmation");
        write("654321");
        revealAndTap("#create");
        waitFor("#goal-cards");
        tap("#open-settings");
        revealAndTap("#settings-sync");
        tap("#sync-to-pair-device");
        waitFor("#pair-scan");
        assertThat(profiles().hasOwnProfile()).isTrue();
    }
}
