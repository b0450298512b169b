package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.export.ImportReport;
import org.jalons.export.ParcoursImporter;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.e2e.AdminApi;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The right of access from the server gives the person the same file the app makes for them: their own phone reads
 * it like an export of its own ("jalons-parcours"), so the person can take everything along.
 */
class RightOfAccessEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    @Test
    void thePersonsOwnPhoneReadsTheFileTheServerGaveTheAdmin() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"));
                LocalStore phone = new Profiles(dir.resolve("phone"), CLOCK, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
                LocalStore own = new Profiles(dir.resolve("own"), CLOCK, 1000)
                        .create("Léa", Role.BENEFICIARY, "123456".toCharArray())) {
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            UUID lea = UUID.randomUUID();
            phone.beneficiaries()
                    .save(new Beneficiary(
                            lea,
                            "Léa Martin",
                            null,
                            LocalDate.of(2026, 3, 2),
                            null,
                            camille.id(),
                            List.of(),
                            null,
                            null));
            phone.goals()
                    .save(new Goal(
                            UUID.randomUUID(),
                            lea,
                            Term.of(GoalTheme.MOBILITE),
                            "Passer le permis B",
                            ProposedBy.BENEFICIARY,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.of(2026, 3, 2),
                            null));
            sync.syncOnce();

            byte[] file = AdminApi.pair(server).get("/api/v1/admin/people/" + lea + "/record.json");
            ImportReport report = new ParcoursImporter(own).importBytes(file);

            assertThat(report.succeeded()).as(report.toString()).isTrue();
            UUID parcours = own.profile().beneficiaryId();
            assertThat(own.goals().forBeneficiary(parcours))
                    .extracting(Goal::phrasing)
                    .containsExactly("Passer le permis B");
            assertThat(own.beneficiaries().find(parcours).orElseThrow().entryDate())
                    .isEqualTo(LocalDate.of(2026, 3, 2));
        }
    }
}
