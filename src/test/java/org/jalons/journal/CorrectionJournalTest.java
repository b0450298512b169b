package org.jalons.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.storage.RecordTable;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections in the journal: one entry with the current words and "modifié le … par …", every version kept. */
class CorrectionJournalTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    static final ZoneId ZONE = ZoneOffset.UTC;

    @TempDir
    Path dir;

    LocalStore store;
    UUID lea;
    Interview interview;

    @BeforeEach
    void open() {
        store = new Profiles(dir, CLOCK, 1000).openDemo(Role.COUNSELLOR);
        lea = JournalHistory.person(store, "Léa P.", LocalDate.of(2024, 1, 10));
        interview = store.interviews()
                .save(new Interview(
                        JalonsRecord.newId(),
                        lea,
                        LocalDate.of(2026, 11, 20),
                        InterviewPlace.STRUCTURE,
                        "Léa",
                        "Entretien au bureua",
                        "Chercher un stage",
                        null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private JournalEntry entryOf(RecordKind kind) {
        return Journal.read(store, lea, ZONE).entries().stream()
                .filter(e -> e.recordKind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /** What a pull does once the server wrote who corrected: the served version replaces the local one. */
    private void signedBy(UUID id, String name) {
        store.database().inTransaction(c -> {
            RecordTable<Interview> table = RecordTable.of(RecordKind.INTERVIEW);
            Map<String, Object> wire = new HashMap<>(
                    table.mapper().toWire(store.interviews().find(id).orElseThrow()));
            wire.put("amendedBy", name);
            table.write(c, id, lea, wire, 2, false, CLOCK.instant());
            return null;
        });
    }

    @Test
    void aCorrectedInterviewIsOneEntryWithItsCurrentWordsAndWhoChangedThem() {
        JournalEntry before = entryOf(RecordKind.INTERVIEW);
        assertThat(before.amended()).isNull();

        JalonsRecord written =
                Correction.write(store, before, "Léa", "Entretien au bureau", "Chercher un stage", CLOCK.instant());
        signedBy(written.id(), "Léa Martin");

        Journal journal = Journal.read(store, lea, ZONE);
        List<JournalEntry> interviews = journal.filtered(JournalFilter.ALL.withKind(JournalKind.INTERVIEW));
        assertThat(interviews).hasSize(1);
        JournalEntry after = interviews.get(0);
        assertThat(after.recordId()).isEqualTo(interview.id());
        assertThat(after.text()).isEqualTo("Entretien au bureau");
        assertThat(after.date()).isEqualTo(LocalDate.of(2026, 11, 20));
        JournalWords fr = new JournalWords(new EasyRead(new Messages(Language.FRENCH), false, 1.0), false);
        assertThat(fr.amended(after)).isEqualTo("modifié le 3 déc. 2026 par Léa Martin");
        JournalWords en = new JournalWords(new EasyRead(new Messages(Language.ENGLISH), false, 1.0), false);
        assertThat(en.amended(after)).isEqualTo("changed on 3 Dec 2026 by Léa Martin");

        List<Correction.Version> history = Correction.history(store, after, ZONE);
        assertThat(history)
                .extracting(Correction.Version::text)
                .containsExactly("Entretien au bureau", "Entretien au bureua");
        assertThat(history.get(0).by()).isEqualTo("Léa Martin");
        assertThat(history.get(0).day()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(history.get(1).original()).isTrue();
        assertThat(history.get(1).day()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aCorrectionIsWrittenWithItsOutboxEntryAndNamesTheOriginal() {
        JournalEntry e = entryOf(RecordKind.INTERVIEW);
        int before = store.outbox().pendingCount();

        JalonsRecord first = Correction.write(store, e, "Léa", "Version A", null, CLOCK.instant());
        // a second correction, from the journal read again, still names the original, never the first correction
        JalonsRecord second = Correction.write(
                store,
                entryOf(RecordKind.INTERVIEW),
                "Léa",
                "Version B",
                null,
                CLOCK.instant().plusSeconds(60));

        assertThat(store.outbox().pendingCount()).isEqualTo(before + 2);
        List<OutboxEntry> sent = store.outbox().pending(100);
        OutboxEntry last = sent.stream()
                .filter(o -> o.recordId().equals(second.id()))
                .findFirst()
                .orElseThrow();
        assertThat(last.kind()).isEqualTo(RecordKind.INTERVIEW);
        assertThat(last.fields()).containsEntry("amends", interview.id().toString());
        assertThat(last.fields()).containsKey("amendedAt");
        assertThat(((Interview) first).amends()).isEqualTo(interview.id());
        assertThat(entryOf(RecordKind.INTERVIEW).text()).isEqualTo("Version B");
        assertThat(Correction.history(store, e, ZONE)).hasSize(3);
    }

    @Test
    void theCounsellorCorrectsInterviewsAndTheirNotesThePersonOnlyTheirOwnNotes() {
        Note mine = store.notes()
                .save(new Note(JalonsRecord.newId(), lea, "Je cherche", CLOCK.instant(), Rater.BENEFICIARY));
        JournalEntry interviewEntry = entryOf(RecordKind.INTERVIEW);
        JournalEntry personNote = entryOf(RecordKind.NOTE);
        assertThat(personNote.recordId()).isEqualTo(mine.id());

        assertThat(Correction.allowed(Role.COUNSELLOR, interviewEntry)).isTrue();
        assertThat(Correction.allowed(Role.BENEFICIARY, interviewEntry)).isFalse();
        assertThat(Correction.allowed(Role.BENEFICIARY, personNote)).isTrue();
        assertThat(Correction.allowed(Role.COUNSELLOR, personNote)).isFalse();
        assertThat(Correction.allowed(Role.SUPERVISOR, interviewEntry)).isFalse();
    }

    @Test
    void aCorrectedNoteStaysAtItsFirstTimeWithItsNewWordsInMyNotes() {
        Note mine = store.notes()
                .save(new Note(
                        JalonsRecord.newId(),
                        lea,
                        "Je cherche",
                        Instant.parse("2026-11-01T09:00:00Z"),
                        Rater.BENEFICIARY));
        Correction.write(store, entryOf(RecordKind.NOTE), null, "Je cherche un stage", null, CLOCK.instant());

        JournalEntry note = entryOf(RecordKind.NOTE);
        assertThat(note.text()).isEqualTo("Je cherche un stage");
        assertThat(note.date()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(note.amended().by()).isNull();
        JournalWords words = new JournalWords(new EasyRead(new Messages(Language.FRENCH), true, 1.0), true);
        assertThat(words.amended(note)).isEqualTo("changé le 3 déc. 2026");
        assertThat(Journal.read(store, lea, ZONE).filtered(JournalFilter.ALL.withKind(JournalKind.NOTE)))
                .hasSize(1);
        assertThat(Correction.history(store, note, ZONE))
                .extracting(Correction.Version::text)
                .containsExactly("Je cherche un stage", "Je cherche");
        assertThat(mine.amends()).isNull();
    }
}
