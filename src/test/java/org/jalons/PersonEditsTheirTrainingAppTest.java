package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server and three phones: Camille records a training for Samia; Samia declares one of her own on her
 * phone, which syncs; on a second phone of hers, paired afterwards, the server's {@code declaredBy} tells which one
 * is hers: in easy-read she changes it, Camille's shows no way to change it, and the change is accepted by the server
 * and reaches Camille.
 */
class PersonEditsTheirTrainingAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    RealServer server;
    RealServer.User samiasAccount;
    Path camillesPhone;
    Path secondPhone;
    final UUID camilles = JalonsRecord.newId();
    final UUID hers = JalonsRecord.newId();

    private static Training training(UUID id, UUID person, String title, TrainingStatus status) {
        return new Training(
                id,
                person,
                null,
                title,
                null,
                TrainingKind.QUALIFYING,
                Term.of(Certification.NONE),
                null,
                null,
                null,
                null,
                null,
                status);
    }

    @BeforeEach
    void aTrainingOfCamillesAndOneSamiaDeclaredOnHerFirstPhone() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        camillesPhone = dir.resolve("camille");
        UUID samia = JalonsRecord.newId();
        try (LocalStore phone =
                new Profiles(camillesPhone, CLOCK, 1000).create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            phone.beneficiaries()
                    .save(new Beneficiary(
                            samia, "Samia B.", null, LocalDate.now(CLOCK), null, camille.id(), List.of(), null, null));
            phone.trainings().save(training(camilles, samia, "CACES R489", TrainingStatus.PREVUE));
            sync.syncOnce();
        }
        samiasAccount = server.createUser("Samia B.", "BENEFICIARY", samia);
        try (LocalStore phone = new Profiles(dir.resolve("samia-first"), CLOCK, 1000)
                .create("Samia", Role.BENEFICIARY, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(samiasAccount), "Téléphone de Samia");
            sync.syncOnce();
            // declared without saying by whom: the server writes it
            phone.trainings().save(training(hers, samia, "Hygine en cuisine", TrainingStatus.EN_COURS));
            sync.syncOnce();
            assertThat(phone.outbox().rejectedCount()).isZero();
        }
        secondPhone = dir.resolve("samia-second");
        try (LocalStore phone =
                new Profiles(secondPhone, CLOCK, 1000).create("Samia", Role.BENEFICIARY, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(samiasAccount), "Autre téléphone de Samia");
            sync.syncOnce();
            assertThat(phone.trainings().find(hers).orElseThrow().declaredBy()).isEqualTo(Rater.BENEFICIARY);
            assertThat(phone.trainings().find(camilles).orElseThrow().declaredBy())
                    .isEqualTo(Rater.COUNSELLOR);
        }
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void onHerSecondPhoneInEasyReadSamiaChangesTheTrainingSheDeclaredAndOnlyThatOne() throws Exception {
        startApp(secondPhone);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitUntil(() -> title().equals("Mon parcours"));
        tap("#place-settings");
        reveal("#easy-read");
        tap("#easy-read");
        tap("#place-my-path");
        waitFor("#my-trainings");
        assertThat(lookup("#edit-training-" + camilles).tryQuery())
                .as("Camille's training: no way to change it here")
                .isEmpty();
        javafx.scene.control.Button edit = lookup("#edit-training-" + hers).queryButton();
        assertThat(edit.getText()).isEqualTo("Je change");
        assertThat(edit.getGraphic()).isNotNull();

        revealAndTap("#edit-training-" + hers);
        waitFor("#wizard");
        assertThat(textOf("#question")).isEqualTo("Le nom de ma formation");
        revealAndTap("#training-title");
        push(KeyCode.CONTROL, KeyCode.A);
        write("Hygiène en cuisine");
        revealAndTap("#wizard-next"); // where
        revealAndTap("#wizard-next"); // what kind
        revealAndTap("#wizard-next"); // where I stand
        waitUntil(() -> textOf("#question").equals("Où j’en suis\u00a0?"));
        assertThat(lookup("#training-status-CERTIFIEE").tryQuery())
                .as("a certification is the counsellor's to confirm")
                .isEmpty();
        revealAndTap("#training-status-SUIVIE");
        revealAndTap("#wizard-next");
        revealAndTap("#wizard-next"); // the dates
        waitUntil(() -> textOf("#question").equals("Combien d’heures\u00a0?"));
        revealAndTap("#training-done");
        write("21");
        revealAndTap("#wizard-save");
        waitFor("#my-trainings");
        stopApp();

        try (LocalStore phone = new Profiles(secondPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            Training changed = phone.trainings().find(hers).orElseThrow();
            assertThat(changed.title()).isEqualTo("Hygiène en cuisine");
            assertThat(changed.status()).isEqualTo(TrainingStatus.SUIVIE);
            assertThat(changed.doneHours()).isEqualTo(21.0);
            new SyncEngine(phone, HTTP, CLOCK).syncOnce();
            assertThat(phone.outbox().rejectedCount())
                    .as("the server accepts her change")
                    .isZero();
            assertThat(phone.outbox().pendingCount()).isZero();
        }
        try (LocalStore phone = new Profiles(camillesPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            new SyncEngine(phone, HTTP, CLOCK).syncOnce();
            Training seen = phone.trainings().find(hers).orElseThrow();
            assertThat(seen.title()).isEqualTo("Hygiène en cuisine");
            assertThat(seen.declaredBy()).isEqualTo(Rater.BENEFICIARY);
        }
    }
}
