package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Consent;
import org.jalons.domain.Note;
import org.jalons.domain.SharedWord;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Rater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words a person shares with the structure, on the phones: shared, listed for the counsellor until re-read,
 * withdrawn for good (sharing again is a new record); each step one record and its outbox entry.
 */
class SharedWordBookTest {
    static final UUID SAMIA = UUID.randomUUID();

    @TempDir
    Path dir;

    LocalStore store;
    SharedWordBook book;

    @BeforeEach
    void open() {
        store = TestStores.counsellorStore(dir);
        book = new SharedWordBook(store, TestStores.CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void sharedWordsWaitForARereadThenLeaveTheList() {
        Note mine = note("Je prends le bus toute seule maintenant", Rater.BENEFICIARY);

        SharedWord shared = book.share(SAMIA, mine.id(), null);

        assertThat(book.shared(SAMIA)).containsOnlyKeys(mine.id());
        assertThat(book.share(SAMIA, mine.id(), null).id()).isEqualTo(shared.id()); // shared once
        assertThat(book.waitingForReread(SAMIA))
                .extracting(SharedWordBook.ToReread::text)
                .containsExactly("Je prends le bus toute seule maintenant");
        assertThat(Repositories.outboxFor(store, shared.id())).hasSize(1);

        book.reread(shared.id());

        assertThat(book.waitingForReread(SAMIA)).isEmpty();
        assertThat(store.sharedWords().find(shared.id()).orElseThrow().rereadAt())
                .isEqualTo(TestStores.CLOCK.instant());
        assertThat(Repositories.outboxFor(store, shared.id()))
                .anyMatch(e -> e.fields().containsKey("rereadAt"));
    }

    @Test
    void withdrawnWordsStayWithdrawnAndSharingAgainIsANewRecordToRereadAgain() {
        Note mine = note("Mon chef me fait confiance", Rater.BENEFICIARY);
        SharedWord first = book.share(SAMIA, mine.id(), null);
        book.reread(first.id());

        book.withdraw(SAMIA, mine.id());

        assertThat(book.shared(SAMIA)).isEmpty();
        assertThat(store.sharedWords().find(first.id()).orElseThrow().withdrawnAt())
                .isNotNull();
        SharedWord again = book.share(SAMIA, mine.id(), null);
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(book.waitingForReread(SAMIA))
                .extracting(SharedWordBook.ToReread::sharedWordId)
                .containsExactly(again.id());
    }

    @Test
    void onlyThePersonsOwnWordsAreListedAndTheConsentIsRead() {
        Note counsellors = note("Notes de la CIP", Rater.COUNSELLOR);
        book.share(SAMIA, counsellors.id(), null);
        assertThat(book.waitingForReread(SAMIA)).isEmpty();

        assertThat(book.consentGiven(SAMIA)).isFalse();
        store.consents()
                .save(new Consent(
                        UUID.randomUUID(),
                        SAMIA,
                        ConsentCategory.NOTES_SHARED_SUPERVISOR,
                        true,
                        Instant.parse("2026-11-01T10:00:00Z"),
                        "CIP"));
        assertThat(book.consentGiven(SAMIA)).isTrue();
        assertThat(List.copyOf(book.shared(SAMIA).values()))
                .extracting(SharedWord::recordId)
                .containsExactly(counsellors.id());
    }

    private Note note(String text, Rater author) {
        return store.notes()
                .save(new Note(UUID.randomUUID(), SAMIA, text, Instant.parse("2026-11-20T10:00:00Z"), author));
    }
}
