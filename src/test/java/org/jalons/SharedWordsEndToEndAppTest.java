package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Consent;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.AppServices;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.SharedWordBook;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words that reach the structure, by choice, on three phones and the real server: Samia shares a note of hers on
 * her phone; Camille re-reads it with her on her own phone («Relu ensemble»); the supervisor reads it, without any
 * name, only once five people (k) shared words on the theme; Samia withdraws it and it is gone.
 */
class SharedWordsEndToEndAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final String HER_WORDS = "Je prends le bus toute seule maintenant";

    @TempDir
    Path dir;

    RealServer server;
    RealServer.User camille;
    Path camillesPhone;
    Path samiasPhone;
    Path supervisorsPhone;
    UUID samia = JalonsRecord.newId();
    UUID samiasNote = JalonsRecord.newId();
    final List<UUID> others = new ArrayList<>();
    /** The app's services while it runs on Samia's phone. */
    volatile AppServices app;

    @BeforeEach
    void fivePeopleWhoShareTheirNotes() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        camillesPhone = dir.resolve("camille");
        samiasPhone = dir.resolve("samia");
        supervisorsPhone = dir.resolve("direction");
        for (int i = 0; i < 4; i++) {
            others.add(JalonsRecord.newId());
        }
        try (LocalStore phone =
                new Profiles(camillesPhone, CLOCK, 1000).create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            person(phone, samia, "Samia B.");
            for (int i = 0; i < others.size(); i++) {
                person(phone, others.get(i), "Personne " + i);
            }
            sync.syncOnce();
        }
        samiasNoteOnHerPhone();
        RealServer.User direction = server.createUser("Direction", "SUPERVISOR", null);
        try (LocalStore phone =
                new Profiles(supervisorsPhone, CLOCK, 1000).create("Direction", Role.SUPERVISOR, PIN.toCharArray())) {
            new SyncEngine(phone, HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), server.pairingCode(direction), "Poste de la direction");
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
    void aSharedNoteReachesTheSupervisorOnlyRereadAndAboveKAndLeavesOnceWithdrawn() throws Exception {
        // Samia's phone: under her note, she shares it with the structure.
        startApp(samiasPhone, s -> app = s);
        unlock();
        waitUntil(() -> title().equals("Mon parcours"));
        reveal("#share-" + samiasNote);
        assertThat(lookup("#my-notes").queryAs(javafx.scene.Parent.class).lookupAll(".row-detail").stream()
                        .map(n -> ((javafx.scene.control.Label) n).getText()))
                .anyMatch(t -> t.contains("sans votre nom"));
        revealAndTap("#share-" + samiasNote);
        waitUntil(this::sharedOnHerPhone);
        stopApp();
        sync(samiasPhone);

        // Four other people share words too, and Camille re-reads theirs with them (on her phone, without a screen).
        for (UUID other : others) {
            shareOnTheirPhone(
                    other, "Mon chef me fait confiance (" + other.toString().substring(0, 4) + ")");
        }
        try (LocalStore phone = new Profiles(camillesPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.syncOnce();
            SharedWordBook book = new SharedWordBook(phone, CLOCK);
            for (UUID other : others) {
                book.waitingForReread(other).forEach(w -> book.reread(w.sharedWordId()));
            }
            sync.syncOnce();
        }

        // The supervisor: four people's words re-read, Samia's not yet: the theme stays hidden.
        startApp(supervisorsPhone);
        unlock();
        tap("#open-dashboard");
        waitFor("#words-suppressed");
        assertThat(textOf("#words-suppressed"))
                .isEqualTo("1 thème\u00a0: trop peu de personnes pour montrer leurs mots");
        assertThat(wordsShown()).doesNotContain(HER_WORDS);
        stopApp();

        // Camille's phone: Samia's words wait in her file; re-read together.
        sync(camillesPhone);
        startApp(camillesPhone);
        unlock();
        waitFor("#caseload");
        clickOn("Samia B.");
        revealAndTap("#tab-interviews");
        waitFor("#words-to-reread");
        assertThat(wordsToReread()).contains(HER_WORDS);
        revealAndTap(".word-to-reread .button");
        waitUntil(() -> !lookup("#words-to-reread").query().isVisible());
        stopApp();
        sync(camillesPhone);

        // The supervisor: five people, the words shown without any name, by month.
        startApp(supervisorsPhone);
        unlock();
        tap("#open-dashboard");
        waitUntil(() -> wordsShown().contains(HER_WORDS));
        assertThat(wordsShown()).contains("Sans thème");
        assertThat(wordsShown()).doesNotContain("Samia");
        assertThat(lookup("#words-suppressed").tryQuery()).isEmpty();
        stopApp();

        // Samia withdraws her words: after her sync, the supervisor no longer reads them.
        startApp(samiasPhone, s -> app = s);
        unlock();
        waitUntil(() -> title().equals("Mon parcours"));
        revealAndTap("#share-" + samiasNote);
        waitUntil(() -> !sharedOnHerPhone());
        stopApp();
        sync(samiasPhone);
        startApp(supervisorsPhone);
        unlock();
        tap("#open-dashboard");
        waitFor("#words-suppressed");
        assertThat(wordsShown()).doesNotContain(HER_WORDS);
    }

    private void person(LocalStore phone, UUID id, String name) {
        phone.beneficiaries()
                .save(new Beneficiary(id, name, null, LocalDate.now(CLOCK), null, camille.id(), List.of(), null, null));
        phone.consents()
                .save(new Consent(
                        JalonsRecord.newId(),
                        id,
                        ConsentCategory.NOTES_SHARED_SUPERVISOR,
                        true,
                        CLOCK.instant(),
                        "Camille Martin"));
    }

    private void samiasNoteOnHerPhone() throws Exception {
        RealServer.User account = server.createUser("Samia B.", "BENEFICIARY", samia);
        try (LocalStore phone =
                new Profiles(samiasPhone, CLOCK, 1000).create("Samia", Role.BENEFICIARY, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(account), "Téléphone de Samia");
            sync.syncOnce();
            phone.notes().save(new Note(samiasNote, samia, HER_WORDS, CLOCK.instant(), Rater.BENEFICIARY));
            sync.syncOnce();
        }
    }

    /** Another person writes a note on their own phone and shares it. */
    private void shareOnTheirPhone(UUID person, String words) throws Exception {
        RealServer.User account = server.createUser("P " + person, "BENEFICIARY", person);
        Path home = dir.resolve("person-" + person);
        try (LocalStore phone = new Profiles(home, CLOCK, 1000).create("P", Role.BENEFICIARY, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(account), "Téléphone");
            sync.syncOnce();
            UUID note = JalonsRecord.newId();
            phone.notes().save(new Note(note, person, words, CLOCK.instant(), Rater.BENEFICIARY));
            new SharedWordBook(phone, CLOCK).share(person, note, null);
            sync.syncOnce();
        }
    }

    /** On Samia's phone, as the app holds its store: are her note's words shared? */
    private boolean sharedOnHerPhone() {
        return new SharedWordBook(app.store(), CLOCK).shared(samia).containsKey(samiasNote);
    }

    private List<String> wordsShown() {
        return texts("#card-words");
    }

    private List<String> wordsToReread() {
        return texts("#words-to-reread");
    }

    private List<String> texts(String query) {
        return lookup(query)
                .tryQuery()
                .map(n -> ((javafx.scene.Parent) n)
                        .lookupAll(".label").stream()
                                .map(l -> ((javafx.scene.control.Label) l).getText())
                                .toList())
                .orElse(List.of());
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
