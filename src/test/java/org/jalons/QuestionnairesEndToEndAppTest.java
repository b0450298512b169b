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
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.questionnaire.Questionnaire;
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
 * A questionnaire composed with the people: the counsellor writes it on their phone and publishes it through the real
 * server; the person's phone syncs, and the person answers it alone, in easy-read (its easy sentences and its scale's
 * easy labels); the counsellor's phone syncs and shows the answers with their version in the file.
 */
class QuestionnairesEndToEndAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final String TITLE = "Mon logement";
    static final String[] POINTS = {"Pas du tout", "Un peu", "Assez", "Tout a fait"};
    static final String[] EASY_POINTS = {"Non", "Un petit peu", "Oui", "Oui, très"};
    static final String FIRST = "Je sais a qui parler de mon logement.";
    static final String FIRST_EASY = "Je sais qui peut m aider pour ma maison.";
    static final String SECOND = "Je paie mon loyer sans souci.";
    static final String SECOND_EASY = "Je paie ma maison.";

    @TempDir
    Path dir;

    RealServer server;
    Path counsellorPhone;
    Path personPhone;
    UUID ines;

    @BeforeEach
    void camilleFollowsInes() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        counsellorPhone = dir.resolve("counsellor");
        personPhone = dir.resolve("person");
        ines = JalonsRecord.newId();
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(store, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            store.beneficiaries()
                    .save(new Beneficiary(
                            ines, "Inès Moreau", null, LocalDate.now(CLOCK), null, null, List.of(), null, null));
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
    void aQuestionnaireComposedOnTheCounsellorsPhoneIsAnsweredOnThePersonsPhoneInEasyReadWithItsVersion()
            throws Exception {
        // The counsellor composes the questionnaire and publishes its version 1.
        startApp(counsellorPhone);
        unlock("#caseload");
        tap("#compose-questionnaires");
        waitFor("#compose-line-pouvoir-agir");
        tap("#compose-new");
        waitFor("#compose-title");
        revealAndTap("#compose-title");
        write(TITLE);
        for (int i = 0; i < POINTS.length; i++) {
            revealAndTap("#compose-point-" + (i + 1));
            write(POINTS[i]);
            revealAndTap("#compose-point-easy-" + (i + 1));
            write(EASY_POINTS[i]);
        }
        revealAndTap("#compose-item-text-1");
        write(FIRST);
        revealAndTap("#compose-item-easy-1");
        write(FIRST_EASY);
        revealAndTap("#compose-add-item");
        revealAndTap("#compose-item-text-2");
        write(SECOND);
        revealAndTap("#compose-item-easy-2");
        write(SECOND_EASY);
        revealAndTap("#compose-publish");
        waitFor("#confirm-dialog");
        assertThat(textOf("#confirm-dialog-body")).contains("prochaine synchronisation");
        tap("#confirm-yes");
        waitUntil(() -> lookup(".compose-line").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Labeled) n).getText().startsWith(TITLE + "\n")));
        stopApp();

        // The person's phone, paired as Inès, syncs and gets it.
        RealServer.User account = server.createUser("Inès Moreau", "BENEFICIARY", ines);
        try (LocalStore store =
                new Profiles(personPhone, CLOCK, 1000).create("Inès", Role.BENEFICIARY, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(store, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(account), "Téléphone d’Inès");
            sync.syncOnce();
            assertThat(store.questionnaires().active())
                    .extracting(q -> q.title().get("fr"))
                    .contains(TITLE, "Mon pouvoir d’agir");
        }
        startApp(personPhone);
        unlock("#goal-cards");
        tap("#place-settings");
        tap("#easy-read");
        waitFor(".easy-read-screen");
        tap("#place-my-path");
        revealAndTap("#my-questionnaires");
        waitFor("#my-questionnaire-list");
        Node card = lookup(n -> n.getId() != null && n.getId().startsWith("my-questionnaire-q-"))
                .query();
        assertThat(card).isNotNull();
        clickOn(card);
        waitFor("#questionnaire-item");
        assertThat(((javafx.scene.control.ToggleButton)
                                lookup("#questionnaire-easy-read").query())
                        .isSelected())
                .isTrue();
        assertThat(textOf("#questionnaire-item")).isEqualTo(FIRST_EASY);
        assertThat(lookup(".likert-card").queryAll()).hasSize(4);
        assertThat(labels("#likert-4")).contains("Oui, très");
        revealAndTap("#likert-3");
        waitUntil(() -> textOf("#questionnaire-item").equals(SECOND_EASY));
        revealAndTap("#likert-4");
        waitFor("#questionnaire-version");
        assertThat(textOf("#questionnaire-version")).isEqualTo("Version 1");
        stopApp();

        // Sent by the person's phone, pulled by the counsellor's: the file shows the answers with their version.
        String questionnaireId;
        try (LocalStore store = new Profiles(personPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            new SyncEngine(store, HTTP, CLOCK).syncOnce();
            List<QuestionnaireResponse> mine = store.questionnaireResponses().forBeneficiary(ines);
            assertThat(mine).hasSize(1);
            questionnaireId = mine.get(0).questionnaireId();
            Questionnaire answered =
                    store.questionnaires().find(questionnaireId, 1).orElseThrow();
            assertThat(answered.title().get("fr")).isEqualTo(TITLE);
            assertThat(mine.get(0).answers()).containsValues(3, 4).hasSize(2);
        }
        waitUntil(() -> {
            try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
                new SyncEngine(store, HTTP, CLOCK).syncOnce();
                return store.questionnaireResponses().forBeneficiary(ines).stream()
                        .anyMatch(r -> r.questionnaireId().equals(questionnaireId) && r.questionnaireVersion() == 1);
            }
        });
        startApp(counsellorPhone);
        unlock("#caseload");
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Inès Moreau"))
                .findFirst()
                .orElseThrow());
        revealAndTap("#tab-interviews");
        reveal("#questionnaire-history");
        assertThat(labels("#questionnaire-history")).anyMatch(l -> l.contains("3,5") && l.endsWith("version 1"));
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
