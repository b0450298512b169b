package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.MyCounsellor;
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

    @Test
    void theDemoShowsCamillesProfileInHerSettingsAndToSamia() {
        Profiles profiles = new Profiles(dir, CLOCK, 1000);
        try (LocalStore store = profiles.openDemo(Role.COUNSELLOR)) {
            assertThat(store.counsellorProfiles().own())
                    .contains(new CounsellorProfile("Camille", CounsellorProfile.FEMININE, "06 39 98 00 00"));
            // as saved and sent: a demo has no server to send it to
            assertThat(store.counsellorProfiles().unsent()).isEmpty();
        }
        try (LocalStore store = profiles.openDemo(Role.BENEFICIARY)) {
            assertThat(store.counsellorProfiles().mine())
                    .containsExactly(new MyCounsellor(
                            DemoOrganisation.COUNSELLOR,
                            new CounsellorProfile("Camille", CounsellorProfile.FEMININE, "06 39 98 00 00")));
        }
    }

    @Test
    void theDemosRecordsAreItsStartingPointNotChangesWaitingToBeSent() {
        Profiles profiles = new Profiles(dir, CLOCK, 1000);
        for (Role role : List.of(Role.COUNSELLOR, Role.BENEFICIARY, Role.SUPERVISOR)) {
            try (LocalStore store = profiles.openDemo(role)) {
                assertThat(store.outbox().pendingCount()).as(role.name()).isZero();
                assertThat(store.outbox().rejectedCount()).as(role.name()).isZero();
                assertThat(store.beneficiaries().caseload())
                        .as(role.name())
                        .hasSize(3)
                        .noneMatch(CaseloadRow::pendingSync);
            }
        }
    }

    @Test
    void aDemoMadeByAnEarlierVersionGetsCamillesProfileAndItsRecordsLeaveTheOutbox() throws Exception {
        Profiles profiles = new Profiles(dir, CLOCK, 1000);
        try (LocalStore store = profiles.openDemo(Role.COUNSELLOR)) {
            // as an earlier version left it: no profile, every record of the demo in the outbox
            store.database().inTransaction(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM OWN_COUNSELLOR_PROFILE");
                    s.executeUpdate("DELETE FROM MY_COUNSELLOR");
                }
                return null;
            });
            store.notes()
                    .save(new org.jalons.domain.Note(
                            java.util.UUID.randomUUID(),
                            DemoOrganisation.THOMAS,
                            "Une note écrite dans la démo",
                            CLOCK.instant(),
                            org.jalons.protocol.Vocabulary.Rater.COUNSELLOR));
            assertThat(store.outbox().pendingCount()).isEqualTo(1);
        }
        try (LocalStore store = profiles.openDemo(Role.BENEFICIARY)) {
            assertThat(store.counsellorProfiles().mine()).hasSize(1);
            assertThat(store.counsellorProfiles().own()).isPresent();
            assertThat(store.outbox().pendingCount()).isZero();
        }
    }
}
