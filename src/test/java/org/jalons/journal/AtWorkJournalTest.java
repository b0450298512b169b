package org.jalons.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.jalons.domain.RecordKind;
import org.jalons.domain.WorkObservation;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.EasyRead;
import org.jalons.work.WorkTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observations at work in the person's journal: their own kind, the work supervisor's name, the person's answer. */
class AtWorkJournalTest {
    @TempDir
    Path dir;

    @Test
    void eachObservationAtWorkIsAnEntryOfItsOwnKindWithItsSkillsRatingCommentAndAnswer() {
        try (LocalStore store = new Profiles(dir, Clock.systemUTC(), 1000).openDemo(Role.COUNSELLOR)) {
            List<WorkObservation> observed = WorkTeam.observationsOf(store, DemoOrganisation.SAMIA);
            Journal journal = Journal.read(store, DemoOrganisation.SAMIA, ZoneOffset.UTC);
            List<JournalEntry> atWork = journal.entries().stream()
                    .filter(e -> e.kind() == JournalKind.AT_WORK)
                    .toList();

            assertThat(atWork).hasSameSizeAs(observed);
            assertThat(atWork).allSatisfy(e -> assertThat(e.recordKind()).isEqualTo(RecordKind.WORK_OBSERVATION));
            JournalEntry last = atWork.get(0);
            WorkObservation newest = observed.get(0);
            assertThat(last.recordId()).isEqualTo(newest.id());
            assertThat(last.date()).isEqualTo(newest.observedOn());
            assertThat(last.more()).isEqualTo(newest.answer());

            JournalWords counsellor = new JournalWords(new EasyRead(new Messages(Language.FRENCH), false, 1.0), false);
            assertThat(counsellor.kind(JournalKind.AT_WORK)).isEqualTo("Au travail");
            assertThat(counsellor.headline(last)).isEqualTo("Au travail\u00a0: " + newest.rating() + " sur 10");
            assertThat(counsellor.author(last)).isEqualTo("Observé par " + DemoOrganisation.WORK_SUPERVISOR_NAME);
            assertThat(counsellor.skills(last)).isEqualTo("Autonomie, Soin du matériel, Récolte");
            assertThat(counsellor.shortText(last)).startsWith("Autonomie").contains(newest.comment());
        }
    }
}
