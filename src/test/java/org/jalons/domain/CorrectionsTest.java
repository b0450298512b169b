package org.jalons.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.Rater;
import org.junit.jupiter.api.Test;

/** An original and its corrections: one record in lists, its current words, every version in its history. */
class CorrectionsTest {
    static final UUID PERSON = UUID.randomUUID();

    private static Interview interview(String notes) {
        return new Interview(
                UUID.randomUUID(),
                PERSON,
                LocalDate.of(2026, 11, 20),
                InterviewPlace.STRUCTURE,
                null,
                notes,
                null,
                null);
    }

    private static Interview correction(Interview original, String notes, String at, String by) {
        Interview c = original.correctedAs(UUID.randomUUID(), null, notes, null, Instant.parse(at), original.id());
        return new Interview(
                c.id(),
                c.beneficiaryId(),
                c.date(),
                c.place(),
                c.participants(),
                c.notes(),
                c.decisions(),
                c.nextAppointment(),
                c.amends(),
                c.amendedAt(),
                by);
    }

    @Test
    void anOriginalAloneIsItsOwnCurrentVersion() {
        Interview alone = interview("Premier entretien");

        Corrections<Interview> chain = Corrections.chains(List.of(alone)).get(0);

        assertThat(chain.amended()).isFalse();
        assertThat(chain.current()).isEqualTo(alone);
        assertThat(chain.history()).containsExactly(alone);
        assertThat(chain.id()).isEqualTo(alone.id());
    }

    @Test
    void theLatestCorrectionIsCurrentAndTheHistoryEndsWithTheOriginal() {
        Interview original = interview("Entretien au bureua");
        Interview first = correction(original, "Entretien au bureau", "2026-12-01T10:00:00Z", "Léa Martin");
        Interview second = correction(original, "Entretien au bureau, avec sa sœur", "2026-12-03T10:00:00Z", "Samia");
        Interview other = interview("Un autre entretien");

        // whatever order the store gives them in
        List<Corrections<Interview>> chains = Corrections.chains(List.of(second, original, other, first));

        assertThat(chains).hasSize(2);
        Corrections<Interview> chain = Corrections.of(List.of(second, original, other, first), first.id());
        assertThat(chain.current().notes()).isEqualTo("Entretien au bureau, avec sa sœur");
        assertThat(chain.current().amendedBy()).isEqualTo("Samia");
        assertThat(chain.history()).containsExactly(second, first, original);
        assertThat(chain.first()).isEqualTo(original);
        assertThat(Corrections.current(List.of(second, original, other, first)))
                .extracting(Interview::notes)
                .containsExactlyInAnyOrder("Entretien au bureau, avec sa sœur", "Un autre entretien");
    }

    @Test
    void twoCorrectionsAtTheSameInstantAreOrderedByIdOnEveryPhone() {
        Interview original = interview("Avant");
        Interview a = correction(original, "A", "2026-12-03T10:00:00Z", "Léa");
        Interview b = correction(original, "B", "2026-12-03T10:00:00Z", "Samia");
        Interview later = a.id().toString().compareTo(b.id().toString()) > 0 ? a : b;

        assertThat(Corrections.chains(List.of(original, a, b)).get(0).current()).isEqualTo(later);
        assertThat(Corrections.chains(List.of(b, a, original)).get(0).current()).isEqualTo(later);
    }

    @Test
    void aCorrectionWhoseOriginalIsNotHereYetStandsForIt() {
        Interview original = interview("Avant");
        Interview alone = correction(original, "Après", "2026-12-03T10:00:00Z", null);

        Corrections<Interview> chain = Corrections.chains(List.of(alone)).get(0);

        assertThat(chain.id()).isEqualTo(original.id());
        assertThat(chain.current()).isEqualTo(alone);
        assertThat(chain.first()).isEqualTo(alone);
        assertThat(chain.history()).containsExactly(alone);
    }

    @Test
    void aNoteCorrectionKeepsItsVoiceAndIsTimedByItsWriting() {
        Note original = new Note(
                UUID.randomUUID(), PERSON, "Je cherche", Instant.parse("2026-11-01T10:00:00Z"), Rater.BENEFICIARY);
        Note corrected = original.correctedAs(
                UUID.randomUUID(), "Je cherche un stage", Instant.parse("2026-11-02T10:00:00Z"), original.id());

        assertThat(corrected.authorRole()).isEqualTo(Rater.BENEFICIARY);
        assertThat(corrected.amends()).isEqualTo(original.id());
        assertThat(corrected.correctedAt()).isEqualTo(corrected.writtenAt());
        assertThat(Corrections.current(List.of(corrected, original))).containsExactly(corrected);
        assertThat(Corrections.of(List.of(corrected, original), original.id())
                        .first()
                        .writtenAt())
                .isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void anInterviewCorrectionMustSayWhen() {
        Interview original = interview("Avant");
        Interview undated = new Interview(
                UUID.randomUUID(),
                PERSON,
                original.date(),
                original.place(),
                null,
                "Après",
                null,
                null,
                original.id(),
                null,
                null);

        assertThat(undated.violations()).extracting(Violation::field).contains("amendedAt");
        assertThat(original.violations()).isEmpty();
    }
}
