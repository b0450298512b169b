package org.jalons.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.Barrier;
import org.jalons.domain.Consent;
import org.jalons.domain.RecordKind;
import org.jalons.domain.SharedWord;
import org.jalons.domain.Training;
import org.jalons.journal.Journal;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.storage.LocalStore;
import org.jalons.storage.SharedWordBook;

/**
 * Reads what a {@link Monograph} is made from, on the store thread. Which of the person's own words it quotes: on
 * their own phone, all of them (the récit is theirs: the journal's notes and comments in their voice); on a
 * counsellor's phone, only those the person shared with the structure.
 */
final class MonographSource {
    private MonographSource() {}

    static Monograph.Source read(LocalStore store, UUID who, ZoneId zone, Clock clock, boolean ownPhone) {
        Journal journal = Journal.read(store, who, zone);
        List<Barrier> barriers = store.repository(RecordKind.BARRIER).forBeneficiary(who).stream()
                .map(Barrier.class::cast)
                .toList();
        List<Training> trainings = store.repository(RecordKind.TRAINING).forBeneficiary(who).stream()
                .map(Training.class::cast)
                .toList();
        LocalDate consent = ownPhone ? null : consent(store, who, zone).orElse(null);
        return new Monograph.Source(
                store.beneficiaries().find(who).orElse(null),
                journal,
                barriers,
                trainings,
                ownPhone ? id -> true : sharedWords(store, who, clock)::contains,
                consent);
    }

    /** The day of the person's latest {@code RECIT_PARCOURS} consent, when it is granted. */
    static Optional<LocalDate> consent(LocalStore store, UUID who, ZoneId zone) {
        return store.consents().history(who).stream()
                .filter(c -> c.category() == ConsentCategory.RECIT_PARCOURS)
                .max(Comparator.comparing(Consent::recordedAt))
                .filter(Consent::granted)
                .map(c -> c.recordedAt().atZone(zone).toLocalDate());
    }

    /**
     * The person's words they shared with the structure and re-read with their counsellor, while their
     * NOTES_SHARED_SUPERVISOR consent stands: the same words supervisors may read.
     */
    private static Set<UUID> sharedWords(LocalStore store, UUID who, Clock clock) {
        SharedWordBook book = new SharedWordBook(store, clock);
        if (!book.consentGiven(who)) {
            return Set.of();
        }
        return book.shared(who).values().stream()
                .filter(word -> word.rereadAt() != null)
                .map(SharedWord::recordId)
                .collect(Collectors.toSet());
    }
}
