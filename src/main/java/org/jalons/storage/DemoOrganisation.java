package org.jalons.storage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.MyCounsellor;
import org.jalons.domain.Note;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.domain.WorkObservation;
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
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.protocol.Vocabulary.WorkSkill;

/**
 * A fictitious insertion structure to try Jalons with: one counsellor and three people followed, with goals,
 * trainings, barriers, interviews and confidence check-ins spread over the past months. Ids are fixed so
 * screenshots and tests can name them; dates follow today so the demo always looks current.
 */
public final class DemoOrganisation {
    public static final UUID COUNSELLOR = id("counsellor");
    public static final UUID SUPERVISOR = id("supervisor");
    /** Karim, the demo's work supervisor: the market-garden and ressourcerie teams (the third voice). */
    public static final UUID WORK_SUPERVISOR = id("work-supervisor");

    public static final String WORK_SUPERVISOR_NAME = "Karim D.";
    public static final UUID SAMIA = id("samia");
    public static final UUID THOMAS = id("thomas");
    public static final UUID AMINATA = id("aminata");
    public static final String COUNSELLOR_NAME = "Camille Martin";

    /**
     * How Camille is shown to the people she supports: her settings and the person's home show it. The work phone is
     * in the range kept for fiction (06 39 98), like the people's.
     */
    public static final CounsellorProfile COUNSELLOR_PROFILE =
            new CounsellorProfile("Camille", CounsellorProfile.FEMININE, "06 39 98 00 00");

    private DemoOrganisation() {}

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("jalons-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    public static LocalProfile profileFor(Role role) {
        return switch (role) {
            case BENEFICIARY -> new LocalProfile(id("user-samia"), "Samia B.", Role.BENEFICIARY, SAMIA);
            case SUPERVISOR, ADMIN -> new LocalProfile(SUPERVISOR, "Direction (démo)", role, null);
            case COUNSELLOR -> new LocalProfile(COUNSELLOR, COUNSELLOR_NAME, Role.COUNSELLOR, null);
            case WORK_SUPERVISOR -> new LocalProfile(WORK_SUPERVISOR, WORK_SUPERVISOR_NAME, role, null);
        };
    }

    /** Whether {@code profile} is one of the demo's (the demo opens with a published passphrase, never syncs). */
    public static boolean isDemo(LocalProfile profile) {
        return profile != null && profileFor(profile.role()).userId().equals(profile.userId());
    }

    /**
     * Fills an empty demo store, in one transaction. The records are the demo's starting point, not changes typed
     * on this phone: nothing of it waits to be sent (a demo is never paired).
     */
    public static void load(LocalStore store, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        store.inOneTransaction(() -> {
            samia(store, today);
            thomas(store, today);
            aminata(store, today);
            atWork(store, today);
            counsellorProfiles(store);
            forgetOutbox(store);
        });
    }

    /**
     * A demo store made by an earlier version lacks the counsellor's profile and holds its seed records in the
     * outbox: both are put right once (whatever else waits in that outbox was typed in the demo and is never sent).
     */
    public static void update(LocalStore store) {
        if (store.counsellorProfiles().own().isEmpty()) {
            store.inOneTransaction(() -> {
                counsellorProfiles(store);
                forgetOutbox(store);
            });
        }
    }

    /** Camille's own profile (as saved and sent) and, for Samia, Camille as her counsellor. */
    private static void counsellorProfiles(LocalStore s) {
        CounsellorProfiles profiles = s.counsellorProfiles();
        profiles.saveOwn(COUNSELLOR_PROFILE);
        profiles.unsent().ifPresent(u -> profiles.markSent(u.revision()));
        profiles.replaceMine(List.of(new MyCounsellor(COUNSELLOR, COUNSELLOR_PROFILE)));
    }

    private static void forgetOutbox(LocalStore s) {
        s.database().inTransaction(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("DELETE FROM OUTBOX")) {
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Karim's two teams at work, and what he observed: Samia in the market-garden team (three observations, she
     * answered the last one), Thomas in the ressourcerie's.
     */
    private static void atWork(LocalStore s, LocalDate today) {
        inTeam(s, SAMIA, "Équipe maraîchage");
        inTeam(s, THOMAS, "Équipe ressourcerie");
        observed(
                s,
                SAMIA,
                today.minusDays(41),
                "Équipe maraîchage",
                List.of(Term.of(WorkSkill.PONCTUALITE), Term.of(WorkSkill.CONSIGNES)),
                5,
                "Arrive à l’heure. Oublie parfois l’ordre des tâches du matin.",
                null,
                null);
        observed(
                s,
                SAMIA,
                today.minusDays(20),
                "Équipe maraîchage",
                List.of(Term.of(WorkSkill.TRAVAIL_EQUIPE), Term.of(WorkSkill.GESTES_METIER)),
                6,
                "Aide les nouveaux sur les semis. Gestes plus sûrs au repiquage.",
                null,
                null);
        observed(
                s,
                SAMIA,
                today.minusDays(6),
                "Équipe maraîchage",
                List.of(Term.of(WorkSkill.AUTONOMIE), Term.of(WorkSkill.SOIN_MATERIEL), Term.custom("Récolte")),
                7,
                "Organise seule la récolte du jeudi. Range les outils sans qu’on le demande.",
                "Merci. J’aimerais apprendre à conduire le motoculteur.",
                today.minusDays(5).atTime(18, 10).toInstant(ZoneOffset.UTC));
        observed(
                s,
                THOMAS,
                today.minusDays(12),
                "Équipe ressourcerie",
                List.of(Term.of(WorkSkill.QUALITE_TRAVAIL), Term.of(WorkSkill.RYTHME)),
                6,
                "Tri soigné au dépôt. Le rythme baisse l’après-midi.",
                null,
                null);
    }

    private static void inTeam(LocalStore s, UUID person, String team) {
        s.beneficiaries().save(s.beneficiaries().find(person).orElseThrow().withWorkTeam(team));
    }

    private static void observed(
            LocalStore s,
            UUID person,
            LocalDate day,
            String team,
            List<Term<WorkSkill>> skills,
            int rating,
            String comment,
            String answer,
            java.time.Instant answeredAt) {
        s.workObservations()
                .save(new WorkObservation(
                        id(String.join("-", "observation", person.toString(), day.toString())),
                        person,
                        day,
                        team,
                        skills,
                        rating,
                        comment,
                        WORK_SUPERVISOR_NAME,
                        answer,
                        answeredAt));
    }

    private static void samia(LocalStore s, LocalDate today) {
        LocalDate entry = today.minusMonths(8).withDayOfMonth(3);
        s.beneficiaries()
                .save(new Beneficiary(
                        SAMIA,
                        "Samia B.",
                        null,
                        entry,
                        Term.of(ContractType.CDDI),
                        COUNSELLOR,
                        List.of(Term.of(Eligibility.RSA), Term.of(Eligibility.RESIDENT_QPV_ZRR)),
                        EducationLevel.INFRA_3,
                        "Atelier maraîchage"));
        consents(
                s,
                SAMIA,
                entry,
                ConsentCategory.IDENTITY_CONTACT,
                ConsentCategory.ANONYMOUS_STATISTICS,
                ConsentCategory.HEALTH);
        // Phone and address once she agreed to them (IDENTITY_CONTACT); the number is in a range kept for fiction.
        contactDetails(s, SAMIA, "06 39 98 12 34", "12 rue des Acacias\n59000 Lille");
        barrier(s, SAMIA, BarrierArea.MOBILITE, BarrierStatus.BESOIN, "Pas de permis, bus rare le matin.");
        barrier(s, SAMIA, BarrierArea.FRANCAIS, BarrierStatus.POINT_APPUI, "À l’aise à l’oral, écrit en progrès.");
        barrier(s, SAMIA, BarrierArea.FAMILLE, BarrierStatus.BESOIN, "Deux enfants, garde à trouver le mercredi.");
        barrier(s, SAMIA, BarrierArea.SANTE, BarrierStatus.NON_EXPLORE, null);
        UUID permis = goal(
                s,
                SAMIA,
                "samia-permis",
                GoalTheme.MOBILITE,
                "Je me sens capable de passer le permis B",
                ProposedBy.BENEFICIARY,
                GoalStatus.EN_COURS,
                entry.plusMonths(1),
                today.plusMonths(4),
                null);
        step(s, SAMIA, permis, "S’inscrire au code en ligne", StepStatus.REALISEE, entry.plusMonths(2));
        step(s, SAMIA, permis, "Demander l’aide au permis", StepStatus.EN_COURS, today.plusWeeks(2));
        step(s, SAMIA, permis, "Premières heures de conduite", StepStatus.A_FAIRE, today.plusMonths(2));
        UUID ecrit = goal(
                s,
                SAMIA,
                "samia-ecrit",
                GoalTheme.FRANCAIS,
                "Je me sens capable d’écrire un courriel à un employeur",
                ProposedBy.JOINT,
                GoalStatus.ATTEINT,
                entry.plusWeeks(2),
                entry.plusMonths(5),
                entry.plusMonths(5));
        s.trainings()
                .save(new Training(
                                id("samia-clea"),
                                SAMIA,
                                ecrit,
                                "CléA — socle de compétences",
                                "GRETA Sud",
                                TrainingKind.CERTIFYING,
                                Term.of(Certification.CLEA),
                                null,
                                120.0,
                                120.0,
                                entry.plusMonths(1),
                                entry.plusMonths(4),
                                TrainingStatus.CERTIFIEE)
                        .withDeclaredBy(Rater.COUNSELLOR));
        s.trainings()
                .save(new Training(
                                id("samia-code"),
                                SAMIA,
                                permis,
                                "Code de la route",
                                "Auto-école solidaire",
                                TrainingKind.PRE_QUALIFYING,
                                Term.of(Certification.PERMIS_B),
                                null,
                                30.0,
                                12.0,
                                today.minusMonths(2),
                                today.plusMonths(1),
                                TrainingStatus.EN_COURS)
                        .withDeclaredBy(Rater.COUNSELLOR));
        ratings(s, SAMIA, permis, entry.plusMonths(1), new int[] {3, 4, 4, 5, 6, 6, 7}, new int[] {4, 4, 5, 5, 6, 7, 7
        });
        ratings(s, SAMIA, ecrit, entry.plusWeeks(3), new int[] {2, 3, 5, 6, 8}, new int[] {3, 4, 5, 7, 8});
        interviews(
                s,
                SAMIA,
                entry,
                today,
                InterviewPlace.DOMICILE,
                "Samia parle avec plus d’assurance de son projet. Elle a trouvé une voisine pour le mercredi.");
        questionnaire(s, SAMIA, entry.plusWeeks(1), 2);
        questionnaire(s, SAMIA, today.minusWeeks(2), 3);
        s.notes()
                .save(new Note(
                        id("samia-note"),
                        SAMIA,
                        "J’ai eu 32/40 au test de code blanc\u00a0!",
                        instant(today.minusDays(5)),
                        Rater.BENEFICIARY));
    }

    private static void contactDetails(LocalStore s, UUID who, String phone, String address) {
        s.beneficiaries().save(s.beneficiaries().find(who).orElseThrow().withPhoneAndAddress(phone, address));
    }

    private static void thomas(LocalStore s, LocalDate today) {
        LocalDate entry = today.minusMonths(5).withDayOfMonth(12);
        s.beneficiaries()
                .save(new Beneficiary(
                        THOMAS,
                        "Thomas L.",
                        null,
                        entry,
                        Term.of(ContractType.CDDI),
                        COUNSELLOR,
                        List.of(Term.of(Eligibility.DETLD), Term.of(Eligibility.SENIOR)),
                        EducationLevel.LEVEL_3,
                        "Ressourcerie"));
        consents(s, THOMAS, entry, ConsentCategory.IDENTITY_CONTACT, ConsentCategory.ANONYMOUS_STATISTICS);
        contactDetails(s, THOMAS, "+33 6 39 98 56 78", null);
        barrier(s, THOMAS, BarrierArea.NUMERIQUE, BarrierStatus.BESOIN, "N’a pas d’adresse électronique.");
        barrier(s, THOMAS, BarrierArea.LOGEMENT, BarrierStatus.POINT_APPUI, null);
        barrier(s, THOMAS, BarrierArea.ADMINISTRATIF, BarrierStatus.BESOIN, "Dossier retraite à reconstituer.");
        UUID caces = goal(
                s,
                THOMAS,
                "thomas-caces",
                GoalTheme.SE_FORMER,
                "Je me sens capable d’obtenir le CACES chariot élévateur",
                ProposedBy.COUNSELLOR,
                GoalStatus.EN_COURS,
                entry.plusWeeks(3),
                today.minusWeeks(1),
                null);
        UUID numerique = goal(
                s,
                THOMAS,
                "thomas-numerique",
                GoalTheme.NUMERIQUE,
                "Je me sens capable de consulter mes courriels seul",
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                entry.plusMonths(1),
                today.plusMonths(3),
                null);
        step(s, THOMAS, numerique, "Créer une adresse électronique", StepStatus.REALISEE, entry.plusMonths(2));
        s.trainings()
                .save(new Training(
                                id("thomas-caces-training"),
                                THOMAS,
                                caces,
                                "CACES R489 cat. 3",
                                "AFPA",
                                TrainingKind.CERTIFYING,
                                Term.of(Certification.CACES),
                                null,
                                35.0,
                                0.0,
                                today.plusWeeks(3),
                                today.plusWeeks(4),
                                TrainingStatus.PREVUE)
                        .withDeclaredBy(Rater.COUNSELLOR));
        s.trainings()
                .save(new Training(
                                id("thomas-pix"),
                                THOMAS,
                                numerique,
                                "Ateliers numériques",
                                "Centre social",
                                TrainingKind.IN_HOUSE,
                                Term.of(Certification.PIX),
                                null,
                                20.0,
                                8.0,
                                entry.plusMonths(2),
                                null,
                                TrainingStatus.EN_COURS)
                        .withDeclaredBy(Rater.COUNSELLOR));
        ratings(s, THOMAS, caces, entry.plusMonths(1), new int[] {6, 5, 4, 4}, new int[] {5, 5, 5, 6});
        ratings(s, THOMAS, numerique, entry.plusMonths(1), new int[] {1, 2, 2, 3}, new int[] {2, 2, 3, 4});
        interviews(
                s,
                THOMAS,
                entry,
                today.minusWeeks(5),
                InterviewPlace.STRUCTURE,
                "Thomas doute de réussir le CACES\u00a0; il dit que «\u00a0l’écrit, ce n’est pas pour lui\u00a0».");
    }

    private static void aminata(LocalStore s, LocalDate today) {
        LocalDate entry = today.minusMonths(11).withDayOfMonth(20);
        s.beneficiaries()
                .save(new Beneficiary(
                        AMINATA,
                        "Aminata D.",
                        null,
                        entry,
                        Term.of(ContractType.MISSION_INTERIM),
                        COUNSELLOR,
                        List.of(Term.of(Eligibility.REFUGIE_BPI), Term.custom("Orientée par la Mission locale")),
                        EducationLevel.LEVEL_4,
                        "ETTI Interim’Action"));
        consents(
                s,
                AMINATA,
                entry,
                ConsentCategory.IDENTITY_CONTACT,
                ConsentCategory.ANONYMOUS_STATISTICS,
                ConsentCategory.NOTES_SHARED_SUPERVISOR,
                ConsentCategory.RECIT_PARCOURS);
        barrier(s, AMINATA, BarrierArea.FRANCAIS, BarrierStatus.POINT_APPUI, "DELF B1 obtenu.");
        barrier(s, AMINATA, BarrierArea.MOBILITE, BarrierStatus.POINT_APPUI, "Vélo et abonnement de bus.");
        barrier(s, AMINATA, BarrierArea.DISPONIBILITE, BarrierStatus.POINT_APPUI, null);
        UUID aide = goal(
                s,
                AMINATA,
                "aminata-aide-soignante",
                GoalTheme.CHOISIR_METIER,
                "Je me sens capable de devenir aide-soignante",
                ProposedBy.BENEFICIARY,
                GoalStatus.EN_COURS,
                entry.plusMonths(1),
                today.plusMonths(6),
                null);
        step(s, AMINATA, aide, "Immersion en EHPAD (PMSMP)", StepStatus.REALISEE, entry.plusMonths(4));
        step(s, AMINATA, aide, "Dossier d’entrée en formation", StepStatus.EN_COURS, today.plusMonths(1));
        s.trainings()
                .save(new Training(
                                id("aminata-pmsmp"),
                                AMINATA,
                                aide,
                                "Immersion EHPAD Les Tilleuls",
                                "EHPAD Les Tilleuls",
                                TrainingKind.PMSMP,
                                Term.of(Certification.NONE),
                                null,
                                70.0,
                                70.0,
                                entry.plusMonths(3),
                                entry.plusMonths(4),
                                TrainingStatus.SUIVIE)
                        .withDeclaredBy(Rater.COUNSELLOR));
        s.trainings()
                .save(new Training(
                                id("aminata-delf"),
                                AMINATA,
                                null,
                                "DELF B1",
                                "Alliance française",
                                TrainingKind.CERTIFYING,
                                Term.of(Certification.DELF_DILF),
                                null,
                                80.0,
                                80.0,
                                entry,
                                entry.plusMonths(3),
                                TrainingStatus.CERTIFIEE)
                        .withDeclaredBy(Rater.COUNSELLOR));
        s.trainings()
                .save(new Training(
                                id("aminata-sst"),
                                AMINATA,
                                aide,
                                "Sauveteur secouriste du travail",
                                "Croix-Rouge",
                                TrainingKind.CERTIFYING,
                                Term.of(Certification.SST),
                                null,
                                14.0,
                                14.0,
                                entry.plusMonths(6),
                                entry.plusMonths(6),
                                TrainingStatus.CERTIFIEE)
                        .withDeclaredBy(Rater.COUNSELLOR));
        ratings(s, AMINATA, aide, entry.plusMonths(1), new int[] {5, 6, 6, 7, 8, 8, 9, 8, 9}, new int[] {
            5, 5, 6, 7, 7, 8, 8, 8, 9
        });
        interviews(
                s,
                AMINATA,
                entry,
                today.minusWeeks(1),
                InterviewPlace.TELEPHONE,
                "Aminata a obtenu son SST et prépare son dossier d’entrée en formation d’aide-soignante.");
        questionnaire(s, AMINATA, entry.plusWeeks(2), 3);
        questionnaire(s, AMINATA, today.minusMonths(1), 4);
    }

    private static void consents(LocalStore s, UUID who, LocalDate on, ConsentCategory... granted) {
        for (ConsentCategory category : granted) {
            s.consents()
                    .save(new Consent(
                            id(who + "-consent-" + category), who, category, true, instant(on), COUNSELLOR_NAME));
        }
    }

    private static void barrier(LocalStore s, UUID who, BarrierArea area, BarrierStatus status, String note) {
        s.barriers().save(new Barrier(id(who + "-barrier-" + area), who, Term.of(area), status, note));
    }

    private static UUID goal(
            LocalStore s,
            UUID who,
            String key,
            GoalTheme theme,
            String phrasing,
            ProposedBy by,
            GoalStatus status,
            LocalDate opened,
            LocalDate target,
            LocalDate closed) {
        UUID goalId = id(key);
        s.goals().save(new Goal(goalId, who, Term.of(theme), phrasing, by, status, target, opened, closed));
        return goalId;
    }

    private static void step(LocalStore s, UUID who, UUID goal, String label, StepStatus status, LocalDate due) {
        s.goalSteps()
                .save(new GoalStep(
                        id(goal + label), who, goal, label, status, due, status == StepStatus.REALISEE ? due : null));
    }

    /** Monthly co-evaluation: the person's and the counsellor's ratings, kept apart. */
    private static void ratings(LocalStore s, UUID who, UUID goal, LocalDate from, int[] self, int[] counsellor) {
        for (int i = 0; i < self.length; i++) {
            Instant at = instant(from.plusMonths(i));
            s.checkIns()
                    .save(new CheckIn(
                            id(goal + "-self-" + i),
                            who,
                            goal,
                            Rater.BENEFICIARY,
                            self[i],
                            i == self.length - 1 ? "Je progresse, même si c’est lent." : null,
                            at));
            s.checkIns()
                    .save(new CheckIn(
                            id(goal + "-cip-" + i),
                            who,
                            goal,
                            Rater.COUNSELLOR,
                            counsellor[i],
                            null,
                            at.plus(5, ChronoUnit.MINUTES)));
        }
    }

    private static void interviews(
            LocalStore s, UUID who, LocalDate from, LocalDate last, InterviewPlace place, String latestNotes) {
        int n = 0;
        for (LocalDate d = from.plusDays(2); !d.isAfter(last); d = d.plusMonths(1)) {
            boolean latest = d.plusMonths(1).isAfter(last);
            s.interviews()
                    .save(new Interview(
                            id(who + "-interview-" + n++),
                            who,
                            d,
                            place,
                            "Camille Martin",
                            latest ? latestNotes : "Point mensuel sur les objectifs et les démarches.",
                            latest ? "Prochain point dans un mois." : null,
                            latest ? instant(d.plusMonths(1)).plus(10, ChronoUnit.HOURS) : null));
        }
    }

    private static void questionnaire(LocalStore s, UUID who, LocalDate on, int level) {
        java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("PA" + i, Math.max(1, Math.min(4, level + (i % 3 == 0 ? -1 : 0))));
        }
        s.questionnaireResponses()
                .save(new QuestionnaireResponse(id(who + "-q-" + on), who, "pouvoir-agir", 1, answers, instant(on)));
    }

    private static Instant instant(LocalDate date) {
        return date.atTime(9, 30).toInstant(ZoneOffset.UTC);
    }
}
