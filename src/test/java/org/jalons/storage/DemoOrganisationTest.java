package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jalons.protocol.Vocabulary.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoOrganisationTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void demoOrganisationShowsThreePeopleWithHistoryToTheCounsellor() {
        Profiles profiles = new Profiles(dir, CLOCK, 1000);
        try (LocalStore store = profiles.openDemo(Role.COUNSELLOR)) {
            List<CaseloadRow> caseload = store.beneficiaries().caseload();
            assertThat(caseload)
                    .extracting(CaseloadRow::displayName)
                    .containsExactly("Aminata D.", "Samia B.", "Thomas L.");
            CaseloadRow samia = caseload.get(1);
            assertThat(samia.openGoals()).isEqualTo(1);
            assertThat(samia.latestSelfRating()).isEqualTo(7);
            assertThat(samia.latestCounsellorRating()).isEqualTo(7);
            assertThat(samia.nextAppointment()).isAfter(CLOCK.instant());
            assertThat(caseload.get(2).overdueGoals()).isEqualTo(1);
            assertThat(store.checkIns().forBeneficiaryOverTime(DemoOrganisation.SAMIA))
                    .hasSize(24);
            assertThat(store.profile().displayName()).isEqualTo("Camille Martin");
        }
        try (LocalStore again = profiles.openDemo(Role.BENEFICIARY)) {
            assertThat(again.profile().beneficiaryId()).isEqualTo(DemoOrganisation.SAMIA);
            assertThat(again.beneficiaries().all()).hasSize(3);
        }
    }
}
