package org.jalons.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;

/**
 * Fills a store with a large caseload for load tests and the benchmark: each person with goals, steps, trainings,
 * barriers, consents, a monthly interview and co-rating, and a questionnaire every quarter, over {@code months}.
 * One transaction per person, through the repositories (so the outbox fills as it would on a device).
 */
public final class CaseloadGenerator {
    private static final String[] FIRST = {
        "Samia", "Thomas", "Aminata", "Karim", "Léa", "Yusuf", "Inès", "Marc", "Fatou", "Julien", "Nadia", "Éric",
        "Chloé", "Mamadou", "Sofia", "Hugo", "Awa", "Lucas", "Zoé", "Bilal"
    };

    private CaseloadGenerator() {}

    public static void generate(LocalStore s, int people, int months, LocalDate today, UUID counsellor) {
        Random random = new Random(42);
        for (int p = 0; p < people; p++) {
            int person = p;
            s.database().inTransaction(c -> {
                person(c, s, person, months, today, counsellor, random);
                return null;
            });
        }
    }

    private static void person(
            java.sql.Connection c, LocalStore s, int p, int months, LocalDate today, UUID counsellor, Random r)
            throws java.sql.SQLException {
        UUID id = UUID.randomUUID();
        LocalDate entry = today.minusMonths(months).plusDays(r.nextInt(20));
        s.beneficiaries()
                .save(
                        c,
                        new Beneficiary(
                                id,
                                FIRST[p % FIRST.length] + " " + (char) ('A' + p % 26) + ". " + p,
                                null,
                                entry,
                                Term.of(ContractType.CDDI),
                                counsellor,
                                List.of(Term.of(Eligibility.RSA)),
                                EducationLevel.LEVEL_3,
                                "Site " + (p % 4)));
        for (ConsentCategory cc : List.of(
                ConsentCategory.IDENTITY_CONTACT, ConsentCategory.ANONYMOUS_STATISTICS, ConsentCategory.HEALTH)) {
            s.consents().save(c, new Consent(UUID.randomUUID(), id, cc, true, at(entry), "Camille Martin"));
        }
        for (BarrierArea a :
                List.of(BarrierArea.MOBILITE, BarrierArea.LOGEMENT, BarrierArea.NUMERIQUE, BarrierArea.SANTE)) {
            s.barriers()
                    .save(
                            c,
                            new Barrier(UUID.randomUUID(), id, Term.of(a), BarrierStatus.values()[r.nextInt(3)], null));
        }
        GoalTheme[] themes = {GoalTheme.MOBILITE, GoalTheme.SE_FORMER, GoalTheme.TROUVER_EMPLOI};
        for (int g = 0; g < themes.length; g++) {
            UUID goal = UUID.randomUUID();
            LocalDate target = g == 0 && p % 5 == 0 ? today.minusWeeks(2) : today.plusMonths(2 + g);
            s.goals()
                    .save(
                            c,
                            new Goal(
                                    goal,
                                    id,
                                    Term.of(themes[g]),
                                    "Je me sens capable d'avancer, objectif " + g,
                                    ProposedBy.JOINT,
                                    GoalStatus.EN_COURS,
                                    target,
                                    entry,
                                    null));
            for (int k = 0; k < 2; k++) {
                s.goalSteps()
                        .save(
                                c,
                                new GoalStep(
                                        UUID.randomUUID(),
                                        id,
                                        goal,
                                        "Étape " + k,
                                        k == 0 ? StepStatus.REALISEE : StepStatus.EN_COURS,
                                        today.plusWeeks(k)));
            }
            int self = 3 + r.nextInt(3);
            for (int m = 0; m < months; m++) {
                Instant when = at(entry.plusMonths(m)).plusSeconds(g * 60L);
                self = Math.max(0, Math.min(10, self + r.nextInt(3) - 1));
                s.checkIns().save(c, new CheckIn(UUID.randomUUID(), id, goal, Rater.BENEFICIARY, self, null, when));
                s.checkIns()
                        .save(
                                c,
                                new CheckIn(
                                        UUID.randomUUID(),
                                        id,
                                        goal,
                                        Rater.COUNSELLOR,
                                        Math.max(0, Math.min(10, self + r.nextInt(3) - 1)),
                                        null,
                                        when.plusSeconds(30)));
            }
            if (g < 2) {
                s.trainings()
                        .save(
                                c,
                                new Training(
                                        UUID.randomUUID(),
                                        id,
                                        goal,
                                        "Formation " + g,
                                        "GRETA",
                                        TrainingKind.CERTIFYING,
                                        Term.of(Certification.CLEA),
                                        null,
                                        100.0,
                                        40.0,
                                        entry.plusMonths(1),
                                        entry.plusMonths(4),
                                        TrainingStatus.EN_COURS));
            }
        }
        int quiet = p % 7 == 0 ? 2 : 0;
        for (int m = 0; m < months - quiet; m++) {
            LocalDate d = entry.plusMonths(m).plusDays(1);
            boolean last = m == months - quiet - 1;
            Instant next = last ? at(today.plusDays(1 + p % 20)) : null;
            s.interviews()
                    .save(
                            c,
                            new Interview(
                                    UUID.randomUUID(),
                                    id,
                                    d,
                                    InterviewPlace.STRUCTURE,
                                    "Camille Martin",
                                    "Point mensuel " + m + " : démarches, objectifs, freins.",
                                    null,
                                    next));
        }
        for (int q = 0; q < months; q += 3) {
            Map<String, Integer> answers = new TreeMap<>();
            for (int i = 1; i <= 9; i++) {
                answers.put("PA" + i, 1 + r.nextInt(4));
            }
            s.questionnaireResponses()
                    .save(
                            c,
                            new QuestionnaireResponse(
                                    UUID.randomUUID(), id, "pouvoir-agir", 1, answers, at(entry.plusMonths(q))));
        }
    }

    private static Instant at(LocalDate d) {
        return d.atTime(9, 30).toInstant(ZoneOffset.UTC);
    }
}
