package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.jalons.domain.Goal;
import org.jalons.domain.Training;
import org.jalons.goal.GoalEditorModel;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.DraftKey;
import org.jalons.training.TrainingEditorModel;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.StoreThreadBackground;
import org.junit.jupiter.api.Test;

class EditorsTest extends DemoStoreTest {
    static final java.util.UUID SAMIA = DemoOrganisation.SAMIA;

    @Test
    void aNewGoalIsSavedOnlyOnceThePersonsSentenceIsCompleteAndNothingTypedIsLost() {
        GoalEditorModel goal =
                new GoalEditorModel(store, new DirectBackground(), EditorTarget.create(SAMIA), fr, TODAY);
        assertThat(goal.get("phrasing")).isEqualTo("Je me sens capable de…");
        goal.value("theme").set("CUSTOM");
        assertThat(goal.commit()).isFalse();
        assertThat(goal.error("themeCustom").get()).isEqualTo("Écrivez le libellé en quelques mots.");
        assertThat(goal.error("phrasing").get()).isEqualTo("Complétez la phrase avec les mots de la personne.");
        goal.value("themeCustom").set("Garde d’enfants");
        goal.value("phrasing").set("Je me sens capable de trouver une garde le mercredi");
        goal.value("targetDate").set("2020-01-01");
        assertThat(goal.commit()).isFalse();
        assertThat(goal.error("targetDate").get())
                .isEqualTo("Cette date ne peut pas être avant «\u00a0date d’ouverture\u00a0».");
        assertThat(goal.get("themeCustom")).isEqualTo("Garde d’enfants");

        // Leaving and coming back finds the draft as it was.
        GoalEditorModel again =
                new GoalEditorModel(store, new DirectBackground(), EditorTarget.create(SAMIA), fr, TODAY);
        assertThat(again.get("targetDate")).isEqualTo("2020-01-01");
        assertThat(again.goalId()).isEqualTo(goal.goalId());
        again.value("targetDate").set("2027-03-01");
        assertThat(again.commit()).isTrue();
        Goal saved = store.goals().find(goal.goalId()).orElseThrow();
        assertThat(saved.theme().custom()).isEqualTo("Garde d’enfants");
        assertThat(store.drafts().load(DraftKey.of(DraftKey.Form.GOAL, "new-" + SAMIA)))
                .isEmpty();
        assertThat(again.addStep("Demander à la voisine")).isEmpty();
        assertThat(store.goalSteps().forBeneficiary(SAMIA))
                .anyMatch(s -> s.label().equals("Demander à la voisine"));
    }

    @Test
    void negativeHoursAndAnEndBeforeTheStartAreSaidUnderTheirFieldsAndTheTextStays() {
        TrainingEditorModel t = new TrainingEditorModel(store, new DirectBackground(), EditorTarget.create(SAMIA), fr);
        t.value("title").set("CACES R489");
        t.value("plannedHours").set("-3");
        t.value("doneHours").set("douze");
        t.value("startDate").set("2026-12-10");
        t.value("endDate").set("2026-12-01");
        assertThat(t.commit()).isFalse();
        assertThat(t.error("plannedHours").get()).isEqualTo("La valeur ne peut pas être négative.");
        assertThat(t.error("doneHours").get()).isEqualTo("Écrivez un nombre, par exemple 12 ou 12,5.");
        assertThat(t.error("endDate").get()).isEqualTo("Cette date ne peut pas être avant «\u00a0Début\u00a0».");
        assertThat(t.get("plannedHours")).isEqualTo("-3");

        t.value("certification").set("RNCP");
        t.value("rncpLevel").set("9");
        t.value("plannedHours").set("35");
        t.value("doneHours").set("7,5");
        t.value("endDate").set("2026-12-20");
        assertThat(t.commit()).isFalse();
        assertThat(t.error("rncpLevel").get()).isEqualTo("La valeur doit être comprise entre 3 et 8.");
        t.value("rncpLevel").set("3");
        assertThat(t.commit()).isTrue();
        Training saved = store.trainings().forBeneficiary(SAMIA).stream()
                .filter(x -> x.title().equals("CACES R489"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.certification().known()).isEqualTo(Certification.RNCP);
        assertThat(saved.doneHours()).isEqualTo(7.5);
    }

    @Test
    void anExitPlansItsFollowUpSixMonthsLater() {
        ExitEditorModel exit =
                new ExitEditorModel(store, new DirectBackground(), EditorTarget.create(SAMIA), fr, TODAY);
        assertThat(exit.get("exitDate")).isEqualTo("2026-11-26");
        assertThat(exit.followUpText().get()).isEqualTo("Suivi à 6 mois\u00a0: le 26 mai 2027");
        exit.value("category").set("EMPLOI_DURABLE");
        exit.value("detail").set("CDI maraîchage");
        assertThat(exit.commit()).isTrue();
        BeneficiaryFile file = BeneficiaryFile.load(store, SAMIA);
        assertThat(file.exit().orElseThrow().followUpDue()).isEqualTo(LocalDate.of(2027, 5, 26));
        assertThat(file.followUp().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2027, 5, 26));
    }

    @Test
    void justiceNeedsConsentFirstThenATapRecordsTheStatus() {
        FileViewModel file = new FileViewModel(store, SAMIA, new DirectBackground(), fr, CLOCK);
        file.load();
        file.setBarrierStatus(BarrierArea.JUSTICE, BarrierStatus.BESOIN);
        assertThat(file.barrierErrorProperty().get())
                .isEqualTo("Il faut d’abord l’accord de la personne pour noter cette information.");
        assertThat(file.fileProperty().get().barrier(BarrierArea.JUSTICE)).isEmpty();
        file.setConsent(ConsentCategory.JUSTICE, true);
        file.setBarrierStatus(BarrierArea.JUSTICE, BarrierStatus.BESOIN);
        assertThat(file.barrierErrorProperty().get()).isEmpty();
        assertThat(file.fileProperty()
                        .get()
                        .barrier(BarrierArea.JUSTICE)
                        .orElseThrow()
                        .status())
                .isEqualTo(BarrierStatus.BESOIN);
        assertThat(file.fileProperty().get().consentHistory().get(0).recordedBy())
                .isEqualTo("Camille Martin");
    }

    @Test
    void aContactIsNotSavedWithoutTheIdentityContactConsent() {
        FileViewModel file = new FileViewModel(store, SAMIA, new DirectBackground(), fr, CLOCK);
        file.load();
        file.setConsent(ConsentCategory.IDENTITY_CONTACT, false);
        ProfileEditorModel profile = new ProfileEditorModel(store, new DirectBackground(), SAMIA, fr);
        profile.value("contact").set("06 12 34 56 78");

        assertThat(profile.commit()).isFalse();
        assertThat(profile.error("contact").get())
                .isEqualTo("Il faut d’abord l’accord de la personne pour noter cette information.");
        assertThat(store.beneficiaries().find(SAMIA).orElseThrow().contact()).isNull();

        // an hour later (the demo's clock is fixed: the latest consent is the one recorded last)
        FileViewModel later =
                new FileViewModel(store, SAMIA, new DirectBackground(), fr, Clock.offset(CLOCK, Duration.ofHours(1)));
        later.load();
        later.setConsent(ConsentCategory.IDENTITY_CONTACT, true);
        assertThat(profile.commit()).isTrue();
        assertThat(store.beneficiaries().find(SAMIA).orElseThrow().contact()).isEqualTo("06 12 34 56 78");
    }

    @Test
    void leavingAFieldWritesTheRecordOnTheStoreThreadNeverOnTheScreensThread() {
        store.drafts().save(DraftKey.of(DraftKey.Form.PROFILE, SAMIA), Map.of("site", "Roubaix"));
        try (StoreThreadBackground storeThread = new StoreThreadBackground()) {
            ProfileEditorModel profile = new ProfileEditorModel(store, storeThread, SAMIA, fr);
            assertThat(profile.get("site")).isNotEqualTo("Roubaix"); // the draft is not read on this thread
            assertThat(profile.commit()).isFalse(); // nor is anything written before it is read
            storeThread.runAll();
            assertThat(profile.get("site")).isEqualTo("Roubaix");
            assertThat(profile.stateProperty().get()).isEqualTo(fr.get("editor.draftResumed"));

            profile.value("displayName").set("Samia Bensalem-Roux");
            assertThat(profile.commit()).isTrue();
            assertThat(store.beneficiaries().find(SAMIA).orElseThrow().displayName())
                    .isNotEqualTo("Samia Bensalem-Roux"); // queued for the store thread, not written here
            storeThread.runAll();
            assertThat(store.beneficiaries().find(SAMIA).orElseThrow().displayName())
                    .isEqualTo("Samia Bensalem-Roux");
            assertThat(store.beneficiaries().find(SAMIA).orElseThrow().site()).isEqualTo("Roubaix");
            assertThat(profile.savedProperty().get()).isTrue();
            assertThat(store.drafts().load(DraftKey.of(DraftKey.Form.PROFILE, SAMIA)))
                    .isEmpty();
        }
    }
}
