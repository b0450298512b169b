package org.jalons.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.Vocabulary;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.ConflictStatus;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordRulesTest {
    static final UUID B = UUID.randomUUID();
    static final UUID ID = UUID.randomUUID();
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

    static List<String> broken(JalonsRecord r) {
        return r.violations().stream().map(v -> v.field() + ":" + v.key()).toList();
    }

    static CheckIn checkIn(int rating) {
        return new CheckIn(ID, B, UUID.randomUUID(), Rater.BENEFICIARY, rating, null, AT);
    }

    static Training training(
            Certification certification, Integer level, Double planned, Double done, LocalDate start, LocalDate end) {
        return new Training(
                ID,
                B,
                null,
                "CACES R489",
                null,
                TrainingKind.CERTIFYING,
                Term.of(certification),
                level,
                planned,
                done,
                start,
                end,
                TrainingStatus.PREVUE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 10})
    void aRatingFromZeroToTenIsAccepted(int rating) {
        assertThat(checkIn(rating).violations()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 100, Integer.MIN_VALUE})
    void aRatingOutsideZeroToTenIsRefused(int rating) {
        assertThat(checkIn(rating).violations()).containsExactly(new Violation("rating", "outOfRange", 0.0, 10.0));
    }

    @Test
    void aCheckInNeedsItsGoalRaterAndTime() {
        assertThat(broken(new CheckIn(ID, null, null, null, 5, "x".repeat(2001), null)))
                .containsExactly(
                        "beneficiaryId:required",
                        "goalId:required",
                        "rater:required",
                        "comment:tooLong",
                        "ratedAt:required");
    }

    @Test
    void hoursMustBeBetweenZeroAndTenThousand() {
        assertThat(training(Certification.NONE, null, 0.0, 10_000.0, null, null).violations())
                .isEmpty();
        assertThat(broken(training(Certification.NONE, null, -1.0, 10_000.5, null, null)))
                .containsExactly("plannedHours:negative", "plannedHours:outOfRange", "doneHours:outOfRange");
        assertThat(broken(training(Certification.NONE, null, Double.NaN, Double.POSITIVE_INFINITY, null, null)))
                .contains("plannedHours:negative", "doneHours:outOfRange");
    }

    @Test
    void anRncpLevelGoesOnlyWithAnRncpTitleAndFromThreeToEight() {
        assertThat(training(Certification.RNCP, 3, null, null, null, null).violations())
                .isEmpty();
        assertThat(training(Certification.RNCP, 8, null, null, null, null).violations())
                .isEmpty();
        assertThat(training(Certification.RNCP, null, null, null, null, null).violations())
                .isEmpty();
        assertThat(broken(training(Certification.RNCP, 2, null, null, null, null)))
                .containsExactly("rncpLevel:outOfRange");
        assertThat(broken(training(Certification.RNCP, 9, null, null, null, null)))
                .containsExactly("rncpLevel:outOfRange");
        assertThat(broken(training(Certification.CACES, 4, null, null, null, null)))
                .containsExactly("rncpLevel:rncpLevelOnlyForRncp");
    }

    @Test
    void aTrainingCannotEndBeforeItStarts() {
        assertThat(training(Certification.SST, null, null, null, DAY, DAY).violations())
                .isEmpty();
        assertThat(broken(training(Certification.SST, null, null, null, DAY, DAY.minusDays(1))))
                .containsExactly("endDate:before");
        assertThat(training(Certification.SST, null, null, null, null, DAY).violations())
                .isEmpty();
    }

    @Test
    void aTrainingNeedsTitleKindCertificationAndStatusAndKeepsEvidenceShort() {
        assertThat(broken(new Training(
                        ID,
                        B,
                        null,
                        "",
                        "p".repeat(201),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "e".repeat(501))))
                .containsExactly(
                        "title:required",
                        "provider:tooLong",
                        "trainingKind:required",
                        "certification:required",
                        "status:required",
                        "evidenceRef:tooLong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "2201-01-01", "+20026-03-02"})
    void implausibleYearsAreRefused(String date) {
        LocalDate typo = LocalDate.parse(date);
        Goal goal = new Goal(
                ID,
                B,
                Term.of(GoalTheme.MOBILITE),
                "Je me sens capable de conduire",
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                null,
                typo,
                null);
        assertThat(broken(goal)).containsExactly("openedOn:implausibleDate");
        assertThat(broken(new Interview(ID, B, typo, InterviewPlace.VISIO, null, null, null, null)))
                .containsExactly("date:implausibleDate");
    }

    @Test
    void aGoalCannotBeDueOrClosedBeforeItWasOpened() {
        Goal goal = new Goal(
                ID,
                B,
                Term.of(GoalTheme.MOBILITE),
                "Je me sens capable de conduire",
                ProposedBy.JOINT,
                GoalStatus.ATTEINT,
                DAY.minusDays(1),
                DAY,
                DAY.minusDays(2));
        assertThat(goal.violations())
                .containsExactly(
                        new Violation("targetDate", "before", "openedOn"),
                        new Violation("closedOn", "before", "openedOn"));
    }

    @Test
    void aGoalNeedsItsThemePhrasingAuthorStatusAndOpeningDay() {
        assertThat(broken(new Goal(ID, B, null, " ", null, null, null, null, null)))
                .containsExactly(
                        "theme:required",
                        "phrasing:required",
                        "proposedBy:required",
                        "status:required",
                        "openedOn:required");
    }

    @Test
    void overdueGoalsAreOpenOnesPastTheirTargetDate() {
        Goal open = new Goal(
                ID,
                B,
                Term.of(GoalTheme.MOBILITE),
                "x",
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                DAY,
                DAY.minusDays(30),
                null);
        assertThat(open.isOverdue(DAY.plusDays(1))).isTrue();
        assertThat(open.isOverdue(DAY)).isFalse();
        Goal reached =
                new Goal(ID, B, open.theme(), "x", ProposedBy.JOINT, GoalStatus.ATTEINT, DAY, open.openedOn(), DAY);
        assertThat(reached.isOverdue(DAY.plusDays(10))).isFalse();
    }

    @Test
    void anExitCannotComeBeforeTheEntryNorItsFollowUpBeforeTheExit() {
        Beneficiary parcours = new Beneficiary(B, "Samia B.", null, DAY, null, null, List.of(), null, null);
        Exit early = new Exit(ID, B, DAY.minusDays(1), ExitCategory.EMPLOI_DURABLE, null, DAY.minusDays(2));
        assertThat(early.violations()).containsExactly(new Violation("followUpDue", "before", "exitDate"));
        assertThat(early.violations(parcours)).contains(new Violation("exitDate", "before", "entryDate"));
        Exit fine = new Exit(ID, B, DAY, ExitCategory.SORTIE_POSITIVE, null, Exit.followUpDueFor(DAY));
        assertThat(fine.violations(parcours)).isEmpty();
        assertThat(fine.followUpDue()).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(ExitCategory.RETRAIT.countsInExitRates()).isFalse();
    }

    @Test
    void aDoneFollowUpSaysWhereThePersonStands() {
        FollowUp done = new FollowUp(ID, B, UUID.randomUUID(), DAY, DAY.plusDays(3), null, null);
        assertThat(broken(done)).containsExactly("situation:required");
        FollowUp due = new FollowUp(ID, B, UUID.randomUUID(), DAY, null, null, null);
        assertThat(due.violations()).isEmpty();
        assertThat(due.isDue(DAY)).isTrue();
        assertThat(due.isDue(DAY.minusDays(1))).isFalse();
    }

    @Test
    void textsLongerThanTheirFieldAllowsAreRefused() {
        assertThat(broken(new Beneficiary(
                        B, "n".repeat(121), "c".repeat(501), DAY, null, null, List.of(), null, "s".repeat(121))))
                .containsExactly("displayName:tooLong", "contact:tooLong", "site:tooLong");
        assertThat(broken(new Note(ID, B, "t".repeat(4001), AT, Rater.COUNSELLOR)))
                .containsExactly("text:tooLong");
        assertThat(broken(new Interview(
                        ID,
                        B,
                        DAY,
                        InterviewPlace.DOMICILE,
                        "p".repeat(501),
                        "n".repeat(20_001),
                        "d".repeat(4001),
                        null)))
                .containsExactly("participants:tooLong", "notes:tooLong", "decisions:tooLong");
        assertThat(new Interview(ID, B, DAY, InterviewPlace.DOMICILE, null, "n".repeat(20_000), null, null)
                        .violations())
                .isEmpty();
    }

    @Test
    void customTermsAreAcceptedUpToTheirMaximumLength() {
        Barrier own = new Barrier(ID, B, Term.custom("Animaux à faire garder"), BarrierStatus.BESOIN, null);
        assertThat(own.violations()).isEmpty();
        assertThat(own.requiredConsent()).isNull();
        Barrier tooLong =
                new Barrier(ID, B, Term.custom("x".repeat(Term.MAX_CUSTOM_LENGTH + 1)), BarrierStatus.BESOIN, null);
        assertThat(broken(tooLong)).containsExactly("area:tooLong");
    }

    @Test
    void aBeneficiaryHasAtMostTwentyEligibilityCriteria() {
        List<Term<Eligibility>> many =
                new ArrayList<>(Collections.nCopies(Beneficiary.MAX_ELIGIBILITY, Term.of(Eligibility.RSA)));
        assertThat(new Beneficiary(B, "Samia B.", null, DAY, null, null, many, null, null).violations())
                .isEmpty();
        many.add(Term.custom("Orientée par la Mission locale"));
        assertThat(broken(new Beneficiary(B, "Samia B.", null, DAY, null, null, many, null, null)))
                .containsExactly("eligibility:tooMany");
    }

    @Test
    void sensitiveBarriersNeedConsentOnlyWhenTheySaySomething() {
        assertThat(new Barrier(ID, B, Term.of(BarrierArea.SANTE), BarrierStatus.NON_EXPLORE, " ").requiredConsent())
                .isNull();
        assertThat(new Barrier(ID, B, Term.of(BarrierArea.SANTE), BarrierStatus.BESOIN, null).requiredConsent())
                .isEqualTo(ConsentCategory.HEALTH);
        assertThat(new Barrier(ID, B, Term.of(BarrierArea.JUSTICE), BarrierStatus.NON_EXPLORE, "Sursis")
                        .requiredConsent())
                .isEqualTo(ConsentCategory.JUSTICE);
        assertThat(new Barrier(ID, B, Term.of(BarrierArea.LOGEMENT), BarrierStatus.BESOIN, "x").requiredConsent())
                .isNull();
    }

    @Test
    void questionnaireAnswersAreOneToFour() {
        QuestionnaireResponse fine =
                new QuestionnaireResponse(ID, B, "pouvoir-agir", 1, Map.of("PA1", 1, "PA2", 4), AT);
        assertThat(fine.violations()).isEmpty();
        assertThat(fine.meanScore()).isEqualTo(2.5);
        assertThat(broken(new QuestionnaireResponse(ID, B, "pouvoir-agir", 0, Map.of("PA1", 0, "PA2", 5), AT)))
                .containsExactly("questionnaireVersion:outOfRange", "answers:outOfRange", "answers:outOfRange");
        assertThat(broken(new QuestionnaireResponse(ID, B, "", 1, null, null)))
                .containsExactly("questionnaireId:required", "answers:required", "answeredAt:required");
        assertThat(Vocabulary.Likert.of(3)).isEqualTo(Vocabulary.Likert.MOYENNEMENT_VRAI);
        assertThatThrownBy(() -> Vocabulary.Likert.of(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consentAndConflictAndProfileRules() {
        assertThat(broken(new Consent(ID, B, null, true, null, "r".repeat(121))))
                .containsExactly("category:required", "recordedAt:required", "recordedBy:tooLong");
        assertThat(broken(new Conflict(
                        ID,
                        B,
                        "goal",
                        UUID.randomUUID(),
                        "status",
                        "\"A\"",
                        "\"B\"",
                        3,
                        UUID.randomUUID(),
                        ConflictStatus.RESOLVED,
                        null)))
                .containsExactly("resolvedValue:required");
        assertThat(new LocalProfile(UUID.randomUUID(), "Samia", Role.BENEFICIARY, null).violations())
                .containsExactly(new Violation("beneficiaryId", "required"));
    }

    @Test
    void validateThrowsEveryViolationAtOnce() {
        assertThatThrownBy(() -> new GoalStep(ID, B, null, "", StepStatus.A_FAIRE, null).validate())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("goalId", "label"));
    }
}
