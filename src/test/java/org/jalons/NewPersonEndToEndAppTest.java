package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.CaseloadRow;
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
 * A counsellor creates a person on their phone, offline, then syncs against the real server: the person is in their
 * caseload there (their second phone receives them). Made on both phones before a sync, the two files are flagged on
 * the caseload and merged; after a further sync both phones hold one person with everything.
 */
class NewPersonEndToEndAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    RealServer server;
    Path phone;
    Path otherPhone;

    @BeforeEach
    void camillesTwoPhones() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        phone = dir.resolve("phone");
        otherPhone = dir.resolve("other-phone");
        for (Path home : List.of(phone, otherPhone)) {
            try (LocalStore store =
                    new Profiles(home, CLOCK, 1000).create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
                new SyncEngine(store, HTTP, CLOCK)
                        .pairing()
                        .pair(server.baseUrl(), server.pairingCode(camille), "Téléphone " + home.getFileName());
            }
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
    void aPersonCreatedOfflineIsInTheCounsellorsCaseloadOnTheServerAfterTheSync() throws Exception {
        startApp(phone);
        unlock();
        createPerson("Inès Moreau", "Lille");
        // The new file opens at once, and the caseload lists the person before any sync.
        waitUntil(() -> textOf("#file-header .screen-heading").equals("Inès Moreau"));
        tap("#back");
        waitUntil(() -> names().contains("Inès Moreau"));

        // Typed again: shown as maybe the same person, side by side, and opened instead of made twice.
        tap("#fab");
        tap("#newPerson-displayName").write("MOREAU ines");
        revealAndTap("#newPerson-site");
        write("lille");
        type(javafx.scene.input.KeyCode.TAB);
        waitFor("#likely-same .likely-same-title");
        assertThat(textOf("#likely-same .likely-same-title")).isEqualTo("Peut-être la même personne que Inès Moreau");
        assertThat(lookup("#likely-same #compare-right").queryAll()).isNotEmpty();
        revealAndTap("#open-existing");
        waitUntil(() -> textOf("#file-header .screen-heading").equals("Inès Moreau"));
        tap("#back");
        waitUntil(() -> names().equals(List.of("Inès Moreau")));

        tap("#sync-now");
        // The server put her in Camille's caseload: her other phone, which pulls only that caseload, receives her.
        waitUntil(() -> otherPhoneHolds().stream().anyMatch(b -> b.displayName().equals("Inès Moreau")));
        Beneficiary there = otherPhoneHolds().get(0);
        assertThat(there.site()).isEqualTo("Lille");
        assertThat(there.entryDate()).isEqualTo(LocalDate.now(CLOCK));
    }

    @Test
    void theSamePersonMadeOnTwoPhonesIsFlaggedMergedAndOneAfterTheNextSync() throws Exception {
        // The other phone made her first, with a goal, and sent it.
        UUID first;
        UUID goal = JalonsRecord.newId();
        try (LocalStore store = new Profiles(otherPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            Beneficiary ines = new Beneficiary(
                    JalonsRecord.newId(), "Ines MOREAU", null, LocalDate.now(CLOCK), null, null, List.of(), null, null);
            first = store.beneficiaries().save(ines).id();
            store.goals()
                    .save(new Goal(
                            goal,
                            first,
                            Term.of(GoalTheme.values()[0]),
                            "Passer le permis",
                            ProposedBy.COUNSELLOR,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.now(CLOCK),
                            null));
            new SyncEngine(store, HTTP, CLOCK).syncOnce();
        }

        // This phone, offline until now, makes her too, then syncs: both files are here, flagged.
        startApp(phone);
        unlock();
        createPerson("Inès Moreau", "Lille");
        waitUntil(() -> textOf("#file-header .screen-heading").equals("Inès Moreau"));
        tap("#back");
        tap("#sync-now");
        waitUntil(() -> names().size() == 2);
        waitFor("#caseload-likely-same");
        assertThat(textOf(".likely-same-title"))
                .isEqualTo("Deux dossiers pour Ines MOREAU\u00a0: peut-être la même personne");

        revealAndTap("#compare-0");
        waitFor("#person-merge");
        assertThat(title()).isEqualTo("Fusionner deux dossiers");
        assertThat(lookup("#compare-left").queryAll()).isNotEmpty();
        reveal("#merge-displayName-other");
        assertThat(lookup("#merge-displayName-kept")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .getText())
                .isEqualTo("Garder\u00a0: Ines MOREAU");
        revealAndTap("#merge-displayName-other"); // the accents this phone typed
        revealAndTap("#merge-confirm");
        waitUntil(() -> textOf("#snackbar-text").startsWith("Dossiers fusionnés"));
        tap("#back");
        waitUntil(() -> names().equals(List.of("Inès Moreau")));
        assertThat(lookup("#caseload-likely-same").query().isManaged()).isFalse();

        tap("#sync-now");
        // After the next sync of both phones: one person, with the goal made on the other phone.
        waitUntil(() -> {
            List<Beneficiary> there = otherPhoneHolds();
            return there.size() == 1 && there.get(0).displayName().equals("Inès Moreau");
        });
        try (LocalStore store = new Profiles(otherPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            assertThat(store.beneficiaries().find(first)).isPresent();
            assertThat(store.goals().forBeneficiary(first))
                    .extracting(Goal::phrasing)
                    .containsExactly("Passer le permis");
        }
        assertThat(names()).containsExactly("Inès Moreau");
    }

    private void unlock() {
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#caseload");
    }

    private void createPerson(String name, String site) {
        tap("#fab");
        waitFor("#newPerson-displayName");
        assertThat(title()).isEqualTo("Nouvelle personne");
        tap("#newPerson-displayName").write(name);
        revealAndTap("#newPerson-site");
        write(site);
        revealAndTap("#done");
    }

    private List<String> names() {
        @SuppressWarnings("unchecked")
        ListView<CaseloadRow> list = (ListView<CaseloadRow>) lookup("#caseload").queryAs(ListView.class);
        return list.getItems().stream().map(CaseloadRow::displayName).toList();
    }

    /** Syncs the other phone and reads the people it holds (not deleted). */
    private List<Beneficiary> otherPhoneHolds() throws Exception {
        try (LocalStore store = new Profiles(otherPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            new SyncEngine(store, HTTP, CLOCK).syncOnce();
            return store.beneficiaries().all();
        }
    }
}
