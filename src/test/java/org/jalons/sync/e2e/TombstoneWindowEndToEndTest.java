package org.jalons.sync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.SyncReport;
import org.jalons.testing.MutableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A phone away longer than the server keeps tombstones restores from a snapshot (DESIGN.md invariant 8). */
class TombstoneWindowEndToEndTest {
    private static final Clock PHONES = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    private static Goal goal(UUID beneficiaryId, String phrasing, GoalStatus status, UUID id) {
        return new Goal(
                id,
                beneficiaryId,
                Term.of(GoalTheme.LOGEMENT),
                phrasing,
                ProposedBy.JOINT,
                status,
                null,
                LocalDate.of(2026, 4, 1),
                null);
    }

    @Test
    void aPhoneAwayPastTheTombstoneWindowRestoresFromASnapshotAndLosesNothingItMade() throws Exception {
        Assumptions.assumeTrue(RealServer.available(), "the sync server jar is not installed");
        MutableClock serverClock = new MutableClock(Instant.now()); // the server's clock, moved forward by the test
        try (RealServer server = RealServer.start(dir.resolve("server"), serverClock);
                LocalStore office = new Profiles(dir.resolve("office"), PHONES, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
                LocalStore field = new Profiles(dir.resolve("field"), PHONES, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            // One counsellor, two devices: the office tablet and the phone she takes on home visits.
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            SyncEngine officeSync = new SyncEngine(office, HTTP, PHONES);
            officeSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Tablette du bureau");
            SyncEngine fieldSync = new SyncEngine(field, HTTP, PHONES);
            fieldSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de visite");
            UUID samia = UUID.randomUUID();
            office.beneficiaries()
                    .save(new Beneficiary(
                            samia,
                            "Samia B.",
                            null,
                            LocalDate.of(2026, 3, 2),
                            null,
                            camille.id(),
                            List.of(),
                            null,
                            null));
            Goal dropped = office.goals()
                    .save(goal(
                            samia,
                            "Je me sens capable de visiter un logement",
                            GoalStatus.EN_COURS,
                            UUID.randomUUID()));
            Goal kept = office.goals()
                    .save(goal(
                            samia,
                            "Je me sens capable de monter un dossier de logement",
                            GoalStatus.EN_COURS,
                            UUID.randomUUID()));
            officeSync.syncOnce();
            fieldSync.syncOnce();
            assertThat(field.goals().find(dropped.id())).isPresent();

            // The field phone stays in a drawer. Meanwhile the office deletes a goal; months later the server
            // purges that tombstone.
            office.goals().delete(dropped.id());
            officeSync.syncOnce();
            serverClock.advance(Duration.ofDays(120));
            assertThat(server.purgeTombstones()).isPositive();

            // Back in use: an offline edit first, then a sync.
            field.goals().save(goal(samia, kept.phrasing(), GoalStatus.ATTEINT, kept.id()));
            SyncReport report = fieldSync.syncOnce();

            assertThat(report.restored())
                    .as("412 cursor_too_old, then the snapshot")
                    .isTrue();
            assertThat(field.goals().findStored(dropped.id()))
                    .as("the purged delete still reaches the phone")
                    .isEmpty();
            assertThat(field.goals().find(kept.id()).orElseThrow().status()).isEqualTo(GoalStatus.ATTEINT);
            assertThat(field.outbox().pendingCount()).isZero();
            assertThat(field.outbox().rejected()).isEmpty();
            officeSync.syncOnce();
            assertThat(office.goals().find(kept.id()).orElseThrow().status()).isEqualTo(GoalStatus.ATTEINT);
        }
    }
}
