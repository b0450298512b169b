package org.jalons.sync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.export.ImportReport;
import org.jalons.export.ParcoursExporter;
import org.jalons.export.ParcoursImporter;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.SyncScope;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.SyncReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person brings the file of their parcours, made elsewhere, into a new phone of their own, then pairs it with
 * their new organisation's server: the imported records go out with the next sync like anything typed on the
 * phone, the server accepts every one, and the counsellor's phone receives them under the person's id.
 */
class ImportThenSyncEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    private RealServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * A counsellor of the new structure imports the person's file into the person's file there: what the counsellor
     * may write goes out as their own writes and the server takes every one; the person's own ratings and notes stay
     * on the phone as the former structure's history, and a fresh snapshot of the person does not remove them.
     */
    @Test
    void aCounsellorTakesOverAnotherStructuresParcoursWithoutARefusal() throws Exception {
        byte[] file = parcoursFromAnotherStructure();
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        UUID samia = UUID.randomUUID();
        try (LocalStore counsellor = new Profiles(dir.resolve("camille"), CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            SyncEngine sync = withSamia(counsellor, camille, samia);

            ImportReport report = new ParcoursImporter(counsellor, samia).importBytes(file);
            assertThat(report.succeeded()).as(report.toString()).isTrue();
            assertThat(report.history()).isPositive();
            int queued = counsellor.outbox().pendingCount();
            SyncReport pushed = sync.syncOnce();

            assertThat(pushed.rejected()).isZero();
            assertThat(pushed.acknowledged()).isEqualTo(queued);
            assertThat(counsellor.outbox().rejected()).isEmpty();
            assertThat(counsellor.outbox().pendingCount()).isZero();
            List<CheckIn> selfRatings = counsellor.checkIns().forBeneficiary(samia).stream()
                    .filter(c -> c.rater() == Rater.BENEFICIARY)
                    .toList();
            assertThat(selfRatings).isNotEmpty();

            counsellor.database().inTransaction(c -> {
                SyncScope.refetch(c, samia);
                return null;
            });
            assertThat(sync.syncOnce().snapshots()).isEqualTo(1);
            assertThat(counsellor.checkIns().forBeneficiary(samia))
                    .as("history survives a snapshot")
                    .containsAll(selfRatings);
            assertThat(counsellor.goals().forBeneficiary(samia)).isNotEmpty();
        }
    }

    @Test
    void anImportedParcoursSyncsFromThePersonsNewPhone() throws Exception {
        byte[] file = parcoursFromAnotherStructure();

        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        UUID samia = UUID.randomUUID();
        try (LocalStore counsellor = new Profiles(dir.resolve("camille"), CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            SyncEngine counsellorSync = withSamia(counsellor, camille, samia);
            RealServer.User samiaUser = server.createUser("Samia B.", "BENEFICIARY", samia);

            int imported;
            int goals;
            try (LocalStore phone = new Profiles(dir.resolve("samia"), CLOCK, 1000)
                    .create("Samia", Role.BENEFICIARY, "654321".toCharArray())) {
                ImportReport report = new ParcoursImporter(phone).importBytes(file);
                assertThat(report.succeeded()).as(report.toString()).isTrue();
                imported = report.total();
                goals = phone.goals()
                        .forBeneficiary(phone.profile().beneficiaryId())
                        .size();
                assertThat(phone.outbox().pendingCount()).isGreaterThanOrEqualTo(imported);

                SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
                sync.pairing().pair(server.baseUrl(), server.pairingCode(samiaUser), "Nouveau téléphone de Samia");
                SyncReport pushed = sync.syncOnce();

                // The file also holds what the former structure wrote (consents, barriers, interviews, its goals, a
                // confirmed certification): the person's phone may not write those here (PROTOCOL.md, Write
                // rights), so the import kept them as that structure's history, never sent: nothing is refused.
                assertThat(report.history()).isPositive();
                assertThat(pushed.rejected()).isZero();
                assertThat(phone.outbox().rejected()).isEmpty();
                assertThat(phone.outbox().pendingCount()).isZero();
                assertThat(phone.goals().forBeneficiary(samia))
                        .as("the structure's goals kept too")
                        .hasSize(goals);
                assertThat(phone.barriers().forBeneficiary(samia)).isNotEmpty();
            }

            counsellorSync.syncOnce();
            List<Goal> received = counsellor.goals().forBeneficiary(samia);
            assertThat(received).isNotEmpty().allMatch(g -> g.proposedBy() == ProposedBy.BENEFICIARY);
            assertThat(received).extracting(Goal::phrasing).contains("Je me sens capable de passer le permis B");
            assertThat(counsellor.checkIns().forBeneficiary(samia)).isNotEmpty();
            assertThat(counsellor.beneficiaries().find(samia)).hasValueSatisfying(b -> {
                assertThat(b.referentCounsellorId()).isEqualTo(camille.id());
                assertThat(b.site()).isEqualTo("Nord");
            });
        }
    }

    /** Samia's parcours as the demo organisation, another structure, exports it. */
    private byte[] parcoursFromAnotherStructure() throws Exception {
        try (LocalStore elsewhere = new Profiles(dir.resolve("elsewhere"), CLOCK, 1000)
                .create("Ancienne CIP", Role.COUNSELLOR, "123456".toCharArray())) {
            DemoOrganisation.load(elsewhere, CLOCK);
            return new ParcoursExporter(elsewhere, CLOCK).json(DemoOrganisation.SAMIA);
        }
    }

    /** Camille's phone, paired with the new structure's server, where Samia's file is opened and synced. */
    private SyncEngine withSamia(LocalStore counsellor, RealServer.User camille, UUID samia) throws Exception {
        SyncEngine sync = new SyncEngine(counsellor, HTTP, CLOCK);
        sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
        counsellor
                .beneficiaries()
                .save(new Beneficiary(
                        samia,
                        "Samia B.",
                        null,
                        LocalDate.of(2026, 9, 1),
                        null,
                        camille.id(),
                        List.of(),
                        null,
                        "Nord"));
        sync.syncOnce();
        return sync;
    }
}
