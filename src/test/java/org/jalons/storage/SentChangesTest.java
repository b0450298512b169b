package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Vocabulary.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes a phone keeps after the server acknowledged them, to send again to a server restored from a backup:
 * kept as sent (to the nanosecond of their time), in the order sent, and no longer than their bounds.
 */
class SentChangesTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    private static OutboxEntry change(UUID beneficiary, Instant createdAt) {
        return new OutboxEntry(
                0,
                UUID.randomUUID(),
                UUID.randomUUID(),
                RecordKind.GOAL,
                beneficiary,
                OutboxEntry.Op.UPSERT,
                2,
                Map.of("phrasing", "Je me sens capable de prendre le bus seule"),
                createdAt,
                UUID.randomUUID(),
                OutboxEntry.State.PENDING,
                null,
                null);
    }

    private static List<SentChanges.Sent> sent(List<OutboxEntry> entries) {
        return entries.stream().map(e -> new SentChanges.Sent(e, 7L)).toList();
    }

    @Test
    void keptAsSentInOrderAndForgottenWithTheirPerson() throws Exception {
        try (LocalStore store = new Profiles(dir, Clock.fixed(NOW, ZoneOffset.UTC), 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            UUID samia = UUID.randomUUID();
            UUID karim = UUID.randomUUID();
            OutboxEntry first = change(samia, NOW.minusNanos(123_456_789));
            OutboxEntry second = change(karim, NOW);
            store.database().inTransaction(c -> {
                SentChanges.keep(c, sent(List.of(first, second)), NOW);
                return null;
            });

            List<OutboxEntry> kept = store.database().read(c -> SentChanges.after(c, 0, 10));
            assertThat(kept).extracting(OutboxEntry::changeId).containsExactly(first.changeId(), second.changeId());
            assertThat(kept.get(0).createdAt()).as("to the nanosecond").isEqualTo(first.createdAt());
            assertThat(kept.get(0).fields()).isEqualTo(first.fields());
            assertThat(kept.get(0).baseVersion()).isEqualTo(2);

            store.database().inTransaction(c -> {
                SentChanges.forgetBeneficiary(c, samia);
                return null;
            });
            List<OutboxEntry> left = store.database().read(c -> SentChanges.after(c, 0, 10));
            assertThat(left).extracting(OutboxEntry::changeId).containsExactly(second.changeId());
        }
    }

    @Test
    void noLongerThanTheirBounds() throws Exception {
        try (LocalStore store = new Profiles(dir, Clock.fixed(NOW, ZoneOffset.UTC), 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray())) {
            UUID samia = UUID.randomUUID();
            OutboxEntry old = change(samia, NOW);
            store.database().inTransaction(c -> {
                SentChanges.keep(
                        c, sent(List.of(old)), NOW.minus(SentChanges.KEPT_FOR).minusSeconds(1));
                return null;
            });
            List<OutboxEntry> many = new ArrayList<>();
            for (int i = 0; i < SentChanges.KEPT_AT_MOST + 5; i++) {
                many.add(change(samia, NOW));
            }
            store.database().inTransaction(c -> {
                SentChanges.keep(c, sent(many), NOW);
                return null;
            });

            List<OutboxEntry> kept = store.database().read(c -> SentChanges.after(c, 0, SentChanges.KEPT_AT_MOST + 10));
            assertThat(kept).hasSize(SentChanges.KEPT_AT_MOST);
            assertThat(kept.get(0).changeId())
                    .as("the oldest went first")
                    .isEqualTo(many.get(5).changeId());
            assertThat(kept).extracting(OutboxEntry::changeId).doesNotContain(old.changeId());
        }
    }
}
