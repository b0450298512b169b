package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jalons.goal.NewGoalViewModel;
import org.jalons.goal.NewStepViewModel;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.training.NewTrainingViewModel;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "add my own" forms asked one question at a time in easy-read mode, and resumed where they were left. */
class EasyReadFormsTest {
    @TempDir
    Path dir;

    LocalStore store;
    final Clock clock = Clock.systemUTC();
    final EasyRead easy = new EasyRead(new Messages(Language.FRENCH), true, 1.0);
    final DirectBackground background = new DirectBackground();

    @BeforeEach
    void openSamia() {
        store = new Profiles(dir, clock, 1000).openDemo(Role.BENEFICIARY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aQuestionIsLeftOnlyOnceAnsweredAndTheFormComesBackToTheSameQuestionWithItsAnswers() {
        NewGoalViewModel goal = new NewGoalViewModel(store, background, easy, clock);
        assertThat(goal.pageCount()).isEqualTo(2);
        assertThat(goal.pageProperty().get()).isZero();
        assertThat(goal.next()).isFalse();
        assertThat(goal.themeErrorProperty().get()).isEqualTo("Je choisis une image.");
        assertThat(goal.pageProperty().get()).isZero();
        goal.chooseTheme(GoalTheme.LOGEMENT);
        assertThat(goal.next()).isTrue();
        assertThat(goal.pageProperty().get()).isEqualTo(1);
        goal.wordsProperty().set("trouver un logement");

        // Leaving (or a restart) and coming back: the same question, what was chosen and typed.
        NewGoalViewModel again = new NewGoalViewModel(store, background, easy, clock);
        assertThat(again.pageProperty().get()).isEqualTo(1);
        assertThat(again.chosenThemeProperty().get()).isEqualTo(GoalTheme.LOGEMENT);
        assertThat(again.wordsProperty().get()).isEqualTo("trouver un logement");
        again.back();
        assertThat(again.pageProperty().get()).isZero();
        assertThat(new NewGoalViewModel(store, background, easy, clock)
                        .pageProperty()
                        .get())
                .isZero();
        again.next();
        assertThat(again.isLastPage()).isTrue();
        assertThat(again.next()).isTrue();
        assertThat(again.save(() -> {})).isTrue();
        assertThat(store.drafts().load(DraftKey.of(DraftKey.Form.MY_NEW_GOAL))).isEmpty();
        assertThat(new NewGoalViewModel(store, background, easy, clock)
                        .pageProperty()
                        .get())
                .isZero();
    }

    @Test
    void aStepAskedInThreeQuestionsKeepsTheDayIChose() {
        NewStepViewModel step = new NewStepViewModel(store, background, easy);
        assertThat(step.pageCount()).isEqualTo(3);
        assertThat(step.next()).isTrue(); // Samia's only open goal is chosen for her
        assertThat(step.next()).isFalse();
        assertThat(step.labelErrorProperty().get()).isEqualTo("J’écris ce que je vais faire.");
        step.labelProperty().set("Appeler l’auto-école");
        assertThat(step.next()).isTrue();
        LocalDate friday = LocalDate.now(clock).plusDays(3);
        step.chooseDueDate(friday);
        assertThat(new NewStepViewModel(store, background, easy).dueDate()).isEqualTo(friday);
        assertThat(step.next()).isTrue();
        assertThat(step.save(() -> {})).isTrue();
        Optional<org.jalons.domain.GoalStep> saved = store.goalSteps().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(s -> s.label().equals("Appeler l’auto-école"))
                .findFirst();
        assertThat(saved).get().satisfies(s -> assertThat(s.dueDate()).isEqualTo(friday));
    }

    @Test
    void theTrainingAndTheNoteAreAskedOneQuestionAtATimeToo() {
        NewTrainingViewModel training = new NewTrainingViewModel(store, background, easy, Optional::empty);
        assertThat(training.pageCount()).isEqualTo(4);
        assertThat(training.next()).isFalse();
        training.titleProperty().set("Sauveteur secouriste du travail");
        assertThat(training.next()).isTrue();
        assertThat(new NewNoteViewModel(store, background, easy, clock).pageCount())
                .isEqualTo(1);
    }
}
