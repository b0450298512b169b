package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jalons.beneficiary.CheckInViewModel.Step;
import org.jalons.beneficiary.ProgressViewModel.MilestoneKind;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Training;
import org.jalons.goal.NewGoalViewModel;
import org.jalons.goal.NewStepViewModel;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.DraftKey;
import org.jalons.storage.EvidencePhotos;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.training.NewTrainingViewModel;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.jalons.ui.StoreThreadBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeneficiaryViewModelsTest {
    @TempDir
    Path dir;

    LocalStore store;
    final Clock clock = Clock.systemUTC();
    final EasyRead texts = new EasyRead(new Messages(Language.FRENCH), false, 1.0);
    final DirectBackground background = new DirectBackground();

    @BeforeEach
    void openSamia() {
        store = new Profiles(dir, clock, 1000).openDemo(Role.BENEFICIARY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<OutboxEntry> pending(RecordKind kind) {
        return store.outbox().pending(1000).stream()
                .filter(e -> e.kind() == kind)
                .toList();
    }

    @Test
    void aSelfCheckInIsSavedAsTheBeneficiarysOwnRatingWithItsOutboxEntry() {
        Goal permis = store.goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(Goal::isOpen)
                .findFirst()
                .orElseThrow();
        int before = store.checkIns().forGoal(permis.id()).size();
        CheckInViewModel model = new CheckInViewModel(store, background, texts, clock, permis.id());
        assertThat(model.stepProperty().get()).isEqualTo(Step.FEELING);
        model.rate(8);
        model.commentProperty().set("  Le code blanc s’est bien passé  ");
        assertThat(model.save()).isTrue();

        assertThat(model.stepProperty().get()).isEqualTo(Step.THANKS);
        List<CheckIn> checkIns = store.checkIns().forGoal(permis.id());
        assertThat(checkIns).hasSize(before + 1);
        CheckIn mine = checkIns.get(checkIns.size() - 1);
        assertThat(mine.rater()).isEqualTo(Rater.BENEFICIARY);
        assertThat(mine.rating()).isEqualTo(8);
        assertThat(mine.comment()).isEqualTo("Le code blanc s’est bien passé");
        assertThat(pending(RecordKind.CHECK_IN))
                .extracting(OutboxEntry::recordId)
                .contains(mine.id());
        assertThat(store.drafts().load(DraftKey.of(DraftKey.Form.MY_CHECK_IN, permis.id())))
                .isEmpty();
    }

    @Test
    void aRatingAndCommentNotYetSavedComeBackFromTheDraft() {
        Goal permis = store.goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(Goal::isOpen)
                .findFirst()
                .orElseThrow();
        CheckInViewModel first = new CheckInViewModel(store, background, texts, clock, permis.id());
        first.rate(4);
        first.commentProperty().set("Pas facile");
        CheckInViewModel again = new CheckInViewModel(store, background, texts, clock, permis.id());
        assertThat(again.ratingValue()).isEqualTo(4);
        assertThat(again.commentProperty().get()).isEqualTo("Pas facile");
    }

    @Test
    void withoutARatingNothingIsSavedAndTheCommentStays() {
        CheckInViewModel model = new CheckInViewModel(store, background, texts, clock, null);
        // Samia has one open goal: it is chosen for her.
        assertThat(model.goalProperty().get()).isNotNull();
        model.commentProperty().set("Je ne sais pas");
        assertThat(model.save()).isFalse();
        assertThat(model.ratingErrorProperty().get()).isEqualTo("Touchez un chiffre de 0 à 10.");
        assertThat(model.commentProperty().get()).isEqualTo("Je ne sais pas");
    }

    @Test
    void inEasyReadModeTheCheckInAsksOneQuestionAfterTheOther() {
        EasyRead easy = new EasyRead(new Messages(Language.FRENCH), true, 1.0);
        store.goals()
                .save(new Goal(
                        java.util.UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        org.jalons.domain.Term.of(GoalTheme.NUMERIQUE),
                        "Je me sens capable d’envoyer un courriel",
                        ProposedBy.BENEFICIARY,
                        org.jalons.protocol.Vocabulary.GoalStatus.EN_COURS,
                        null,
                        java.time.LocalDate.now(clock),
                        null));
        CheckInViewModel model = new CheckInViewModel(store, background, easy, clock, null);
        assertThat(model.stepProperty().get()).isEqualTo(Step.GOAL);
        model.chooseGoal(model.goals().get(0));
        assertThat(model.stepProperty().get()).isEqualTo(Step.FEELING);
        model.rate(6);
        assertThat(model.stepProperty().get()).isEqualTo(Step.COMMENT);
        model.save();
        assertThat(model.stepProperty().get()).isEqualTo(Step.THANKS);
        assertThat(easy.get("my.checkIn.howDoIFeel")).isEqualTo("Comment je me sens\u00a0?");
        assertThat(easy.fontSize()).isGreaterThan(texts.fontSize());
    }

    @Test
    void aGoalOfMyOwnIsPhrasedInTheFirstPersonAndProposedByMe() {
        NewGoalViewModel model = new NewGoalViewModel(store, background, texts, clock);
        model.chooseTheme(GoalTheme.LOGEMENT);
        model.wordsProperty().set("trouver un studio près du chantier");
        boolean[] saved = {false};
        assertThat(model.save(() -> saved[0] = true)).isTrue();
        assertThat(saved[0]).isTrue();
        Goal goal = store.goals().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(g -> g.theme().known() == GoalTheme.LOGEMENT)
                .findFirst()
                .orElseThrow();
        assertThat(goal.phrasing()).isEqualTo("Je me sens capable de trouver un studio près du chantier");
        assertThat(goal.proposedBy()).isEqualTo(ProposedBy.BENEFICIARY);
        assertThat(pending(RecordKind.GOAL)).extracting(OutboxEntry::recordId).contains(goal.id());
        assertThat(store.drafts().load(DraftKey.of(DraftKey.Form.MY_NEW_GOAL))).isEmpty();
    }

    @Test
    void aHealthGoalWithoutMyConsentIsNotSavedAndIAmToldWhyInPlainWords() {
        store.consents()
                .save(new org.jalons.domain.Consent(
                        java.util.UUID.randomUUID(),
                        DemoOrganisation.SAMIA,
                        org.jalons.protocol.Vocabulary.ConsentCategory.HEALTH,
                        false,
                        clock.instant(),
                        "Samia B."));
        NewGoalViewModel model = new NewGoalViewModel(store, background, texts, clock);
        model.chooseTheme(GoalTheme.SANTE);
        model.wordsProperty().set("tenir mon traitement");
        boolean[] saved = {false};

        model.save(() -> saved[0] = true);

        assertThat(saved[0]).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Pour garder cela (santé ou justice)");
        assertThat(store.goals().forBeneficiary(DemoOrganisation.SAMIA))
                .noneMatch(g -> g.theme().known() == GoalTheme.SANTE);
    }

    @Test
    void anEmptyGoalIsRefusedInPlainWordsAndWhatWasChosenIsKept() {
        NewGoalViewModel model = new NewGoalViewModel(store, background, texts, clock);
        model.chooseTheme(GoalTheme.SANTE);
        model.wordsProperty().set("   ");
        assertThat(model.save(() -> {})).isFalse();
        assertThat(model.wordsErrorProperty().get()).startsWith("Écrivez ce que vous voulez réussir");
        assertThat(model.themeErrorProperty().get()).isEmpty();
        NewGoalViewModel reopened = new NewGoalViewModel(store, background, texts, clock);
        assertThat(reopened.chosenThemeProperty().get()).isEqualTo(GoalTheme.SANTE);
    }

    @Test
    void aTooLongNoteIsRefusedAndItsTextKept() {
        NewNoteViewModel model = new NewNoteViewModel(store, background, texts, clock);
        String text = "a".repeat(4001);
        model.textProperty().set(text);
        assertThat(model.save(() -> {})).isFalse();
        assertThat(model.textErrorProperty().get())
                .startsWith("C’est trop long\u00a0: 4")
                .contains("Le maximum est 4");
        assertThat(model.textProperty().get()).isEqualTo(text);
        assertThat(new NewNoteViewModel(store, background, texts, clock)
                        .textProperty()
                        .get())
                .isEqualTo(text);
    }

    @Test
    void myNoteDraftIsReadOnTheStoreThreadAndWhatITypeMeanwhileIsKept() {
        store.drafts().save(DraftKey.of(DraftKey.Form.MY_NEW_NOTE), Map.of("text", "Appeler Pôle emploi"));
        try (StoreThreadBackground storeThread = new StoreThreadBackground()) {
            NewNoteViewModel model = new NewNoteViewModel(store, storeThread, texts, clock);
            assertThat(model.textProperty().get()).isEmpty(); // nothing read on the screen's thread
            storeThread.runAll();
            assertThat(model.textProperty().get()).isEqualTo("Appeler Pôle emploi");

            NewNoteViewModel typedFirst = new NewNoteViewModel(store, storeThread, texts, clock);
            typedFirst.textProperty().set("Écrire au CCAS");
            storeThread.runAll();
            assertThat(typedFirst.textProperty().get()).isEqualTo("Écrire au CCAS");
            assertThat(store.drafts()
                            .load(DraftKey.of(DraftKey.Form.MY_NEW_NOTE))
                            .orElseThrow())
                    .containsEntry("text", "Écrire au CCAS");
        }
    }

    @Test
    void aStepOfMyOwnGoesToTheGoalIChose() {
        NewStepViewModel model = new NewStepViewModel(store, background, texts);
        assertThat(model.chosenGoal()).isNotNull();
        model.labelProperty().set("Appeler l’auto-école");
        assertThat(model.save(() -> {})).isTrue();
        assertThat(store.goalSteps().forBeneficiary(DemoOrganisation.SAMIA))
                .anyMatch(s -> s.label().equals("Appeler l’auto-école")
                        && s.goalId().equals(model.chosenGoal().id()));
    }

    @Test
    void aTrainingIDeclareIsNeverCertifiedByMeACounsellorConfirmsIt() {
        assertThat(NewTrainingViewModel.STATUS_CHOICES)
                .containsExactly(TrainingStatus.PREVUE, TrainingStatus.EN_COURS, TrainingStatus.SUIVIE);
        NewTrainingViewModel model =
                new NewTrainingViewModel(store, background, texts, new FakePictureSource(dir.resolve("camera")));
        model.chooseStatus(TrainingStatus.SUIVIE);
        model.chooseStatus(TrainingStatus.CERTIFIEE);
        assertThat(model.statusValue()).isEqualTo(TrainingStatus.SUIVIE);
    }

    @Test
    void aTrainingKeepsTheCertificatePhotoInsideTheEncryptedStoreOnly() throws Exception {
        FakePictureSource pictures = new FakePictureSource(dir.resolve("camera"));
        NewTrainingViewModel model = new NewTrainingViewModel(store, background, texts, pictures);
        model.titleProperty().set("Sauveteur secouriste du travail");
        model.certificateProperty().set("SST");
        model.chooseStatus(TrainingStatus.SUIVIE);
        assertThat(model.addPicture()).isTrue();
        String name = model.pictureProperty().get();
        assertThat(name).startsWith("evidence/").endsWith(".png");
        byte[] taken = Files.readAllBytes(dir.resolve("camera").resolve("certificate.png"));
        assertThat(store.evidencePhotos().read(name))
                .hasValueSatisfying(p -> assertThat(p).isEqualTo(taken));
        assertThat(model.pictureContentProperty().get()).isEqualTo(taken);
        assertThat(model.save(() -> {})).isTrue();

        Training saved = store.trainings().forBeneficiary(DemoOrganisation.SAMIA).stream()
                .filter(t -> t.title().equals("Sauveteur secouriste du travail"))
                .findFirst()
                .orElseThrow();
        assertThat(saved.status()).isEqualTo(TrainingStatus.SUIVIE);
        assertThat(saved.certification().custom()).isEqualTo("SST");
        assertThat(saved.evidenceRef()).isEqualTo(name);
        assertThat(pending(RecordKind.TRAINING))
                .extracting(OutboxEntry::recordId)
                .contains(saved.id());
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".png")))
                    .as("no copy of the photo outside the store")
                    .containsExactly(dir.resolve("camera").resolve("certificate.png"));
        }
    }

    @Test
    void aPhotoInADraftIsShownAgainFromTheStoreAndRemovingItDeletesIt() {
        NewTrainingViewModel first =
                new NewTrainingViewModel(store, background, texts, new FakePictureSource(dir.resolve("camera")));
        first.titleProperty().set("CACES 1");
        first.addPicture();
        String name = first.pictureProperty().get();

        NewTrainingViewModel again = new NewTrainingViewModel(store, background, texts, Optional::empty);
        assertThat(again.pictureProperty().get()).isEqualTo(name);
        assertThat(again.pictureContentProperty().get()).isNotEmpty();
        again.removePicture();
        assertThat(store.evidencePhotos().read(name)).isEmpty();
        assertThat(again.pictureContentProperty().get()).isNull();
    }

    @Test
    void aPhotoTooLargeToKeepGetsAPlainMessageAndNothingIsKept() throws Exception {
        Path huge = dir.resolve("huge.jpg");
        try (var out = java.nio.channels.FileChannel.open(
                huge, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(new byte[] {1}), EvidencePhotos.MAX_BYTES); // sparse: MAX + 1 bytes
        }
        NewTrainingViewModel model = new NewTrainingViewModel(store, background, texts, () -> Optional.of(huge));
        assertThat(model.addPicture()).isTrue();

        assertThat(model.pictureErrorProperty().get())
                .isEqualTo(
                        "Cette photo est trop lourde (plus de 12 Mo). Prenez-la à nouveau, de plus loin ou en qualité normale.");
        assertThat(model.pictureProperty().get()).isEmpty();
        int kept = store.database().read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM EVIDENCE_PHOTO")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(kept).isZero();
        assertThat(model.pictureContentProperty().get()).isNull();
    }

    @Test
    void progressShowsBothVoicesSideBySideNeverAveragedAndTheMilestones() {
        ProgressViewModel model = new ProgressViewModel(store, background, texts, ZoneOffset.UTC);
        model.load();
        ProgressViewModel.GoalProgress permis = model.goals().stream()
                .filter(g -> g.phrasing().contains("permis"))
                .findFirst()
                .orElseThrow();
        assertThat(permis.self()).extracting(ProgressViewModel.Point::rating).containsExactly(3, 4, 4, 5, 6, 6, 7);
        assertThat(permis.counsellor())
                .extracting(ProgressViewModel.Point::rating)
                .containsExactly(4, 4, 5, 5, 6, 7, 7);
        assertThat(permis.summary())
                .isEqualTo(
                        // the demo's Samia knows her counsellor: Camille, « Ma conseillère »
                        "Moi\u00a0: de 3 à 7 sur 10 (7 notes). Ma conseillère Camille\u00a0: de 4 à 7 sur 10 (7 notes).");
        assertThat(model.milestones())
                .extracting(ProgressViewModel.Milestone::kind)
                .containsExactlyInAnyOrder(MilestoneKind.GOAL_ACHIEVED, MilestoneKind.TRAINING_CERTIFIED);
    }

    @Test
    void homeShowsMyTrainingsAndMyNextAppointment() {
        MyParcoursViewModel model = new MyParcoursViewModel(store, background, new Messages(Language.FRENCH), clock);
        model.load();
        assertThat(model.trainings())
                .extracting(TrainingLine::title)
                .contains("CléA — socle de compétences", "Code de la route");
        assertThat(model.nextAppointmentProperty().get()).isNotNull().isAfter(clock.instant());
    }
}
