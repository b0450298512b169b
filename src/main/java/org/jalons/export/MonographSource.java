package org.jalons.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.SharedWord;
import org.jalons.domain.Training;
import org.jalons.journal.Journal;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.storage.LocalStore;

/**
 * Reads what a {@link Monograph} is made from, on the store thread. Which of the person's own words it quotes: on
 * their own phone, all of them (the récit is theirs); on a counsellor's phone, only those the person shared with
 * the structure.
 */
final class MonographSource {
    private MonographSource() {}

    static Monograph.Source read(LocalStore store, UUID who, ZoneId zone, boolean ownPhone) {
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
                ownPhone ? ownWords(store, who) : sharedWords(store, who),
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

    /** Every note and comment the person wrote. */
    private static Set<UUID> ownWords(LocalStore store, UUID who) {
        Set<UUID> ids = new HashSet<>();
        for (Note n : store.notes().forBeneficiary(who)) {
            if (n.authorRole() == Rater.BENEFICIARY) {
                ids.add(n.id());
            }
        }
        for (CheckIn c : store.checkIns().forBeneficiary(who)) {
            if (c.rater() == Rater.BENEFICIARY) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /**
     * The person's words they shared with the structure and re-read with their counsellor, while their
     * NOTES_SHARED_SUPERVISOR consent stands: the same words supervisors may read.
     */
    private static Set<UUID> sharedWords(LocalStore store, UUID who) {
        if (!store.consents().isGranted(who, ConsentCategory.NOTES_SHARED_SUPERVISOR)) {
            return Set.of();
        }
        Set<UUID> ids = new HashSet<>();
        for (SharedWord word : store.sharedWords().forBeneficiary(who)) {
            if (word.shared() && word.rereadAt() != null) {
                ids.add(word.recordId());
            }
        }
        return ids;
    }
}
