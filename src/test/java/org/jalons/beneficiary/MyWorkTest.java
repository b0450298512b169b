package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jalons.domain.RecordKind;
import org.jalons.domain.WorkObservation;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** «Au travail» on the person's phone: what was observed of them, newest first, and their answer, sent alone. */
class MyWorkTest {
    @TempDir
    Path dir;

    @Test
    void thePersonReadsTheirObservationsNewestFirstAndTheirAnswerIsTheOnlyChangeSent() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), ZoneOffset.UTC);
        try (LocalStore store = new Profiles(dir, Clock.systemUTC(), 1000).openDemo(Role.BENEFICIARY)) {
            MyWork work = new MyWork(store, new DirectBackground(), clock);
            work.load();
            List<WorkObservation> mine = List.copyOf(work.observations());
            assertThat(mine).hasSizeGreaterThan(1);
            assertThat(mine)
                    .allSatisfy(o -> assertThat(o.beneficiaryId())
                            .isEqualTo(store.profile().beneficiaryId()));
            WorkObservation unanswered =
                    mine.stream().filter(o -> !o.answered()).findFirst().orElseThrow();
            AtomicBoolean saved = new AtomicBoolean();

            work.answer(unanswered.id(), "  Je veux bien apprendre le repiquage.  ", () -> saved.set(true));

            assertThat(saved).isTrue();
            WorkObservation answered =
                    store.workObservations().find(unanswered.id()).orElseThrow();
            assertThat(answered.answer()).isEqualTo("Je veux bien apprendre le repiquage.");
            assertThat(answered.answeredAt()).isEqualTo(clock.instant());
            assertThat(answered.rating()).isEqualTo(unanswered.rating());
            assertThat(work.observations()).contains(answered);
            List<OutboxEntry> sent = store.outbox().pending(1000).stream()
                    .filter(e -> e.kind() == RecordKind.WORK_OBSERVATION)
                    .toList();
            assertThat(sent)
                    .singleElement()
                    .satisfies(e -> assertThat(e.fields()).containsOnlyKeys("answer", "answeredAt"));
            assertThat(work.errorProperty().get()).isEmpty();
        }
    }
}
