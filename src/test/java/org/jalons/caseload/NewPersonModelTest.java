package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.OutboxEntry;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;

/** A person created offline: the profile's rules, their consents first in the outbox, and the likely same files. */
class NewPersonModelTest extends DemoStoreTest {

    private NewPersonModel model() {
        return new NewPersonModel(store, new DirectBackground(), fr, CLOCK, TODAY);
    }

    @Test
    void nothingIsWrittenBeforeCreateAndThePersonWithTheirConsentsAfter() {
        NewPersonModel m = model();
        int before = store.outbox().pendingCount();
        m.value("displayName").set("Inès Moreau");
        m.value("site").set("Lille");
        m.value("phone").set("06 39 98 00 22");
        m.value("eligibility").set("RSA,RQTH");
        m.value("consents").set("IDENTITY_CONTACT,HEALTH");
        assertThat(m.commit()).as("leaving a field keeps the draft only").isFalse();
        assertThat(store.outbox().pendingCount()).isEqualTo(before);

        assertThat(m.commit(() -> {})).isTrue();
        UUID id = m.personId();
        Beneficiary ines = store.beneficiaries().find(id).orElseThrow();
        assertThat(ines.displayName()).isEqualTo("Inès Moreau");
        assertThat(ines.entryDate()).isEqualTo(TODAY);
        assertThat(ines.phone()).isEqualTo("06 39 98 00 22");
        assertThat(ines.eligibility()).extracting(t -> t.known()).containsExactly(Eligibility.RSA, Eligibility.RQTH);
        assertThat(ines.referentCounsellorId())
                .as("the server makes the counsellor who sends her the referent")
                .isNull();
        assertThat(store.beneficiaries().caseload())
                .anyMatch(r -> r.beneficiaryId().equals(id));
        assertThat(store.consents().isGranted(id, ConsentCategory.HEALTH)).isTrue();

        // In the outbox: the file without what needs a consent, the consents, then what needs them.
        List<OutboxEntry> mine = store.outbox().pending(100_000).stream()
                .filter(e -> e.beneficiaryId().equals(id))
                .toList();
        assertThat(mine)
                .extracting(OutboxEntry::kind)
                .containsExactly(
                        RecordKind.BENEFICIARY, RecordKind.CONSENT, RecordKind.CONSENT, RecordKind.BENEFICIARY);
        assertThat(mine.get(0).fields()).doesNotContainKey("phone").containsEntry("displayName", "Inès Moreau");
        assertThat(mine.get(3).fields()).containsKeys("phone", "eligibility");
    }

    @Test
    void aSensitiveCriterionOrAPhoneWithoutTheConsentIsSaidOnItsFieldAndNothingIsWritten() {
        NewPersonModel m = model();
        int before = store.outbox().pendingCount();
        m.value("displayName").set("Inès Moreau");
        m.value("phone").set("06 39 98 00 22");
        m.value("eligibility").set("SORTANT_DETENTION");
        assertThat(m.commit(() -> {})).isFalse();
        assertThat(m.error("phone").get()).isNotBlank();
        assertThat(m.error("eligibility").get()).isNotBlank();
        assertThat(store.beneficiaries().find(m.personId())).isEmpty();
        assertThat(store.outbox().pendingCount()).isEqualTo(before);
    }

    @Test
    void aNameAndEntryDateAlreadyInTheCaseloadAreShownAsMaybeTheSamePerson() {
        Beneficiary samia = store.beneficiaries().find(DemoOrganisation.SAMIA).orElseThrow();
        NewPersonModel m = model();
        m.value("displayName").set("b. SAMIA");
        assertThat(m.likelySame()).as("another entry date, no site").isEmpty();
        m.value("entryDate").set(samia.entryDate().toString());
        assertThat(m.likelySame()).extracting(Beneficiary::id).containsExactly(DemoOrganisation.SAMIA);
        m.value("displayName").set("Samira B.");
        assertThat(m.likelySame()).isEmpty();
    }

    @Test
    void givingUpForAnExistingFileLeavesNoDraft() {
        NewPersonModel m = model();
        m.value("displayName").set("Inès Moreau");
        m.giveUp();
        NewPersonModel again = model();
        assertThat(again.value("displayName").get()).isEmpty();
        assertThat(again.personId()).isNotEqualTo(m.personId());
    }
}
