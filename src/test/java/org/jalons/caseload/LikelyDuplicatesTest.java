package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.JalonsRecord;
import org.junit.jupiter.api.Test;

/** Which files are likely one person: the same name, read loosely, and the same entry date or site. */
class LikelyDuplicatesTest {
    private static final LocalDate ENTRY = LocalDate.of(2026, 3, 2);

    private static Beneficiary person(String name, LocalDate entry, String site) {
        return new Beneficiary(JalonsRecord.newId(), name, null, entry, null, null, List.of(), null, site);
    }

    @Test
    void accentsCaseSpacesAndHyphensDoNotMakeTwoPeople() {
        Beneficiary typed = person("  celia   MARTIN-petit ", ENTRY, null);
        Beneficiary there = person("Célia Martin Petit", ENTRY, "Lille");
        assertThat(LikelyDuplicates.likelySame(typed, there)).isTrue();
    }

    @Test
    void firstAndLastNameInEitherOrderAreOneName() {
        assertThat(LikelyDuplicates.likelySame(
                        person("Benali Samia", ENTRY, null), person("Samia Benali", ENTRY, null)))
                .isTrue();
    }

    @Test
    void theSameSiteAloneWithTheSameNameIsEnough() {
        assertThat(LikelyDuplicates.likelySame(
                        person("Samia Benali", ENTRY, "Lille Sud"),
                        person("samia benali", ENTRY.plusDays(3), "lille  sud")))
                .isTrue();
    }

    @Test
    void theSameNameAtAnotherDateAndSiteIsAnotherPerson() {
        assertThat(LikelyDuplicates.likelySame(
                        person("Samia Benali", ENTRY, "Lille"), person("Samia Benali", ENTRY.plusMonths(5), "Roubaix")))
                .isFalse();
        assertThat(LikelyDuplicates.likelySame(
                        person("Samia Benali", ENTRY, null), person("Samia Benali", ENTRY.plusMonths(5), null)))
                .isFalse();
    }

    @Test
    void anotherNameOnTheSameDayAndSiteIsAnotherPerson() {
        assertThat(LikelyDuplicates.likelySame(
                        person("Samia Benali", ENTRY, "Lille"), person("Samir Benali", ENTRY, "Lille")))
                .isFalse();
        assertThat(LikelyDuplicates.likelySame(person("Samia", ENTRY, "Lille"), person("Samia Benali", ENTRY, "Lille")))
                .isFalse();
    }

    @Test
    void aFileIsNotItsOwnDuplicateAndANameOfPunctuationMatchesNothing() {
        Beneficiary samia = person("Samia Benali", ENTRY, "Lille");
        assertThat(LikelyDuplicates.likelySame(samia, samia)).isFalse();
        assertThat(LikelyDuplicates.likelySame(person("--", ENTRY, "Lille"), person(" - ", ENTRY, "Lille")))
                .isFalse();
    }

    @Test
    void theCaseloadsPairsKeepTheFileCreatedFirst() {
        Beneficiary first = person("Samia Benali", ENTRY, "Lille");
        Beneficiary other = person("Thomas Leroy", ENTRY, "Lille");
        Beneficiary second = person("BENALI Samia", ENTRY, "Roubaix");
        Beneficiary homonym = person("Samia Benali", ENTRY.plusYears(1), "Douai");
        List<LikelyDuplicates.Pair> pairs = LikelyDuplicates.pairs(List.of(second, other, homonym, first));
        assertThat(pairs).containsExactly(new LikelyDuplicates.Pair(first, second));
        assertThat(LikelyDuplicates.of(person("samia benali", ENTRY, null), List.of(first, other, second, homonym)))
                .containsExactly(first, second);
    }

    @Test
    void fiveHundredPeopleAreComparedByName() {
        List<Beneficiary> caseload = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            caseload.add(person("Personne " + i, ENTRY, "Lille"));
        }
        caseload.add(new Beneficiary(
                new UUID(Long.MAX_VALUE, 0), "personne 7", null, ENTRY, null, null, List.of(), null, null));
        assertThat(LikelyDuplicates.pairs(caseload))
                .singleElement()
                .satisfies(p -> assertThat(p.other().displayName()).isEqualTo("personne 7"));
    }
}
