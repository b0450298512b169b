package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.jalons.storage.SyncScope;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone paired again with a code of another user (PROTOCOL.md, "Re-pairing as another user"), against the real
 * server: refused while the previous user's changes wait; once they are sent, the previous user's data leaves the
 * phone and the new user starts clean. The same user pairing again keeps the outbox.
 */
class RePairingEndToEndTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final HttpSettings HTTP =
            HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    private static Goal goal(UUID id, UUID beneficiaryId, String phrasing) {
        return new Goal(
                id,
                beneficiaryId,
                Term.of(GoalTheme.MOBILITE),
                phrasing,
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                null,
                LocalDate.of(2026, 4, 1),
                null);
    }

    @Test
    void pairingAsAnotherUserIsRefusedWhileChangesWaitThenStartsFromACleanPhone() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"));
                LocalStore phone = new Profiles(dir.resolve("phone"), CLOCK, 1000)
                        .create("Téléphone du service", Role.COUNSELLOR, "123456".toCharArray())) {
            RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            RealServer.User hugo = server.createUser("Hugo Petit", "COUNSELLOR", null);
            SyncEngine engine = new SyncEngine(phone, HTTP, CLOCK);
            engine.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone du service");
            UUID samia = UUID.randomUUID();
            phone.beneficiaries()
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
            UUID sent = UUID.randomUUID();
            phone.goals().save(goal(sent, samia, "Je me sens capable de prendre le bus seule"));
            engine.syncOnce();
            UUID waiting = UUID.randomUUID();
            phone.goals().save(goal(waiting, samia, "Je me sens capable de faire mon CV"));

            // Camille's same account pairs again (say the phone was revoked): her outbox stays.
            engine.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone du service");
            assertThat(phone.outbox().pendingCount()).isEqualTo(1);

            // Hugo's code while Camille's goal waits: refused, nothing changes on the phone.
            SyncException refused = catchThrowableOfType(
                    SyncException.class,
                    () -> engine.pairing().pair(server.baseUrl(), server.pairingCode(hugo), "Téléphone du service"));
            assertThat(refused.problem()).isEqualTo(SyncProblem.PAIRING_OTHER_USER_PENDING);
            assertThat(refused.problem().message(Locale.FRENCH)).contains("autre compte", "Envoyez-les d’abord");
            assertThat(refused.problem().message(Locale.ENGLISH)).contains("another account", "Send them first");
            assertThat(Pairing.account(phone).orElseThrow().userId()).isEqualTo(camille.id());
            assertThat(phone.outbox().pendingCount()).isEqualTo(1);
            assertThat(phone.goals().find(sent)).isPresent();

            // Camille's change goes out under her own account; then Hugo's new code is accepted.
            assertThat(engine.syncOnce().acknowledged()).isEqualTo(1);
            assertThat(phone.outbox().pendingCount()).isZero();
            SyncAccount hugoAccount =
                    engine.pairing().pair(server.baseUrl(), server.pairingCode(hugo), "Téléphone du service");

            assertThat(hugoAccount.userId()).isEqualTo(hugo.id());
            assertThat(phone.beneficiaries().find(samia))
                    .as("Camille's caseload left the phone")
                    .isEmpty();
            assertThat(phone.goals().find(sent)).isEmpty();
            assertThat(phone.goals().find(waiting)).isEmpty();
            assertThat(phone.database().read(SyncScope::all)).isEmpty();
            SyncReport first = engine.syncOnce();
            assertThat(first.restored()).isTrue();
            assertThat(phone.beneficiaries().find(samia))
                    .as("not in Hugo's caseload")
                    .isEmpty();
            assertThat(phone.outbox().pendingCount()).isZero();
        }
    }
}
