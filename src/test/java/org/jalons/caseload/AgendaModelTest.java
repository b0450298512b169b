package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jalons.caseload.AgendaModel.Entry;
import org.jalons.caseload.AgendaModel.Kind;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.CaseloadRow;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the counsellor's agenda holds: appointments, follow-ups by their due date (the late ones first, apart) and
 * trainings that start, from today on, for the people of the caseload only.
 */
class AgendaModelTest {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    final UUID samia = UUID.randomUUID();
    final UUID thomas = UUID.randomUUID();
    final UUID karim = UUID.randomUUID();
    final UUID nora = UUID.randomUUID();
    final UUID lina = UUID.randomUUID();
    final UUID someoneElse = UUID.randomUUID();

    @TempDir
    Path dir;

    static CaseloadRow row(UUID id, String name, Instant next, boolean exited) {
        return new CaseloadRow(id, name, 0, 0, null, null, next, null, false, exited);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PARIS).toInstant();
    }

    static Training training(UUID id, UUID who, String title, LocalDate start, TrainingStatus status) {
        return new Training(
                id,
                who,
                null,
                title,
                "AFPA",
                TrainingKind.CERTIFYING,
                Term.of(Certification.CACES),
                null,
                35.0,
                0.0,
                start,
                start.plusWeeks(1),
                status);
    }

    record FakeSource(List<CaseloadRow> caseload, List<FollowUp> followUps, List<Exit> exits, List<Training> trainings)
            implements AgendaModel.Source {
        @Override
        public List<Training> trainingsFrom(LocalDate from) {
            return trainings;
        }
    }

    @Test
    void lateFollowUpsComeFirstThenEachDayHoldsItsFollowUpsTrainingsAndAppointments() {
        UUID karimExit = UUID.randomUUID();
        UUID linaExit = UUID.randomUUID();
        UUID karimFollowUp = UUID.randomUUID();
        UUID thomasFollowUp = UUID.randomUUID();
        UUID caces = UUID.randomUUID();
        FakeSource source = new FakeSource(
                List.of(
                        row(samia, "Samia B.", at(TODAY.plusDays(1), 10), false),
                        row(thomas, "Thomas L.", null, false),
                        row(karim, "Karim A.", at(TODAY.minusDays(3), 9), true),
                        row(nora, "Nora C.", null, true),
                        row(lina, "Lina M.", at(TODAY, 14), true)),
                List.of(
                        new FollowUp(karimFollowUp, karim, karimExit, TODAY.minusDays(10), null, null, null),
                        new FollowUp(thomasFollowUp, thomas, UUID.randomUUID(), TODAY.plusDays(1), null, null, null),
                        // done: nothing more to do for Lina's exit
                        new FollowUp(
                                UUID.randomUUID(),
                                lina,
                                linaExit,
                                TODAY.minusDays(2),
                                TODAY.minusDays(1),
                                ExitCategory.EMPLOI_DURABLE,
                                null),
                        // not in this caseload
                        new FollowUp(
                                UUID.randomUUID(),
                                someoneElse,
                                UUID.randomUUID(),
                                TODAY.minusDays(1),
                                null,
                                null,
                                null)),
                List.of(
                        new Exit(karimExit, karim, TODAY.minusMonths(6), ExitCategory.EMPLOI_TRANSITION, null, null),
                        new Exit(linaExit, lina, TODAY.minusMonths(6), ExitCategory.EMPLOI_DURABLE, null, null),
                        // Nora's exits have no follow-up record: the latest is followed up six months after it
                        new Exit(UUID.randomUUID(), nora, TODAY.minusMonths(14), ExitCategory.AUTRE_SORTIE, null, null),
                        new Exit(UUID.randomUUID(), nora, TODAY.minusMonths(7), ExitCategory.AUTRE_SORTIE, null, null)),
                List.of(
                        training(caces, samia, "CACES R489", TODAY.plusDays(1), TrainingStatus.PREVUE),
                        training(UUID.randomUUID(), someoneElse, "SST", TODAY, TrainingStatus.PREVUE)));

        AgendaModel.Agenda agenda = AgendaModel.of(source, TODAY, PARIS);

        assertThat(agenda.late())
                .containsExactly(
                        new Entry(Kind.FOLLOW_UP, TODAY.minusMonths(1), null, nora, "Nora C.", null, null),
                        new Entry(Kind.FOLLOW_UP, TODAY.minusDays(10), null, karim, "Karim A.", null, karimFollowUp));
        assertThat(agenda.days()).extracting(AgendaModel.Day::date).containsExactly(TODAY, TODAY.plusDays(1));
        assertThat(agenda.days().get(0).entries())
                .containsExactly(new Entry(Kind.APPOINTMENT, TODAY, at(TODAY, 14), lina, "Lina M.", null, null));
        assertThat(agenda.days().get(1).entries())
                .containsExactly(
                        new Entry(Kind.FOLLOW_UP, TODAY.plusDays(1), null, thomas, "Thomas L.", null, thomasFollowUp),
                        new Entry(Kind.TRAINING, TODAY.plusDays(1), null, samia, "Samia B.", "CACES R489", caces),
                        new Entry(
                                Kind.APPOINTMENT,
                                TODAY.plusDays(1),
                                at(TODAY.plusDays(1), 10),
                                samia,
                                "Samia B.",
                                null,
                                null));
    }

    @Test
    void anAppointmentsDayIsTheCounsellorsDayNotUtcs() {
        // 23:30 in Paris on the 7th is the 7th, though it is 22:30 UTC; 00:30 on the 8th is the 8th
        Instant late = TODAY.atTime(23, 30).atZone(PARIS).toInstant();
        Instant early = TODAY.plusDays(1).atTime(0, 30).atZone(PARIS).toInstant();
        FakeSource source = new FakeSource(
                List.of(row(samia, "Samia B.", early, false), row(thomas, "Thomas L.", late, false)),
                List.of(),
                List.of(),
                List.of());
        AgendaModel.Agenda agenda = AgendaModel.of(source, TODAY, PARIS);
        assertThat(agenda.late()).isEmpty();
        assertThat(agenda.days()).extracting(AgendaModel.Day::date).containsExactly(TODAY, TODAY.plusDays(1));
        assertThat(AgendaModel.of(source, TODAY.plusDays(1), PARIS).days())
                .singleElement()
                .satisfies(d ->
                        assertThat(d.entries()).extracting(Entry::personName).containsExactly("Samia B."));
    }

    @Test
    void theStoreGivesTheAgendaTheOpenFollowUpsAndTheTrainingsThatStartFromToday() {
        Clock clock = Clock.fixed(at(TODAY, 9), ZoneOffset.UTC);
        try (LocalStore store =
                new Profiles(dir, clock, 1000).create("Alex", Role.COUNSELLOR, "123456".toCharArray())) {
            for (UUID who : List.of(samia, karim)) {
                store.beneficiaries()
                        .save(new Beneficiary(
                                who,
                                who.equals(samia) ? "Samia B." : "Karim A.",
                                null,
                                TODAY.minusYears(1),
                                null,
                                null,
                                List.of(),
                                null,
                                null));
            }
            UUID exit = UUID.randomUUID();
            store.exits().save(new Exit(exit, karim, TODAY.minusMonths(7), ExitCategory.EMPLOI_TRANSITION, null, null));
            UUID followUp = UUID.randomUUID();
            store.followUps().save(new FollowUp(followUp, karim, exit, TODAY.minusMonths(1), null, null, null));
            UUID starts = UUID.randomUUID();
            store.trainings().save(training(starts, samia, "CACES R489", TODAY.plusWeeks(2), TrainingStatus.PREVUE));
            store.trainings()
                    .save(training(UUID.randomUUID(), samia, "SST", TODAY.plusWeeks(3), TrainingStatus.ABANDONNEE));
            store.trainings()
                    .save(training(UUID.randomUUID(), samia, "Code", TODAY.minusWeeks(3), TrainingStatus.EN_COURS));

            AgendaModel.Agenda agenda = AgendaModel.of(AgendaModel.Source.of(store), TODAY, PARIS);

            assertThat(agenda.late())
                    .containsExactly(
                            new Entry(Kind.FOLLOW_UP, TODAY.minusMonths(1), null, karim, "Karim A.", null, followUp));
            assertThat(agenda.days())
                    .singleElement()
                    .satisfies(d -> assertThat(d.entries())
                            .containsExactly(new Entry(
                                    Kind.TRAINING, TODAY.plusWeeks(2), null, samia, "Samia B.", "CACES R489", starts)));

            // once done, the follow-up leaves the agenda
            store.followUps()
                    .save(new FollowUp(
                            followUp, karim, exit, TODAY.minusMonths(1), TODAY, ExitCategory.EMPLOI_DURABLE, null));
            assertThat(AgendaModel.of(AgendaModel.Source.of(store), TODAY, PARIS)
                            .late())
                    .isEmpty();
        }
    }
}
