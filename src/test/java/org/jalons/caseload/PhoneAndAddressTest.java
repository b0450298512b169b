package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.protocol.RecordSchema;
import org.jalons.storage.DemoOrganisation;
import org.junit.jupiter.api.Test;

/** A person's phone and address on the phone: stored (store V18) with their consent only, within the limits. */
class PhoneAndAddressTest extends DemoStoreTest {

    @Test
    void theDemoFilesHaveWhatTheirPeopleAgreedTo() {
        Beneficiary samia = store.beneficiaries().find(DemoOrganisation.SAMIA).orElseThrow();
        assertThat(samia.phone()).isEqualTo("06 39 98 12 34");
        assertThat(samia.address()).isEqualTo("12 rue des Acacias\n59000 Lille");
        Beneficiary aminata =
                store.beneficiaries().find(DemoOrganisation.AMINATA).orElseThrow();
        assertThat(aminata.phone()).isNull();
        assertThat(aminata.address()).isNull();
    }

    @Test
    void withoutTheConsentNeitherIsKept() {
        store.consents()
                .save(new org.jalons.domain.Consent(
                        org.jalons.domain.JalonsRecord.newId(),
                        DemoOrganisation.AMINATA,
                        org.jalons.protocol.Vocabulary.ConsentCategory.IDENTITY_CONTACT,
                        false,
                        CLOCK.instant(),
                        "Camille"));
        Beneficiary aminata =
                store.beneficiaries().find(DemoOrganisation.AMINATA).orElseThrow();
        assertThatThrownBy(() -> store.beneficiaries().save(aminata.withPhoneAndAddress("06 39 98 00 00", null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("phone"));
        assertThatThrownBy(() -> store.beneficiaries().save(aminata.withPhoneAndAddress(null, "1 place du Marché")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactly("address"));
        assertThat(store.beneficiaries()
                        .find(DemoOrganisation.AMINATA)
                        .orElseThrow()
                        .phone())
                .isNull();
    }

    @Test
    void tooLongOrAPhoneOnTwoLinesIsSaidOnItsField() {
        Beneficiary samia = store.beneficiaries().find(DemoOrganisation.SAMIA).orElseThrow();
        List<String> fields = samia
                .withPhoneAndAddress("1".repeat(RecordSchema.PHONE_MAX + 1), "a".repeat(RecordSchema.ADDRESS_MAX + 1))
                .violations()
                .stream()
                .map(Violation::field)
                .toList();
        assertThat(fields).containsExactlyInAnyOrder("phone", "address");
        assertThat(samia.withPhoneAndAddress("06 39\n98", null).violations())
                .extracting(Violation::field)
                .containsExactly("phone");
        assertThat(samia.withPhoneAndAddress(
                                "1".repeat(RecordSchema.PHONE_MAX), "a\n".repeat(RecordSchema.ADDRESS_MAX / 2))
                        .violations())
                .isEmpty();
    }
}
