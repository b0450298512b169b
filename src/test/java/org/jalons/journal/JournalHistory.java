package org.jalons.journal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;

/**
 * A person's long history, written to a store: ten goals, then records of every dated kind in turn (an interview, a
 * check-in of each voice, a note of the person, a step done, a training), spread evenly over {@code years} years
 * before {@code today}, so that the journal holds about {@code records} entries (each goal adds its own).
 */
public final class JournalHistory {
    public static final int GOALS = 10;

    private JournalHistory() {}

    public static UUID person(LocalStore store, String name, LocalDate entry) {
        UUID id = JalonsRecord.newId();
        store.beneficiaries()
                .save(new Beneficiary(
                        id,
                        name,
                        null,
                        entry,
                        Term.of(ContractType.CDDI),
                        store.profile().userId(),
                        List.of(),
                        EducationLevel.INFRA_3,
                        "Atelier"));
        return id;
    }

    /** Writes the history in one transaction; returns the goals' ids, oldest first. */
    public static List<UUID> fill(LocalStore store, UUID who, LocalDate today, int years, int records) {
        LocalDate start = today.minusYears(years);
        long days = start.until(today, java.time.temporal.ChronoUnit.DAYS);
        List<UUID> goals = new ArrayList<>();
        // Themes that need no consent (health's does): the history is about the journal, not about consents.
        List<GoalTheme> themes = java.util.Arrays.stream(GoalTheme.values())
                .filter(t -> t.sensitiveCategory() == null)
                .toList();
        store.inOneTransaction(() -> {
            for (int g = 0; g < GOALS; g++) {
                UUID id = JalonsRecord.newId();
                goals.add(id);
                LocalDate opened = start.plusDays(days * g / (GOALS * 2));
                store.goals()
                        .save(new Goal(
                                id,
                                who,
                                Term.of(themes.get(g % themes.size())),
                                "Je me sens capable d’avancer, objectif " + (g + 1),
                                ProposedBy.JOINT,
                                GoalStatus.EN_COURS,
                                null,
                                opened,
                                null));
            }
            int rest = records - GOALS;
            for (int i = 0; i < rest; i++) {
                LocalDate day = start.plusDays(days * i / rest + 1);
                UUID goal = goals.get(i % GOALS);
                var at = day.atTime(9 + i % 8, i % 60).toInstant(ZoneOffset.UTC);
                switch (i % 6) {
                    case 0 ->
                        store.interviews()
                                .save(new Interview(
                                        JalonsRecord.newId(),
                                        who,
                                        day,
                                        InterviewPlace.DOMICILE,
                                        "La personne et sa conseillère",
                                        "Entretien " + i + " : elle raconte sa semaine, le bus du matin, le chantier.\n"
                                                + "Elle se sent plus sûre d’elle.",
                                        "Prochaine étape : le code.",
                                        null));
                    case 1 ->
                        store.checkIns()
                                .save(new CheckIn(
                                        JalonsRecord.newId(),
                                        who,
                                        goal,
                                        Rater.BENEFICIARY,
                                        i % 11,
                                        "Mon avis " + i,
                                        at));
                    case 2 ->
                        store.checkIns()
                                .save(new CheckIn(
                                        JalonsRecord.newId(),
                                        who,
                                        goal,
                                        Rater.COUNSELLOR,
                                        (i + 3) % 11,
                                        "Vu par moi " + i,
                                        at));
                    case 3 ->
                        store.notes().save(new Note(JalonsRecord.newId(), who, "Ma note " + i, at, Rater.BENEFICIARY));
                    case 4 ->
                        store.goalSteps()
                                .save(new GoalStep(
                                        JalonsRecord.newId(), who, goal, "Étape " + i, StepStatus.REALISEE, day, day));
                    default ->
                        store.trainings()
                                .save(new Training(
                                        JalonsRecord.newId(),
                                        who,
                                        goal,
                                        "Formation " + i,
                                        "Organisme",
                                        TrainingKind.QUALIFYING,
                                        Term.of(org.jalons.protocol.Vocabulary.Certification.NONE),
                                        null,
                                        35.0,
                                        0.0,
                                        day,
                                        null,
                                        TrainingStatus.EN_COURS));
                }
            }
        });
        return goals;
    }
}
