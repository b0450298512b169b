package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.ProposedStatus;
import org.jalons.protocol.Vocabulary.Role;
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
 * Two phones and the real server: on her phone, Samia rewords the goal her counsellor wrote and says she thinks she
 * reached it; after a sync, Camille's phone shows the proposal on Samia's file and goal, Camille confirms it; after
 * the next sync, Samia's phone shows the goal reached, in her own words.
 */
class PersonOwnsTheirPathAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final String HER_WORDS = "Je conduis seule pour aller au travail";

    @TempDir
    Path dir;

    RealServer server;
    Path camillesPhone;
    Path samiasPhone;
    UUID goal = JalonsRecord.newId();

    @BeforeEach
    void aGoalCamilleWroteForSamia() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        camillesPhone = dir.resolve("camille");
        samiasPhone = dir.resolve("samia");
        UUID samia = JalonsRecord.newId();
        try (LocalStore phone =
                new Profiles(camillesPhone, CLOCK, 1000).create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            phone.beneficiaries()
                    .save(new Beneficiary(
                            samia, "Samia B.", null, LocalDate.now(CLOCK), null, camille.id(), List.of(), null, null));
            phone.goals()
                    .save(new Goal(
                            goal,
                            samia,
                            Term.of(GoalTheme.MOBILITE),
                            "Je me sens capable de passer le permis B",
                            ProposedBy.COUNSELLOR,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.now(CLOCK),
                            null));
            sync.syncOnce();
        }
        RealServer.User samiasAccount = server.createUser("Samia B.", "BENEFICIARY", samia);
        try (LocalStore phone =
                new Profiles(samiasPhone, CLOCK, 1000).create("Samia", Role.BENEFICIARY, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(samiasAccount), "Téléphone de Samia");
            sync.syncOnce();
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
    void samiaRewordsAndProposesHerGoalReachedCamilleConfirmsAndSamiaSeesItReached() throws Exception {
        // Samia's phone: her goal, the counsellor's words; she changes them and says she thinks she reached it.
        startApp(samiasPhone);
        unlock();
        waitUntil(() -> title().equals("Mon parcours"));
        revealAndTap("#my-goal-" + goal);
        waitFor("#my-goal-words");
        revealAndTap("#my-goal-reword");
        tap("#my-goal-words-field");
        push(KeyCode.CONTROL, KeyCode.A);
        write(HER_WORDS);
        revealAndTap("#my-goal-words-save");
        waitUntil(() -> textOf("#my-goal-words").equals(HER_WORDS));
        assertThat(lookup("#my-goal-words-editor").query().isVisible())
                .as("the field folds away once the words are saved")
                .isFalse();
        assertThat(lookup("#my-goal-propose-pause").tryQuery()).isPresent();
        revealAndTap("#my-goal-propose-reached");
        waitUntil(() -> lookup("#my-goal-proposal").tryQuery().isPresent());
        assertThat(textOf("#my-goal-proposal"))
                .isEqualTo("Vous avez proposé\u00a0: atteint. Vous en parlerez avec la personne qui vous accompagne.");
        assertThat(lookup("#my-goal-propose-reached").tryQuery()).isEmpty();
        assertThat(lookup("#my-goal-withdraw").tryQuery()).isPresent();
        stopApp();
        sync(samiasPhone);

        // Camille's phone, after its sync: the proposal on Samia's file and in the goal's editor; she confirms it.
        sync(camillesPhone);
        startApp(camillesPhone);
        unlock();
        waitFor("#caseload");
        waitUntil(() -> lookup(".caseload-cell").queryAll().stream()
                .map(javafx.scene.Node::getAccessibleText)
                .anyMatch(said -> said != null && said.contains("Une proposition de la personne")));
        clickOn("Samia B.");
        waitFor("#goal-proposal-mark");
        assertThat(textOf("#goal-proposal-mark")).isEqualTo("La personne propose\u00a0: atteint");
        revealAndTap("#edit-goal-" + goal);
        waitFor("#goal-proposal-said");
        assertThat(textOf("#goal-proposal-said")).startsWith("La personne pense que cet objectif est atteint");
        revealAndTap("#goal-proposal-confirm");
        waitUntil(() -> lookup("#goal-proposal-said").tryQuery().isEmpty());
        stopApp();
        try (LocalStore phone = new Profiles(camillesPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            Goal decided = phone.goals().find(goal).orElseThrow();
            assertThat(decided.status()).isEqualTo(GoalStatus.ATTEINT);
            assertThat(decided.proposedStatus()).isNull();
            assertThat(decided.phrasing()).isEqualTo(HER_WORDS);
            new SyncEngine(phone, HTTP, CLOCK).syncOnce();
        }

        // Samia's phone, after its sync: the goal is reached, in her words, and nothing waits any more.
        sync(samiasPhone);
        startApp(samiasPhone);
        unlock();
        waitUntil(() -> title().equals("Mon parcours"));
        revealAndTap("#my-goal-" + goal);
        waitFor("#my-goal-words");
        assertThat(textOf("#my-goal-words")).isEqualTo(HER_WORDS);
        waitUntil(() ->
                lookup(".goal-card .status").queryAs(Label.class).getText().equals("Atteint"));
        assertThat(lookup("#my-goal-proposal").tryQuery()).isEmpty();
        assertThat(lookup("#my-goal-propose-reached").tryQuery()).isEmpty();
    }

    @Test
    void camilleTalksTheProposalOverTheGoalStaysOpenAndHerNoteIsKept() throws Exception {
        try (LocalStore phone = new Profiles(samiasPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            Goal mine = phone.goals().find(goal).orElseThrow();
            phone.goals().save(mine.withProposal(ProposedStatus.ATTEINT, CLOCK.instant()));
            new SyncEngine(phone, HTTP, CLOCK).syncOnce();
        }
        sync(camillesPhone);
        startApp(camillesPhone);
        unlock();
        waitFor("#caseload");
        clickOn("Samia B.");
        revealAndTap("#edit-goal-" + goal);
        revealAndTap("#goal-proposal-discuss");
        tap("#goal-proposal-note");
        write("Encore deux leçons de conduite");
        revealAndTap("#goal-proposal-discussed");
        waitUntil(() -> lookup("#goal-proposal-said").tryQuery().isEmpty());
        stopApp();
        try (LocalStore phone = new Profiles(camillesPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            Goal kept = phone.goals().find(goal).orElseThrow();
            assertThat(kept.status()).isEqualTo(GoalStatus.EN_COURS);
            assertThat(kept.proposedStatus()).isNull();
            assertThat(phone.notes().forBeneficiary(kept.beneficiaryId()))
                    .extracting(org.jalons.domain.Note::text)
                    .containsExactly(
                            "À propos de «\u00a0Je me sens capable de passer le permis B\u00a0»\u00a0: Encore deux leçons de conduite");
            new SyncEngine(phone, HTTP, CLOCK).syncOnce();
        }
        sync(samiasPhone);
        try (LocalStore phone = new Profiles(samiasPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            assertThat(phone.goals().find(goal).orElseThrow().proposedStatus()).isNull();
        }
    }

    @Test
    void inEasyReadTheGoalsWordsAndTheProposalAreSaidPlainlyWithPictograms() throws Exception {
        startApp(samiasPhone);
        unlock();
        waitUntil(() -> title().equals("Mon parcours"));
        tap("#place-settings");
        reveal("#easy-read");
        tap("#easy-read");
        tap("#place-my-path");
        revealAndTap("#my-goal-" + goal);
        waitFor("#my-goal-reword");
        javafx.scene.control.Button reword = lookup("#my-goal-reword").queryButton();
        assertThat(reword.getText()).isEqualTo("Je change ma phrase");
        assertThat(reword.getGraphic()).isNotNull();
        assertThat(reword.getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(lookup("#my-goal-propose-reached").queryButton().getText()).isEqualTo("Je pense que c’est réussi");
        assertThat(lookup("#my-goal-propose-pause").queryButton().getText()).isEqualTo("Je veux faire une pause");
        revealAndTap("#my-goal-propose-reached");
        waitUntil(() -> lookup("#my-goal-proposal").tryQuery().isPresent());
        assertThat(textOf("#my-goal-proposal")).isEqualTo("J’ai dit\u00a0: réussi. On en parle ensemble.");
        assertThat(lookup("#my-goal-withdraw").queryButton().getText()).isEqualTo("Je change d’avis");
        revealAndTap("#my-goal-withdraw");
        waitUntil(() -> lookup("#my-goal-proposal").tryQuery().isEmpty());
        assertThat(lookup("#my-goal-propose-reached").tryQuery()).isPresent();
    }

    private void unlock() {
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
    }

    private static void sync(Path home) throws Exception {
        try (LocalStore phone = new Profiles(home, CLOCK, 1000).unlock(PIN.toCharArray())) {
            new SyncEngine(phone, HTTP, CLOCK).syncOnce();
        }
    }
}
