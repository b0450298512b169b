package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAction;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.platform.RecordingLinks;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo organisation as each role tries it: Camille's profile in her settings and on Samia's home (with call and
 * SMS), and a sync bar that says a demo sends nothing, without counting its records as changes to send.
 */
class DemoAppTest extends RealAppTest {
    static final String NOTHING_SENT = "Démo sans envoi";

    @TempDir
    Path home;

    final RecordingLinks links = new RecordingLinks();

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    private void openDemo(String role) throws TimeoutException {
        new LanguageSetting(home).save(Language.FRENCH);
        startApp(home, services -> services.withLinks(links));
        choose("#discover-demo");
        choose("#demo-" + role);
    }

    /** Taps a card as a screen reader would (at large text sizes it may lie below the fold). */
    private void choose(String card) {
        waitFor(card);
        interact(() -> lookup(card).query().executeAccessibleAction(AccessibleAction.FIRE));
    }

    private void assertTheBarSaysNothingIsSent() {
        waitUntil(() -> textOf("#sync-short").equals(NOTHING_SENT));
        assertThat(lookup("#sync-now").queryButton().isDisabled())
                .as("a demo has nothing to send")
                .isTrue();
    }

    @Test
    void samiaSeesCamilleWithCallAndSmsAndHerBarSaysTheDemoSendsNothing() throws Exception {
        openDemo("beneficiary");
        waitFor("#my-counsellor-name");
        assertThat(textOf("#my-counsellor-name")).isEqualTo("Ma conseillère\u00a0: Camille");
        tap("#counsellor-call");
        tap("#counsellor-sms");
        waitUntil(() -> links.opened.size() == 2);
        assertThat(links.opened).extracting(java.net.URI::toString).containsExactly("tel:0639980000", "sms:0639980000");

        assertTheBarSaysNothingIsSent();
        tap("#sync-open");
        waitFor("#sync-details");
        assertThat(textOf("#sync-pending"))
                .isEqualTo("C’est une démonstration\u00a0: ce que vous y changez reste sur ce téléphone, rien n’est"
                        + " envoyé.");
        assertThat(textOf("#sync-last")).isEmpty();
        assertThat(lookup("#sync-details-now").queryButton().isDisabled()).isTrue();
    }

    @Test
    void camillesSettingsShowTheProfileHerPeopleSeeAndHerBarSaysTheDemoSendsNothing() throws Exception {
        openDemo("counsellor");
        waitFor("#caseload");
        assertTheBarSaysNothingIsSent();
        tap("#place-settings");
        reveal("#profile-name");
        assertThat(lookup("#profile-name").queryAs(TextField.class).getText()).isEqualTo("Camille");
        assertThat(lookup("#profile-form-feminine").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(lookup("#profile-phone").queryAs(TextField.class).getText()).isEqualTo("06 39 98 00 00");
        assertThat(textOf("#profile-preview")).isEqualTo("Elles liront\u00a0: «\u00a0Ma conseillère Camille\u00a0»");
    }

    @Test
    void theDemosSyncScreenOffersNoPairingNorPairingCode() throws Exception {
        openDemo("counsellor");
        waitFor("#caseload");
        tap("#place-sync");
        waitFor("#sync-screen-now");
        // made-up people must never reach a real organisation: no way to link the demo or another phone to it
        assertThat(lookup("#sync-to-pair-device").tryQuery()).isEmpty();
        assertThat(lookup("#sync-to-pairing-code").tryQuery()).isEmpty();
        assertThat(lookup("#sync-screen-now").queryButton().isDisabled())
                .as("a demo sends nothing")
                .isTrue();
        assertThat(textOf("#sync-account"))
                .isEqualTo("La démonstration n’est reliée à aucune structure\u00a0: ses personnes sont inventées.");
    }

    @Test
    void theSupervisorsDemoSendsNothingEither() throws Exception {
        openDemo("supervisor");
        assertTheBarSaysNothingIsSent();
    }

    @Test
    void onASmallPhoneAtTwiceTheTextSizeInEasyReadTheDemosBarIsOneUncutLine() throws Exception {
        DisplayPreferences display = new DisplayPreferences(home);
        display.textScaleProperty().set(DisplayPreferences.MAX_SCALE);
        display.easyReadProperty().set(true);
        openDemo("beneficiary");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> lookup("#sync-bar").tryQuery().isPresent());
        Node bar = lookup("#sync-bar").query();
        Stage stage = (Stage) bar.getScene().getWindow();
        interact(() -> {
            stage.setWidth(360);
            stage.setHeight(800);
        });
        waitUntil(() -> bar.getScene().getWidth() == 360);
        waitUntil(() -> textOf("#sync-short").equals(NOTHING_SENT));
        Thread.sleep(300); // laid out on the next pulse
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getLayoutBounds().getHeight()).isLessThanOrEqualTo(SyncBarAppTest.ONE_LINE_PX);
        assertThat(ScreenChecks.cutTexts("demo sync bar", (Parent) bar, n -> false))
                .isEmpty();
    }
}
