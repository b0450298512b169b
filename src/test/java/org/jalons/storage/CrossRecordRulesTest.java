package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Consent;
import org.jalons.domain.Exit;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rules that need other records: consent for sensitive barriers, and exits after the parcours began. */
class CrossRecordRulesTest {
    static final LocalDate ENTRY = LocalDate.of(2026, 2, 9);

    @TempDir
    Path dir;

    LocalStore store;
    UUID person = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = TestStores.counsellorStore(dir);
        store.beneficiaries()
                .save(new Beneficiary(person, "Thomas L.", null, ENTRY, null, null, List.of(), null, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    void consent(ConsentCategory category, boolean granted, String at) {
        store.consents()
                .save(new Consent(UUID.randomUUID(), person, category, granted, Instant.parse(at), "Camille Martin"));
    }

    Barrier barrier(BarrierArea area, BarrierStatus status, String note) {
        return new Barrier(UUID.randomUUID(), person, Term.of(area), status, note);
    }

    ValidationException refusal(Runnable save) {
        int before = store.outbox().pendingCount();
        ValidationException e = catchThrowableOfType(ValidationException.class, save::run);
        assertThat(store.outbox().pendingCount()).as("nothing queued").isEqualTo(before);
        return e;
    }

    @ParameterizedTest
    @EnumSource(
            value = BarrierArea.class,
            names = {"SANTE", "JUSTICE"})
    void aSensitiveBarrierNeedsTheMatchingConsent(BarrierArea area) {
        Barrier need = barrier(area, BarrierStatus.BESOIN, "Suivi en cours");

        ValidationException e = refusal(() -> store.barriers().save(need));

        assertThat(e.violations()).containsExactly(new Violation("status", "consentMissing"));
        assertThat(store.barriers().find(need.id())).isEmpty();

        consent(area.sensitiveCategory(), true, "2026-03-01T09:00:00Z");
        store.barriers().save(need);
        assertThat(store.barriers().find(need.id())).contains(need);
    }

    @Test
    void aHealthGoalNeedsHealthConsentBeforeItIsSaved() {
        Goal goal = new Goal(
                UUID.randomUUID(),
                person,
                Term.of(GoalTheme.SANTE),
                "Je me sens capable de me soigner",
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                null,
                ENTRY,
                null);

        assertThat(refusal(() -> store.goals().save(goal)).violations())
                .containsExactly(new Violation("theme", "consentMissing"));

        consent(ConsentCategory.HEALTH, true, "2026-03-01T09:00:00Z");
        store.goals().save(goal);
        assertThat(store.goals().find(goal.id())).contains(goal);
    }

    @Test
    void eligibilityCodesThatTellHealthOrJusticeNeedTheirConsent() {
        Beneficiary withCodes = new Beneficiary(
                person,
                "Thomas L.",
                null,
                ENTRY,
                null,
                null,
                List.of(Term.of(Eligibility.RSA), Term.of(Eligibility.RQTH), Term.of(Eligibility.SORTANT_DETENTION)),
                null,
                null);
        consent(ConsentCategory.HEALTH, true, "2026-03-01T09:00:00Z");

        assertThat(refusal(() -> store.beneficiaries().save(withCodes)).violations())
                .containsExactly(new Violation("eligibility", "consentMissing"));

        consent(ConsentCategory.JUSTICE, true, "2026-03-01T09:00:00Z");
        store.beneficiaries().save(withCodes);
        assertThat(store.beneficiaries().find(person)).contains(withCodes);
    }

    @Test
    void consentForHealthDoesNotCoverJustice() {
        consent(ConsentCategory.HEALTH, true, "2026-03-01T09:00:00Z");

        assertThat(refusal(() -> store.barriers().save(barrier(BarrierArea.JUSTICE, BarrierStatus.POINT_APPUI, null))))
                .isNotNull();
    }

    @Test
    void aWithdrawnConsentRefusesNewSensitiveEntries() {
        consent(ConsentCategory.HEALTH, true, "2026-03-01T09:00:00Z");
        consent(ConsentCategory.HEALTH, false, "2026-05-01T09:00:00Z");

        assertThat(store.consents().isGranted(person, ConsentCategory.HEALTH)).isFalse();
        assertThat(refusal(() -> store.barriers().save(barrier(BarrierArea.SANTE, BarrierStatus.BESOIN, null))))
                .isNotNull();
    }

    @Test
    void anUnexploredSensitiveBarrierWithoutNoteNeedsNoConsentButANoteDoes() {
        store.barriers().save(barrier(BarrierArea.SANTE, BarrierStatus.NON_EXPLORE, null));
        store.barriers().save(barrier(BarrierArea.SANTE, BarrierStatus.NON_EXPLORE, "  "));

        assertThat(refusal(() ->
                        store.barriers().save(barrier(BarrierArea.SANTE, BarrierStatus.NON_EXPLORE, "Arrêt maladie"))))
                .isNotNull();
    }

    @Test
    void otherAreasAndCustomAreasNeedNoConsent() {
        store.barriers().save(barrier(BarrierArea.MOBILITE, BarrierStatus.BESOIN, "Pas de permis"));
        store.barriers()
                .save(new Barrier(
                        UUID.randomUUID(),
                        person,
                        Term.custom("Animaux"),
                        BarrierStatus.BESOIN,
                        "Chien à faire garder"));

        assertThat(store.barriers().forBeneficiary(person)).hasSize(2);
    }

    @Test
    void anExitBeforeTheEntryDateIsRefused() {
        Exit early = new Exit(UUID.randomUUID(), person, ENTRY.minusDays(1), ExitCategory.EMPLOI_DURABLE, null, null);

        ValidationException e = refusal(() -> store.exits().save(early));

        assertThat(e.violations()).containsExactly(new Violation("exitDate", "before", "entryDate"));
        assertThat(store.exits().find(early.id())).isEmpty();
    }

    @Test
    void anExitOnTheEntryDayOrLaterIsAccepted() {
        Exit sameDay = new Exit(UUID.randomUUID(), person, ENTRY, ExitCategory.RETRAIT, "Longue maladie", null);
        Exit later = new Exit(
                UUID.randomUUID(),
                person,
                ENTRY.plusMonths(9),
                ExitCategory.EMPLOI_DURABLE,
                "CDI",
                Exit.followUpDueFor(ENTRY.plusMonths(9)));

        store.exits().save(sameDay);
        store.exits().save(later);

        assertThat(store.exits().forBeneficiary(person)).hasSize(2);
        assertThat(later.followUpDue()).isEqualTo(ENTRY.plusMonths(15));
    }
}
