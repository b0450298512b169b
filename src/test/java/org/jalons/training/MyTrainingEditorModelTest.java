package org.jalons.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jalons.beneficiary.FakePictureSource;
import org.jalons.beneficiary.MyTrainings;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.storage.StoredRecord;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainings the person declared, changed or deleted by them on their phone; the counsellor's stay theirs. */
class MyTrainingEditorModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    LocalStore store;
    UUID me;
    final DirectBackground background = new DirectBackground();
    final EasyRead easy = new EasyRead(new Messages(Language.FRENCH), true, 1.0);

    @BeforeEach
    void samiasPhone() {
        store = new Profiles(dir.resolve("phone"), CLOCK, 1000)
                .create("Samia", Role.BENEFICIARY, "482913".toCharArray());
        me = store.profile().beneficiaryId();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Training training(Rater declaredBy, TrainingStatus status) {
        return store.trainings()
                .save(new Training(
                        JalonsRecord.newId(),
                        me,
                        null,
                        "Hygine en cuisine",
                        null,
                        TrainingKind.QUALIFYING,
                        Term.custom("Attestation HACCP"),
                        null,
                        14.0,
                        null,
                        null,
                        null,
                        status,
                        "evidence/attestation.png",
                        declaredBy));
    }

    private MyTrainingEditorModel model(Training t) {
        return new MyTrainingEditorModel(store, background, easy, t.id());
    }

    @Test
    void iChangeATrainingIDeclaredAndWhatTheFormDoesNotShowIsKept() {
        Training mine = training(Rater.BENEFICIARY, TrainingStatus.PREVUE);
        MyTrainingEditorModel model = model(mine);
        assertThat(model.allowed()).isTrue();
        assertThat(model.titleProperty().get()).isEqualTo("Hygine en cuisine");
        assertThat(model.plannedHoursProperty().get())
                .as("whole hours without .0")
                .isEqualTo("14");

        model.titleProperty().set("Hygiène en cuisine");
        model.providerProperty().set("GRETA Lille");
        model.chooseKind(TrainingKind.CERTIFYING);
        model.chooseStatus(TrainingStatus.SUIVIE);
        model.chooseStatus(TrainingStatus.CERTIFIEE); // the counsellor's to set: not taken
        model.setStartDate(LocalDate.of(2026, 11, 2));
        model.setEndDate(LocalDate.of(2026, 11, 20));
        model.doneHoursProperty().set("7,5");
        boolean[] saved = {false};
        assertThat(model.save(() -> saved[0] = true)).isTrue();

        assertThat(saved[0]).isTrue();
        Training stored = store.trainings().find(mine.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Hygiène en cuisine");
        assertThat(stored.provider()).isEqualTo("GRETA Lille");
        assertThat(stored.trainingKind()).isEqualTo(TrainingKind.CERTIFYING);
        assertThat(stored.status()).isEqualTo(TrainingStatus.SUIVIE);
        assertThat(stored.startDate()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(stored.endDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(stored.plannedHours()).isEqualTo(14.0);
        assertThat(stored.doneHours()).isEqualTo(7.5);
        assertThat(stored.certification()).isEqualTo(Term.custom("Attestation HACCP"));
        assertThat(stored.evidenceRef()).isEqualTo("evidence/attestation.png");
        assertThat(stored.declaredBy()).isEqualTo(Rater.BENEFICIARY);
        assertThat(store.outbox().pending(100))
                .anyMatch(e -> e.recordId().equals(mine.id()) && e.op() == OutboxEntry.Op.UPSERT);
    }

    @Test
    void wrongDatesOrHoursAreSaidInPlainWordsAndNothingIsSaved() {
        Training mine = training(Rater.BENEFICIARY, TrainingStatus.EN_COURS);
        MyTrainingEditorModel model = model(mine);
        model.setStartDate(LocalDate.of(2026, 11, 20));
        model.setEndDate(LocalDate.of(2026, 11, 2));
        model.doneHoursProperty().set("beaucoup");
        model.titleProperty().set(" ");

        assertThat(model.save(() -> {})).isFalse();
        assertThat(model.datesErrorProperty().get()).isEqualTo("La fin est avant le début. Je change une date.");
        assertThat(model.hoursErrorProperty().get()).isEqualTo("J’écris un nombre d’heures.");
        assertThat(model.titleErrorProperty().get()).isNotEmpty();
        assertThat(store.trainings().find(mine.id())).contains(mine);
    }

    @Test
    void iDeleteATrainingIDeclaredItGoesAsATombstone() {
        Training mine = training(Rater.BENEFICIARY, TrainingStatus.PREVUE);
        MyTrainingEditorModel model = model(mine);
        boolean[] done = {false};
        model.delete(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        assertThat(model.deletedProperty().get()).isTrue();
        assertThat(store.trainings().find(mine.id())).isEmpty();
        assertThat(store.outbox().pending(100))
                .anyMatch(e -> e.recordId().equals(mine.id()) && e.op() == OutboxEntry.Op.DELETE);
    }

    @Test
    void theCounsellorsTrainingsAndACertifiedOneAreNotMineToChange() {
        for (Training notMine : new Training[] {
            training(Rater.COUNSELLOR, TrainingStatus.EN_COURS), training(Rater.BENEFICIARY, TrainingStatus.CERTIFIEE)
        }) {
            MyTrainingEditorModel model = model(notMine);
            assertThat(model.allowed()).isFalse();
            model.titleProperty().set("Autre chose");
            assertThat(model.save(() -> {})).isFalse();
            model.delete(() -> {});
            assertThat(store.trainings().find(notMine.id())).contains(notMine);
        }
    }

    @Test
    void aTrainingThisPhoneCreatedIsMineUntilTheServerSaysWhoDeclaredIt() {
        Training legacy = new Training(
                UUID.randomUUID(),
                me,
                null,
                "Ateliers",
                null,
                TrainingKind.IN_HOUSE,
                Term.of(Certification.NONE),
                null,
                null,
                null,
                null,
                null,
                TrainingStatus.EN_COURS);
        assertThat(MyTrainings.personMayChange(new StoredRecord<>(legacy, 0, false, Map.of())))
                .as("created here, not yet synced")
                .isTrue();
        assertThat(MyTrainings.personMayChange(new StoredRecord<>(legacy, 3, false, Map.of())))
                .as("pulled from the server, nobody said it was mine")
                .isFalse();
        assertThat(MyTrainings.personMayChange(
                        new StoredRecord<>(legacy.withDeclaredBy(Rater.BENEFICIARY), 3, false, Map.of())))
                .isTrue();
        assertThat(MyTrainings.personMayChange(new StoredRecord<>(legacy, 0, true, Map.of())))
                .as("deleted")
                .isFalse();
    }

    @Test
    void aTrainingIAddIsDeclaredInMyVoiceOnMyPhone() {
        NewTrainingViewModel model =
                new NewTrainingViewModel(store, background, easy, new FakePictureSource(dir.resolve("camera")));
        model.titleProperty().set("Permis B");
        assertThat(model.save(() -> {})).isTrue();

        Training added = store.trainings().forBeneficiary(me).stream()
                .filter(t -> t.title().equals("Permis B"))
                .findFirst()
                .orElseThrow();
        assertThat(added.declaredBy()).isEqualTo(Rater.BENEFICIARY);
        assertThat(MyTrainings.declaringVoice(Role.COUNSELLOR)).isEqualTo(Rater.COUNSELLOR);
    }
}
