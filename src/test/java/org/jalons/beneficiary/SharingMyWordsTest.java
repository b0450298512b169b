package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.Goal;
import org.jalons.domain.Note;
import org.jalons.domain.SaidAtOnce;
import org.jalons.domain.SharedWord;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the person's phone: their notes and the words said with their own ratings can be shared with the structure,
 * only with their consent to share notes; switching off withdraws the words.
 */
class SharingMyWordsTest {
    static final UUID SAMIA = DemoOrganisation.SAMIA;

    @TempDir
    Path dir;

    LocalStore store;
    final DirectBackground background = new DirectBackground();
    Goal permis;

    @BeforeEach
    void openSamia() {
        store = new Profiles(dir, Clock.systemUTC(), 1000).openDemo(Role.BENEFICIARY);
        permis = store.goals().forBeneficiary(SAMIA).get(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNoteOfMineIsSharedThenWithdrawnOnlyWithMyConsent() {
        Note mine = store.notes()
                .save(new Note(UUID.randomUUID(), SAMIA, "Je prends le bus seule", Instant.now(), Rater.BENEFICIARY));
        consent(false);
        MyNotes notes = new MyNotes(store, background);
        notes.load();
        assertThat(notes.mayShareProperty().get()).isFalse();

        consent(true);
        notes.load();
        assertThat(notes.mayShareProperty().get()).isTrue();
        notes.share(mine.id(), true);
        assertThat(line(notes, mine.id()).shared()).isTrue();
        assertThat(store.sharedWords().forBeneficiary(SAMIA))
                .extracting(SharedWord::recordId)
                .containsExactly(mine.id());

        notes.share(mine.id(), false);
        assertThat(line(notes, mine.id()).shared()).isFalse();
        assertThat(store.sharedWords().forBeneficiary(SAMIA)).allMatch(w -> w.withdrawnAt() != null);
    }

    @Test
    void aNoteSharedAboutAGoalKeepsItAndShowsItsCurrentWords() {
        Note mine = store.notes()
                .save(new Note(
                        UUID.randomUUID(), SAMIA, "Je révise le code le soir", Instant.now(), Rater.BENEFICIARY));
        consent(true);
        MyNotes notes = new MyNotes(store, background);
        notes.load();
        assertThat(notes.goals()).extracting(MyNotes.GoalChoice::id).contains(permis.id());

        notes.share(mine.id(), true, permis.id());
        assertThat(store.sharedWords().forBeneficiary(SAMIA))
                .extracting(SharedWord::goalId)
                .containsExactly(permis.id());
        assertThat(line(notes, mine.id()).aboutGoal()).isEqualTo(permis.phrasing());

        notes.share(mine.id(), false);
        assertThat(line(notes, mine.id()).aboutGoal()).isNull();
    }

    @Test
    void theWordsSaidWithMyOwnRatingCanBeSharedNotMyCounsellors() {
        consent(true);
        CheckIn mine = store.checkIns()
                .save(new CheckIn(
                        UUID.randomUUID(),
                        SAMIA,
                        permis.id(),
                        Rater.BENEFICIARY,
                        8,
                        "Le code, je l’ai",
                        Instant.now()));
        store.checkIns()
                .save(new CheckIn(
                        UUID.randomUUID(),
                        SAMIA,
                        permis.id(),
                        Rater.COUNSELLOR,
                        6,
                        "Encore la conduite",
                        Instant.now()));
        ProgressViewModel progress = new ProgressViewModel(
                store, background, new EasyRead(new Messages(Language.FRENCH), false, 1.0), ZoneOffset.UTC);
        progress.load();

        assertThat(progress.ownWords(permis.id(), new SaidAtOnce.Voice(Rater.BENEFICIARY, 8, "Le code, je l’ai")))
                .contains(mine.id());
        assertThat(progress.ownWords(permis.id(), new SaidAtOnce.Voice(Rater.COUNSELLOR, 6, "Encore la conduite")))
                .isEmpty();
        assertThat(progress.mayShare()).isTrue();
        progress.share(mine.id(), true);
        assertThat(progress.isShared(mine.id())).isTrue();
        progress.share(mine.id(), false);
        assertThat(progress.isShared(mine.id())).isFalse();
    }

    @Test
    void inEasyReadTheChoiceSaysWhoReadsTheWordsPlainly() {
        EasyRead easy = new EasyRead(new Messages(Language.FRENCH), true, 1.0);
        assertThat(easy.get("words.share")).isEqualTo("La structure peut lire ces mots, sans mon nom");
        assertThat(easy.get("words.share.who")).contains("Elle ne voit pas mon nom");
        EasyRead plain = new EasyRead(new Messages(Language.FRENCH), false, 1.0);
        assertThat(plain.get("words.share")).isEqualTo("Je le partage avec la structure");
    }

    private void consent(boolean granted) {
        store.consents()
                .save(new Consent(
                        UUID.randomUUID(),
                        SAMIA,
                        ConsentCategory.NOTES_SHARED_SUPERVISOR,
                        granted,
                        Instant.now(),
                        "Samia"));
    }

    private static MyNotes.Line line(MyNotes notes, UUID id) {
        return notes.lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }
}
