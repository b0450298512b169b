package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
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
 * A home visit with two voices: the person and the counsellor each rate and comment, the visit shows the gap and asks
 * what makes them see things differently; once synced through the real server, the person's own phone shows both
 * comments and the answer, each in its own voice, in plain words and in easy-read.
 */
class TwoVoicesEndToEndAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final String SELF = "Je connais le code par coeur";
    static final String MINE = "La conduite en ville reste difficile";
    static final String ANSWER = "Ines pense au code, moi a la conduite";

    @TempDir
    Path dir;

    RealServer server;
    Path counsellorPhone;
    Path personPhone;
    UUID ines;
    UUID goal;

    @BeforeEach
    void camilleFollowsInes() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        counsellorPhone = dir.resolve("counsellor");
        personPhone = dir.resolve("person");
        ines = JalonsRecord.newId();
        goal = JalonsRecord.newId();
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(store, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            store.beneficiaries()
                    .save(new Beneficiary(
                            ines, "Inès Moreau", null, LocalDate.now(CLOCK), null, null, List.of(), null, null));
            store.goals()
                    .save(new Goal(
                            goal,
                            ines,
                            Term.of(GoalTheme.MOBILITE),
                            "Je me sens capable de passer le permis B",
                            ProposedBy.JOINT,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.now(CLOCK),
                            null));
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
    void aVisitsTwoCommentsAndItsGapAnswerReachThePersonsPhoneInBothVoicesAndInEasyRead() throws Exception {
        startApp(counsellorPhone);
        unlock("#caseload");
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Inès Moreau"))
                .findFirst()
                .orElseThrow());
        revealAndTap("#start-visit");
        waitFor("#visit-step");
        for (int i = 0; i < 3; i++) {
            tap("#visit-next");
        }
        waitUntil(() -> textOf("#visit-step").startsWith("Étape 4"));
        revealAndTap("#rating-self-0-8");
        assertThat(lookup("#rating-gap-box-0").query().isVisible())
                .as("no gap before both ratings are in")
                .isFalse();
        revealAndTap("#rating-counsellor-0-5");
        waitUntil(() -> lookup("#rating-gap-box-0").query().isVisible());
        assertThat(textOf("#rating-gap-0")).isEqualTo("Inès\u00a0: 8/10 · Vous\u00a0: 5/10");
        assertThat(textOf("#rating-gap-points-0")).isEqualTo("3 points d’écart");
        revealAndTap("#rating-self-comment-0");
        write(SELF);
        revealAndTap("#rating-counsellor-comment-0");
        write(MINE);
        revealAndTap("#rating-gap-answer-0");
        write(ANSWER);
        tap("#visit-next");
        tap("#visit-next");
        waitFor("#visit-summary");
        assertThat(labels("#visit-summary"))
                .contains(
                        "• Inès\u00a0: «\u00a0" + SELF + "\u00a0»",
                        "• Vous\u00a0: «\u00a0" + MINE + "\u00a0»",
                        "• Ce qui nous fait voir les choses différemment\u00a0: " + ANSWER);
        tap("#visit-next");
        waitUntil(() -> title().equals("Dossier"));
        waitFor("#goal-voices-" + goal);
        assertThat(labels("#goal-voices-" + goal))
                .contains(
                        "Inès, 8/10\u00a0: «\u00a0" + SELF + "\u00a0»",
                        "Vous, 5/10\u00a0: «\u00a0" + MINE + "\u00a0»",
                        "Ce qui vous fait voir les choses différemment\u00a0: " + ANSWER);
        tap("#back");
        waitFor("#caseload");
        tap("#sync-now");

        // The person's own phone, paired as Inès, pulls both voices with their words.
        RealServer.User account = server.createUser("Inès Moreau", "BENEFICIARY", ines);
        try (LocalStore store =
                new Profiles(personPhone, CLOCK, 1000).create("Inès", Role.BENEFICIARY, PIN.toCharArray())) {
            new SyncEngine(store, HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), server.pairingCode(account), "Téléphone d’Inès");
        }
        waitUntil(() -> {
            try (LocalStore store = new Profiles(personPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
                new SyncEngine(store, HTTP, CLOCK).syncOnce();
                List<CheckIn> pulled = store.checkIns().forGoal(goal);
                return pulled.size() == 2
                        && pulled.stream().allMatch(c -> ANSWER.equals(c.gapAnswer()))
                        && pulled.stream().anyMatch(c -> c.rater() == Rater.BENEFICIARY && SELF.equals(c.comment()))
                        && pulled.stream().anyMatch(c -> c.rater() == Rater.COUNSELLOR && MINE.equals(c.comment()));
            }
        });
        stopApp();

        startApp(personPhone);
        unlock("#goal-cards");
        tap("#place-progress");
        waitFor("#my-voices-" + goal);
        assertThat(labels("#my-voices-" + goal))
                .contains(
                        "Ce que nous en disons",
                        "Moi, 8/10\u00a0: «\u00a0" + SELF + "\u00a0»",
                        "La personne qui m’accompagne, 5/10\u00a0: «\u00a0" + MINE + "\u00a0»",
                        "Ce qui nous fait voir les choses différemment\u00a0: " + ANSWER);

        tap("#place-settings");
        tap("#easy-read");
        waitFor(".easy-read-screen");
        tap("#place-progress");
        waitFor("#my-voices-" + goal);
        assertThat(labels("#my-voices-" + goal))
                .contains(
                        "Ce que nous avons dit",
                        "Moi\u00a0: 8 sur 10. J’ai dit\u00a0: «\u00a0" + SELF + "\u00a0»",
                        "La personne qui m’aide\u00a0: 5 sur 10. Ses mots\u00a0: «\u00a0" + MINE + "\u00a0»",
                        "Pourquoi nos notes ne sont pas les mêmes\u00a0: " + ANSWER);
    }

    private void unlock(String home) {
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor(home);
    }

    private List<String> labels(String box) {
        return lookup(box).queryAll().stream()
                .findFirst()
                .map(n -> ((javafx.scene.Parent) n)
                        .lookupAll(".label").stream()
                                .filter(Node::isVisible)
                                .map(l -> ((Label) l).getText())
                                .toList())
                .orElse(List.of());
    }
}
