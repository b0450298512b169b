package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.jalons.beneficiary.FakePictureSource;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Mon parcours" in the real app, headless, as Samia of the demo organisation, with no network at all. */
class BeneficiaryFlowTest extends RealAppTest {
    @TempDir
    Path home;

    @TempDir
    Path camera;

    AppServices context;
    FakePictureSource pictures;

    @BeforeEach
    void start() throws TimeoutException {
        pictures = new FakePictureSource(camera);
        startApp(home, c -> context = c.withPictures(pictures));
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    private void openSamia() {
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
    }

    private LocalStore store() {
        return context.store();
    }

    private List<UUID> pending(RecordKind kind) {
        return store().outbox().pending(1000).stream()
                .filter(e -> e.kind() == kind)
                .map(OutboxEntry::recordId)
                .toList();
    }

    @Test
    void samiaRatesHerConfidenceAndAddsAGoalOfHerOwnOffline() {
        openSamia();
        assertThat(title()).isEqualTo("Mon parcours");
        assertThat(textOf("#next-appointment")).startsWith("Mon prochain rendez-vous\u00a0: ");
        revealAndTap(".check-in-button");
        assertThat(title()).isEqualTo("Ma confiance");
        tap("#rate-8");
        revealAndTap("#check-in-comment");
        write("Le code blanc s’est bien passé");
        revealAndTap("#save-check-in");
        waitFor("#thanks");
        CheckIn mine = store().checkIns().forBeneficiaryOverTime(DemoOrganisation.SAMIA).stream()
                .filter(c -> c.rater() == Rater.BENEFICIARY && "Le code blanc s’est bien passé".equals(c.comment()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.rating()).isEqualTo(8);
        assertThat(pending(RecordKind.CHECK_IN)).contains(mine.id());

        tap("#done");
        waitFor(".goal-card");
        waitUntil(() -> textOf(".chip-self").equals("Moi\u00a0: 8/10"));
        tap("#fab"); // "Mon parcours" adds through its floating button
        revealAndTap("#add-goal");
        assertThat(title()).isEqualTo("Un objectif");
        revealAndTap("#save-goal");
        waitUntil(() -> lookup("#theme-error").queryLabeled().isVisible());
        assertThat(lookup("#theme-error").queryLabeled().getText()).isEqualTo("Choisissez une image pour le thème.");
        assertThat(textOf(".field-error")).isNotEmpty();
        reveal("#theme-LOGEMENT");
        tap("#theme-LOGEMENT");
        revealAndTap("#goal-words");
        write("trouver un logement près du chantier");
        revealAndTap("#save-goal");
        waitUntil(() -> lookup(".card-title").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("Je me sens capable de trouver un logement près du chantier")));
        Goal goal = store().goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(g -> g.phrasing().endsWith("près du chantier"))
                .findFirst()
                .orElseThrow();
        assertThat(goal.proposedBy()).isEqualTo(ProposedBy.BENEFICIARY);
        assertThat(pending(RecordKind.GOAL)).contains(goal.id());
    }

    @Test
    void easyReadAsksOneQuestionPerScreenInSimpleWordsAndLargerText() {
        tap("#easy-read");
        openSamia();
        Node screen = lookup(".beneficiary").query();
        assertThat(screen.getStyleClass()).contains("easy-read");
        assertThat(screen.getStyle()).isEqualTo("-fx-font-size: 18.8px;");
        assertThat(textOf(".lead")).isEqualTo("Ici, je vois mes objectifs. Je dis si je me sens capable.");

        tap("#check-in-any");
        waitUntil(() -> textOf("#question").equals("Quel objectif\u00a0?"));
        assertThat(lookup("#rating-scale").tryQuery()).isEmpty();
        tap(".goal-choice");
        waitUntil(() -> textOf("#question").equals("Comment je me sens\u00a0?"));
        assertThat(lookup("#check-in-comment").tryQuery()).isEmpty();
        tap("#rate-5");
        waitUntil(() -> textOf("#question").equals("Je veux dire quelque chose\u00a0?"));
        assertThat(lookup("#rating-scale").tryQuery()).isEmpty();
        tap("#save-check-in");
        waitUntil(() -> textOf("#thanks").equals("Merci\u00a0!"));
        assertThat(store().checkIns().forBeneficiaryOverTime(DemoOrganisation.SAMIA))
                .anyMatch(c -> c.rater() == Rater.BENEFICIARY && c.rating() == 5);
    }

    @Test
    void aTooLongNoteShowsWhyAndKeepsEverythingTyped() {
        openSamia();
        tap("#fab"); // "Mon parcours" adds through its floating button
        revealAndTap("#add-note");
        String text = "Aujourd’hui j’ai fini le module. ".repeat(130);
        interact(() -> lookup("#note-text").queryAs(TextArea.class).setText(text));
        revealAndTap("#save-note");
        waitUntil(() -> textOf(".field-error").startsWith("C’est trop long"));
        assertThat(lookup("#note-text").queryAs(TextArea.class).getText()).isEqualTo(text);

        tap("#back"); // back to what the person may add
        revealAndTap("#add-note");
        assertThat(lookup("#note-text").queryAs(TextArea.class).getText()).isEqualTo(text);
    }

    @Test
    void onAGoalMyCounsellorProposedIMarkAStepDoneButNeitherRenameNorRemoveIt() {
        openSamia();
        Goal shared = store().goals()
                .save(new Goal(
                        UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        org.jalons.domain.Term.of(org.jalons.protocol.Vocabulary.GoalTheme.NUMERIQUE),
                        "Je me sens capable d’envoyer un CV en ligne",
                        ProposedBy.COUNSELLOR,
                        org.jalons.protocol.Vocabulary.GoalStatus.EN_COURS,
                        null,
                        java.time.LocalDate.of(2026, 11, 2),
                        null));
        GoalStep step = store().goalSteps()
                .save(new GoalStep(
                        UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        shared.id(),
                        "Créer une adresse courriel",
                        StepStatus.A_FAIRE,
                        null));
        tap("#fab"); // "Mon parcours" adds through its floating button
        revealAndTap("#add-note");
        tap("#back");
        tap("#back"); // from what the person may add back to "Mon parcours", read again
        revealAndTap("#my-goal-" + shared.id());
        waitFor("#step-0");

        assertThat(lookup("#add-my-step").query().isVisible())
                .as("no new step on the counsellor's goal")
                .isFalse();
        assertThat(lookup("#step-delete-0").query().isVisible()).isFalse();
        assertThat(lookup("#step-name-0").queryAs(TextField.class).isEditable()).isFalse();
        revealAndTap("#step-0-done-now");
        waitUntil(() -> store().goalSteps().find(step.id()).orElseThrow().status() == StepStatus.REALISEE);
        assertThat(store().goalSteps().find(step.id()).orElseThrow().label()).isEqualTo("Créer une adresse courriel");
    }

    @Test
    void aCertificatePhotoIsKeptAsEvidenceOfATrainingOfMyOwn() throws Exception {
        openSamia();
        tap("#fab"); // "Mon parcours" adds through its floating button
        revealAndTap("#add-training");
        tap("#training-title").write("Sauveteur secouriste du travail");
        revealAndTap("#status-SUIVIE");
        revealAndTap("#add-picture");
        waitFor("#picture-preview");
        assertThat(pictures.asked()).isEqualTo(1);
        // Removed by mistake: "Annuler" in the snackbar puts the same photo back, in the store and on the screen.
        revealAndTap("#remove-picture");
        waitUntil(() -> !lookup("#picture-preview").query().isVisible());
        assertThat(textOf("#snackbar-text")).isEqualTo("Photo retirée.");
        tap("#snackbar-action");
        waitUntil(() -> lookup("#picture-preview").query().isVisible());
        assertThat(pictures.asked()).isEqualTo(1);
        revealAndTap("#save-training");
        waitFor(".goal-card");
        Training training = store().trainings().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(t -> t.title().equals("Sauveteur secouriste du travail"))
                .findFirst()
                .orElseThrow();
        String file = training.evidenceRef();
        assertThat(file).startsWith("evidence/");
        assertThat(store().evidencePhotos().read(file))
                .get()
                .satisfies(photo -> assertThat(photo).isNotEmpty());
        assertThat(home.resolve(file))
                .as("the photo lies in the encrypted store, not as a plain file")
                .doesNotExist();
        assertThat(pending(RecordKind.TRAINING)).contains(training.id());
        waitUntil(() -> lookup(".row-detail").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().equals("Suivie · attestation en photo")));
    }
}
