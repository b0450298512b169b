package org.jalons.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Corrections;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.WriteRights;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;

/**
 * Correcting a journal entry's words without losing them (PROTOCOL.md, "Amendments"): who may, the correction written
 * like any record (store and outbox in one transaction), and the versions of an entry, current first. No screen here.
 */
public final class Correction {
    private Correction() {}

    /** One version of an entry's words: when, by whom (null: the entry's own voice; empty: not sent yet), its words. */
    public record Version(
            LocalDate day, String by, boolean original, String participants, String text, String decisions) {}

    /**
     * Whether {@code role} may correct the entry: the write rights of a correction (a create of the same kind, a note
     * in its own voice), the ones the server enforces.
     */
    public static boolean allowed(Role role, JournalEntry e) {
        String kind = e.recordKind().wireName();
        if (!RecordSchema.AMENDABLE.contains(kind)) {
            return false;
        }
        String voice = e.voice() == null ? "" : e.voice().name();
        // the correction keeps the original's voice: "it amends a note of the same authorRole" holds for a note, and a
        // rating's words are corrected by the voice that may give that rating (never during a visit here)
        String condition =
                e.recordKind() == RecordKind.CHECK_IN ? "rater=" + voice : "authorRole=" + voice + "+amendsOwnVoice";
        return WriteRights.allows(role, kind, WriteRights.Operation.CREATE, Set.of("amends"), condition::equals);
    }

    /**
     * Writes a correction of the entry's record with these words (an interview's {@code participants}, {@code text}
     * and {@code decisions}; a note's {@code text}; a rating's {@code comment}), from the chain's current version; returns the new record.
     */
    public static JalonsRecord write(
            LocalStore store, JournalEntry e, String participants, String text, String decisions, Instant now) {
        UUID id = JalonsRecord.newId();
        if (e.recordKind() == RecordKind.INTERVIEW) {
            Interview current = Corrections.of(store.interviews().forBeneficiary(e.beneficiaryId()), e.recordId())
                    .current();
            return store.interviews()
                    .save(current.correctedAs(
                            id,
                            blankIsNull(participants),
                            blankIsNull(text),
                            blankIsNull(decisions),
                            now,
                            e.recordId()));
        }
        if (e.recordKind() == RecordKind.CHECK_IN) {
            CheckIn current = Corrections.of(store.checkIns().forBeneficiary(e.beneficiaryId()), e.recordId())
                    .current();
            return store.checkIns()
                    .save(current.correctedAs(id, blankIsNull(text), current.gapAnswer(), now, e.recordId()));
        }
        Note current = Corrections.of(store.notes().forBeneficiary(e.beneficiaryId()), e.recordId())
                .current();
        return store.notes().save(current.correctedAs(id, text.strip(), now, e.recordId()));
    }

    /** Every version of the entry's words, the current first, the original last. */
    public static List<Version> history(LocalStore store, JournalEntry e, ZoneId zone) {
        if (e.recordKind() == RecordKind.INTERVIEW) {
            Corrections<Interview> chain =
                    Corrections.of(store.interviews().forBeneficiary(e.beneficiaryId()), e.recordId());
            return chain.history().stream()
                    .map(i -> i.amends() == null
                            ? new Version(i.date(), null, true, i.participants(), i.notes(), i.decisions())
                            : new Version(
                                    day(i.amendedAt(), zone),
                                    by(i.amendedBy()),
                                    false,
                                    i.participants(),
                                    i.notes(),
                                    i.decisions()))
                    .toList();
        }
        if (e.recordKind() == RecordKind.CHECK_IN) {
            Corrections<CheckIn> chain =
                    Corrections.of(store.checkIns().forBeneficiary(e.beneficiaryId()), e.recordId());
            return chain.history().stream()
                    .map(c -> new Version(
                            day(c.amends() == null ? c.ratedAt() : c.amendedAt(), zone),
                            c.amends() == null ? null : by(c.amendedBy()),
                            c.amends() == null,
                            null,
                            c.comment(),
                            null))
                    .toList();
        }
        Corrections<Note> chain = Corrections.of(store.notes().forBeneficiary(e.beneficiaryId()), e.recordId());
        return chain.history().stream()
                .map(n -> new Version(
                        day(n.writtenAt(), zone),
                        n.amends() == null ? null : by(n.amendedBy()),
                        n.amends() == null,
                        null,
                        n.text(),
                        null))
                .toList();
    }

    /** The voice whose words an entry holds, for a version's "by" when it is the original. */
    static Rater voice(JournalEntry e) {
        return e.voice() == null ? Rater.COUNSELLOR : e.voice();
    }

    private static String by(String amendedBy) {
        return amendedBy == null ? "" : amendedBy;
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    private static String blankIsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
