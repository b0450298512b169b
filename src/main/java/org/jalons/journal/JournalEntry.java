package org.jalons.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary.Rater;

/**
 * One line of a person's journal: what happened ({@code event}), on which day ({@code at} orders a day's entries
 * when the record has an instant), the record it comes from, the goal it belongs to, whose voice it is ({@code voice}
 * for a rating or a note, {@code by} for a name), a vocabulary word ({@code code}: a place, a status, a category), a
 * short {@code title} and the whole {@code text} ({@code more}: an interview's decisions). Never two records in one,
 * but a corrected interview or note is one entry: its current words, with when and by whom it was last corrected
 * ({@code amended}, null if never) and the original's id as {@code recordId}.
 */
public record JournalEntry(
        JournalEvent event,
        LocalDate date,
        Instant at,
        RecordKind recordKind,
        UUID recordId,
        UUID beneficiaryId,
        UUID goalId,
        Rater voice,
        String by,
        Integer rating,
        Code code,
        String title,
        String text,
        String more,
        Amended amended) {

    /** When and by whom the entry's words were last corrected ({@code by} null until the server wrote it). */
    public record Amended(LocalDate day, Instant at, String by) {}

    public JournalKind kind() {
        return event.kind();
    }
}
