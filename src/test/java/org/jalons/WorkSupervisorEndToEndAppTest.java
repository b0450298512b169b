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
import javafx.scene.control.ListView;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.WorkObservation;
import org.jalons.journal.JournalKind;
import org.jalons.journal.JournalRow;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.jalons.work.WorkTeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third voice through the real server, on four phones: the admin gives the work supervisor a work team on
 * their account screen; the work supervisor's phone then holds the people of that team only, with their name and
 * nothing of their support, and records an observation at work; the person reads it on their own phone and
 * answers; the counsellor reads both in the person's journal.
 */
class WorkSupervisorEndToEndAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final String TEAM = "Espaces verts";
    static final String OBSERVED = "Montre les gestes de taille aux nouveaux.";
    static final String ANSWER = "J’aime bien expliquer";

    @TempDir
    Path dir;

    RealServer server;
    Path counsellorPhone;
    Path workPhone;
    Path personPhone;
    UUID samia;
    UUID ines;

    @BeforeEach
    void camilleFollowsSamiaOfTheGreenSpacesTeamAndInesOfAnother() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        counsellorPhone = dir.resolve("counsellor");
        workPhone = dir.resolve("work");
        personPhone = dir.resolve("person");
        samia = JalonsRecord.newId();
        ines = JalonsRecord.newId();
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(store, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            store.beneficiaries()
                    .save(new Beneficiary(
                                    samia,
                                    "Samia B.",
                                    null,
                                    LocalDate.now(CLOCK),
                                    null,
                                    null,
                                    List.of(Term.of(Eligibility.RSA)),
                                    null,
                                    "Roubaix")
                            .withWorkTeam(TEAM));
            store.beneficiaries()
                    .save(new Beneficiary(
                                    ines, "Inès M.", null, LocalDate.now(CLOCK), null, null, List.of(), null, null)
                            .withWorkTeam("Atelier bois"));
            sync.syncOnce();
        }
        RealServer.User karim = server.createUser("Karim Encadrant", "WORK_SUPERVISOR", null);
        try (LocalStore store =
                new Profiles(workPhone, CLOCK, 1000).create("Karim", Role.WORK_SUPERVISOR, PIN.toCharArray())) {
            new SyncEngine(store, HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), server.pairingCode(karim), "Téléphone de Karim");
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
    void anObservationAtWorkGoesFromTheWorkSupervisorToThePersonWhoAnswersAndToTheCounsellor() throws Exception {
        // The admin gives Karim the green spaces team, one tap among the teams the people's files name.
        startApp(AdminPhone.paired(server, dir.resolve("admin")));
        unlock("#admin-home");
        tap("#admin-team");
        waitFor("#team-list");
        openAccount("Karim Encadrant");
        waitFor("#account-teams-section");
        waitUntil(() -> lookup("#account-other-teams .button").queryAll().size() == 2);
        assertThat(lookup("#account-teams .hint").queryAs(Label.class).getText())
                .isEqualTo("Aucune équipe pour l’instant\u00a0: ce compte ne voit personne.");
        clickOn(TEAM);
        waitUntil(() -> textOf("#account-team-0").equals(TEAM));
        stopApp();

        // Karim's phone holds Samia, with her name and nothing of her support; not Inès of another team.
        sync(workPhone);
        try (LocalStore store = new Profiles(workPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            assertThat(store.beneficiaries().all())
                    .extracting(Beneficiary::displayName)
                    .containsExactly("Samia B.");
            assertThat(store.beneficiaries().find(samia).orElseThrow().contact())
                    .isNull();
        }
        startApp(workPhone);
        unlock("#work-team");
        revealAndTap("#work-person-SamiaB");
        waitFor("#work-person");
        tap("#work-observation-new");
        waitFor("#work-observation");
        revealAndTap("#work-skill-GESTES_METIER");
        revealAndTap("#work-skill-TRAVAIL_EQUIPE");
        revealAndTap("#work-rate-7");
        revealAndTap("#work-observation-comment");
        write(OBSERVED);
        revealAndTap("#work-observation-save");
        waitFor("#work-person");
        stopApp();
        sync(workPhone);

        // Samia's own phone: she reads it, with who observed, and answers.
        RealServer.User account = server.createUser("Samia B.", "BENEFICIARY", samia);
        try (LocalStore store =
                new Profiles(personPhone, CLOCK, 1000).create("Samia", Role.BENEFICIARY, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(store, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(account), "Téléphone de Samia");
            sync.syncOnce();
        }
        WorkObservation observed;
        try (LocalStore store = new Profiles(personPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            observed = WorkTeam.observationsOf(store, samia).get(0);
        }
        assertThat(observed.comment()).isEqualTo(OBSERVED);
        assertThat(observed.observedBy()).isEqualTo("Karim Encadrant");
        assertThat(observed.rating()).isEqualTo(7);
        startApp(personPhone);
        unlock("#goal-cards");
        String card = "#my-work-" + observed.id();
        reveal(card);
        revealAndTap(card + " #my-work-answer");
        revealAndTap(card + " #my-work-answer-text");
        write(ANSWER);
        revealAndTap(card + " #my-work-answer-send");
        waitUntil(() -> textOf("#my-work-answer-" + observed.id()).endsWith(ANSWER));
        stopApp();
        sync(personPhone);

        // Camille reads the observation and Samia's answer in her journal; Karim's phone gets the answer.
        sync(counsellorPhone);
        startApp(counsellorPhone);
        unlock("#caseload");
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Samia B."))
                .findFirst()
                .orElseThrow());
        revealAndTap("#tab-journal");
        revealAndTap("#open-journal");
        waitFor("#journal-list");
        @SuppressWarnings("unchecked")
        ListView<JournalRow> list = lookup("#journal-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream()
                .anyMatch(r -> r instanceof JournalRow.Entry e && e.entry().kind() == JournalKind.AT_WORK));
        clickOn(lookup(".journal-headline").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Au travail"))
                .findFirst()
                .orElseThrow());
        waitFor("#journal-entry");
        assertThat(textOf("#journal-entry-answer")).isEqualTo(ANSWER);
        stopApp();
        sync(workPhone);
        try (LocalStore store = new Profiles(workPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            assertThat(WorkTeam.observationsOf(store, samia).get(0).answer()).isEqualTo(ANSWER);
        }
    }

    private void unlock(String home) {
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor(home);
    }

    /** Opens the team list's line of {@code name} as a keyboard does (chosen, then Enter). */
    private void openAccount(String name) {
        waitUntil(() ->
                lookup(".admin-line-title").queryAllAs(Label.class).stream().anyMatch(l -> name.equals(l.getText())));
        ListView<?> list = lookup(".admin-list").queryAs(ListView.class);
        interact(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).toString().contains("name=" + name)) {
                    list.requestFocus();
                    list.getSelectionModel().select(i);
                    return;
                }
            }
            throw new AssertionError(name + " is not listed");
        });
        type(javafx.scene.input.KeyCode.ENTER);
    }

    private static void sync(Path phone) throws Exception {
        try (LocalStore store = new Profiles(phone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            new SyncEngine(store, HTTP, CLOCK).syncOnce();
            assertThat(store.outbox().pendingCount()).isZero();
        }
    }
}
