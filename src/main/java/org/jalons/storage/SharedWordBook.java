package org.jalons.storage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Note;
import org.jalons.domain.SharedWord;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Rater;

/**
 * The words a person shares with the structure, as both sides handle them on their phones: the person shares or
 * withdraws a note or a check-in comment of theirs; the counsellor lists those not yet re-read and marks them
 * re-read together. Withdrawn is for good (PROTOCOL.md, "Shared words"): sharing again writes a new record.
 */
public final class SharedWordBook {

    /** Words shared and waiting for a re-read: the words themselves and when the person wrote them. */
    public record ToReread(UUID sharedWordId, Instant said, String text) {}

    private final LocalStore store;
    private final Clock clock;

    public SharedWordBook(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Whether the person's NOTES_SHARED_SUPERVISOR consent is in force: without it nothing reaches supervisors. */
    public boolean consentGiven(UUID person) {
        return store.consents().isGranted(person, ConsentCategory.NOTES_SHARED_SUPERVISOR);
    }

    /** The words ({@code recordId}) the person shares now, not withdrawn. */
    public Map<UUID, SharedWord> shared(UUID person) {
        Map<UUID, SharedWord> out = new HashMap<>();
        for (SharedWord word : store.sharedWords().forBeneficiary(person)) {
            if (word.shared()) {
                out.put(word.recordId(), word);
            }
        }
        return out;
    }

    /** Shares the person's words {@code recordId} (a note, for which {@code goalId} may say the goal it is about). */
    public SharedWord share(UUID person, UUID recordId, UUID goalId) {
        Optional<SharedWord> already = Optional.ofNullable(shared(person).get(recordId));
        return already.orElseGet(() -> store.sharedWords()
                .save(new SharedWord(UUID.randomUUID(), person, recordId, goalId, clock.instant(), null, null)));
    }

    /** Withdraws the person's words {@code recordId}: supervisors no longer read them. */
    public void withdraw(UUID person, UUID recordId) {
        store.inOneTransaction(() -> {
            for (SharedWord word : store.sharedWords().forBeneficiary(person)) {
                if (word.recordId().equals(recordId) && word.shared()) {
                    store.sharedWords().save(word.withWithdrawnAt(clock.instant()));
                }
            }
        });
    }

    /** The person's shared words not yet re-read with the counsellor, oldest said first. */
    public List<ToReread> waitingForReread(UUID person) {
        Map<UUID, String> texts = new HashMap<>();
        Map<UUID, Instant> said = new HashMap<>();
        for (Note note : store.notes().forBeneficiary(person)) {
            if (note.authorRole() == Rater.BENEFICIARY) {
                texts.put(note.id(), note.text());
                said.put(note.id(), note.writtenAt());
            }
        }
        for (CheckIn checkIn : store.checkIns().forBeneficiary(person)) {
            if (checkIn.rater() == Rater.BENEFICIARY
                    && checkIn.comment() != null
                    && !checkIn.comment().isBlank()) {
                texts.put(checkIn.id(), checkIn.comment());
                said.put(checkIn.id(), checkIn.ratedAt());
            }
        }
        List<ToReread> out = new ArrayList<>();
        for (SharedWord word : store.sharedWords().forBeneficiary(person)) {
            if (word.waitsForReread() && texts.containsKey(word.recordId())) {
                out.add(new ToReread(word.id(), said.get(word.recordId()), texts.get(word.recordId())));
            }
        }
        out.sort(Comparator.comparing(ToReread::said));
        return out;
    }

    /** The counsellor re-read these words with the person. */
    public void reread(UUID sharedWordId) {
        store.sharedWords()
                .find(sharedWordId)
                .filter(SharedWord::waitsForReread)
                .ifPresent(word -> store.sharedWords().save(word.withRereadAt(clock.instant())));
    }
}
