package org.jalons.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words said with a rating corrected without losing them: one check-in everywhere (charts, lists, journal) with
 * its original rating and moment and its current words; each voice corrects only its own words.
 */
class CheckInCorrectionTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    static final ZoneId ZONE = ZoneOffset.UTC;
    static final Instant RATED = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    LocalStore store;
    Goal goal;
    CheckIn mine;
    CheckIn hers;

    @BeforeEach
    void open() {
        store = new Profiles(dir, CLOCK, 1000).openDemo(Role.COUNSELLOR);
        goal = store.goals().forBeneficiary(DemoOrganisation.SAMIA).get(0);
        mine = store.checkIns()
                .save(new CheckIn(
                        JalonsRecord.newId(),
                        DemoOrganisation.SAMIA,
                        goal.id(),
                        Rater.COUNSELLOR,
                        6,
                        "Bon progrè",
                        RATED));
        hers = store.checkIns()
                .save(new CheckIn(
                        JalonsRecord.newId(),
                        DemoOrganisation.SAMIA,
                        goal.id(),
                        Rater.BENEFICIARY,
                        8,
                        "Je prend le bus",
                        RATED));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private JournalEntry entryOf(UUID id) {
        return Journal.read(store, DemoOrganisation.SAMIA, ZONE).entries().stream()
                .filter(e ->
                        e.recordKind() == RecordKind.CHECK_IN && e.recordId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCorrectedCommentIsOneCheckInWithItsRatingAndMomentAndItsCurrentWords() {
        int before = store.checkIns().forGoal(goal.id()).size();
        JournalEntry entry = entryOf(mine.id());
        assertThat(Correction.allowed(Role.COUNSELLOR, entry)).isTrue();

        CheckIn written = (CheckIn) Correction.write(store, entry, null, "Bons progrès", null, CLOCK.instant());
        assertThat(written.amends()).isEqualTo(mine.id());
        assertThat(written.rating()).isEqualTo(6);
        assertThat(written.ratedAt()).isEqualTo(RATED);
        assertThat(written.amendedAt()).isEqualTo(CLOCK.instant());

        List<CheckIn> chart = store.checkIns().forGoal(goal.id());
        assertThat(chart).as("one check-in, not two").hasSize(before);
        CheckIn shown =
                chart.stream().filter(c -> c.id().equals(mine.id())).findFirst().orElseThrow();
        assertThat(shown.comment()).isEqualTo("Bons progrès");
        assertThat(shown.rating()).isEqualTo(6);
        assertThat(store.checkIns().forBeneficiaryOverTime(DemoOrganisation.SAMIA))
                .noneMatch(c -> c.id().equals(written.id()));

        JournalEntry after = entryOf(mine.id());
        assertThat(after.text()).isEqualTo("Bons progrès");
        assertThat(after.rating()).isEqualTo(6);
        assertThat(after.amended()).isNotNull();
        assertThat(Journal.read(store, DemoOrganisation.SAMIA, ZONE).entries())
                .noneMatch(e -> e.recordId().equals(written.id()));
        assertThat(Correction.history(store, after, ZONE))
                .extracting(Correction.Version::text)
                .containsExactly("Bons progrès", "Bon progrè");
        // the correction is sent like any record
        assertThat(store.outbox().pending(1000))
                .anyMatch(e -> e.kind() == RecordKind.CHECK_IN && e.recordId().equals(written.id()));
    }

    @Test
    void eachVoiceCorrectsOnlyItsOwnWords() {
        assertThat(Correction.allowed(Role.COUNSELLOR, entryOf(hers.id())))
                .as("the person's words, outside a visit")
                .isFalse();
        assertThat(Correction.allowed(Role.BENEFICIARY, entryOf(hers.id()))).isTrue();
        assertThat(Correction.allowed(Role.BENEFICIARY, entryOf(mine.id()))).isFalse();
    }
}
