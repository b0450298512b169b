package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.jalons.ui.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The power-to-act questionnaire run with a person, one item per screen, in easy-read with pictograms. */
class QuestionnaireAppTest extends RealAppTest {
    @TempDir
    Path home;

    AppServices context;

    @BeforeEach
    void start() throws TimeoutException {
        startApp(home, c -> context = c);
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    @Test
    void easyReadItemsWithPictogramsOneScreenEachAndTheChoiceIsKeptWhenResumed() {
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        interact(() -> context.navigator().goTo(Screen.QUESTIONNAIRE, DemoOrganisation.SAMIA));
        waitFor("#questionnaire-item");
        assertThat(textOf("#questionnaire-item"))
                .isEqualTo("Quand j’ai un problème, je trouve en général une façon de m’en sortir.");
        tap("#questionnaire-easy-read");
        waitUntil(() -> textOf("#questionnaire-item").equals("J’ai un problème. Je trouve une solution."));
        assertThat(textOf("#questionnaire-progress")).isEqualTo("Question 1 sur 9");
        Node picture = lookup("#questionnaire-pictogram").query();
        assertThat(picture.getAccessibleText()).isEqualTo("J’ai un problème. Je trouve une solution.");
        assertThat(lookup(".likert-card").queryAll()).hasSize(4);
        assertThat(lookup(".likert-gauge").queryAll()).hasSize(4);
        assertThat(lookup("#likert-1").query().getAccessibleText()).isEqualTo("Non, pas du tout, 1 sur 4");
        assertThat(lookup(".choice-title").queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactly("Non, pas du tout", "Un petit peu", "Oui, assez", "Oui, tout à fait");

        tap("#likert-3");
        waitUntil(() -> textOf("#questionnaire-item").equals("Je sais qui peut m’aider."));
        assertThat(lookup(".likert-card").queryAll()).hasSize(4);
        tap("#back");
        waitUntil(() -> title().equals("Mon parcours") || title().equals("Dossier") || !title().contains("agir"));
        interact(() -> context.navigator().goTo(Screen.QUESTIONNAIRE, DemoOrganisation.SAMIA));
        waitUntil(() -> textOf("#questionnaire-item").equals("Je sais qui peut m’aider."));
        assertThat(textOf("#questionnaire-progress")).isEqualTo("Question 2 sur 9");
        for (int i = 0; i < 8; i++) {
            String before = textOf("#questionnaire-item");
            tap("#likert-4");
            waitUntil(() -> lookup("#questionnaire-score").tryQuery().isPresent()
                    || !textOf("#questionnaire-item").equals(before));
        }
        waitFor("#questionnaire-score");
        assertThat(context.store().questionnaireResponses().forBeneficiary(DemoOrganisation.SAMIA).stream()
                        .anyMatch(
                                r -> r.answers().get("PA1") == 3 && r.answers().get("PA9") == 4))
                .isTrue();
    }
}
