package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Note;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.e2e.AdminApi;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real server (PROTOCOL.md, "Erasure and retention"): an admin erases a person while one of the
 * counsellor's phones is offline with changes about them. At its next sync that phone holds nothing of the person
 * any more, not even as a refused change, and the person does not come back on the server; the other phone, with
 * nothing pending, drops the person at its pull.
 */
class ErasureEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    @Test
    void aPhoneOfflineDuringTheErasureDropsThePersonAndCannotBringThemBack() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"));
                LocalStore phone = new Profiles(dir.resolve("phone"), CLOCK, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
                LocalStore tablet = new Profiles(dir.resolve("tablet"), CLOCK, 1000)
                        .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            SyncEngine phoneSync = new SyncEngine(phone, HTTP, CLOCK);
            phoneSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            SyncEngine tabletSync = new SyncEngine(tablet, HTTP, CLOCK);
            tabletSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Tablette de Camille");
            UUID lea = UUID.randomUUID();
            UUID tom = UUID.randomUUID();
            phone.beneficiaries().save(person(lea, "Léa Martin", camille.id()));
            phone.beneficiaries().save(person(tom, "Tom Durand", camille.id()));
            phone.goals()
                    .save(new Goal(
                            UUID.randomUUID(),
                            lea,
                            Term.of(GoalTheme.MOBILITE),
                            "Passer le permis B",
                            ProposedBy.JOINT,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.of(2026, 3, 2),
                            null));
            phoneSync.syncOnce();
            tabletSync.syncOnce();
            assertThat(tablet.beneficiaries().all()).hasSize(2);

            // the phone goes offline and keeps working on Léa's file; meanwhile the admin erases her
            phone.notes()
                    .save(new Note(UUID.randomUUID(), lea, "Appeler l’auto-école", CLOCK.instant(), Rater.COUNSELLOR));
            phone.beneficiaries().save(person(lea, "Léa Martin-Roux", camille.id()));
            assertThat(phone.outbox().pendingCount()).isEqualTo(2);
            JsonNode erased = AdminApi.pair(server)
                    .post("/api/v1/admin/people/" + lea + "/erase", java.util.Map.of("reason", "REQUEST"));
            assertThat(erased.get("personId").asText()).isEqualTo(lea.toString());

            phoneSync.syncOnce();
            tabletSync.syncOnce();

            for (LocalStore device : List.of(phone, tablet)) {
                assertThat(device.beneficiaries().all())
                        .extracting(Beneficiary::id)
                        .containsExactly(tom);
                assertThat(device.goals().forBeneficiary(lea)).isEmpty();
                assertThat(device.outbox().pendingCount()).isZero();
                assertThat(device.outbox().rejected())
                        .as("nothing of an erased person stays, not even a refused change")
                        .isEmpty();
            }
            // and she did not come back on the server: a new phone of Camille's gets Tom only
            try (LocalStore newPhone = new Profiles(dir.resolve("new-phone"), CLOCK, 1000)
                    .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
                SyncEngine newSync = new SyncEngine(newPhone, HTTP, CLOCK);
                newSync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Nouveau téléphone");
                newSync.syncOnce();
                assertThat(newPhone.beneficiaries().all())
                        .extracting(Beneficiary::id)
                        .containsExactly(tom);
            }
        }
    }

    private static Beneficiary person(UUID id, String name, UUID counsellor) {
        return new Beneficiary(id, name, null, LocalDate.of(2026, 3, 2), null, counsellor, List.of(), null, null);
    }
}
