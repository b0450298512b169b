package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.jalons.domain.Goal;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In easy-read mode, "add my own" asks one question per screen, and a half-filled form survives a restart. */
class EasyReadFormsAppTest extends RealAppTest {
    @TempDir
    Path home;

    AppServices context;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    @Test
    void aGoalOfMyOwnIsAskedOneQuestionPerScreenAndTheQuestionIsKeptAcrossARestart() throws Exception {
        startApp(home, c -> context = c);
        tap("#easy-read");
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        tap("#fab"); // "Mon parcours" adds through its floating button
        revealAndTap("#add-goal");
        waitFor("#wizard");
        assertThat(textOf("#question")).isEqualTo("Je choisis une image.");
        assertThat(textOf("#wizard-progress")).isEqualTo("Question 1 sur 2");
        assertThat(lookup("#goal-words").tryQuery()).isEmpty();
        assertThat(lookup("#wizard-back").queryButton().isDisabled()).isTrue();
        Button next = lookup("#wizard-next").queryButton();
        assertThat(next.getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(next.getAccessibleText()).isEqualTo("Suivant");
        revealAndTap("#wizard-next");
        waitUntil(() -> lookup("#theme-error").queryLabeled().isVisible());
        revealAndTap("#theme-LOGEMENT");
        revealAndTap("#wizard-next");
        waitUntil(() -> textOf("#question").equals("J’écris mon objectif."));
        assertThat(lookup("#theme-grid").tryQuery()).isEmpty();
        revealAndTap("#goal-words");
        write("trouver un logement");
        waitUntil(() -> context.store()
                .drafts()
                .load(org.jalons.storage.DraftKey.of(org.jalons.storage.DraftKey.Form.MY_NEW_GOAL))
                .map(d -> "trouver un logement".equals(d.get("words")) && "1".equals(d.get("page")))
                .orElse(false));

        stopApp();
        startApp(home, c -> context = c);
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        tap("#fab"); // "Mon parcours" adds through its floating button
        revealAndTap("#add-goal");
        waitUntil(() -> textOf("#question").equals("J’écris mon objectif."));
        assertThat(lookup("#goal-words").queryAs(TextField.class).getText()).isEqualTo("trouver un logement");
        revealAndTap("#wizard-back");
        waitUntil(() -> textOf("#question").equals("Je choisis une image."));
        assertThat(lookup("#theme-LOGEMENT")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isTrue();
        revealAndTap("#wizard-next");
        revealAndTap("#wizard-save");
        waitFor(".goal-card");
        Goal mine = context.store().goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(g -> g.phrasing().endsWith("trouver un logement"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.theme().known()).isEqualTo(org.jalons.protocol.Vocabulary.GoalTheme.LOGEMENT);
    }

    @Test
    void withoutEasyReadTheFormIsOneScreen() throws Exception {
        startApp(home, c -> context = c);
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        tap("#fab"); // "Mon parcours" adds through its floating button
        revealAndTap("#add-step");
        waitFor("#step-label");
        assertThat(lookup("#wizard").tryQuery()).isEmpty();
        assertThat(lookup("#step-due").tryQuery()).isPresent();
        assertThat(lookup("#save-step").tryQuery()).isPresent();
    }
}
