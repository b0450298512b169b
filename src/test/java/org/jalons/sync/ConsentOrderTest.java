package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.sync.SyncFixture.applied;
import static org.jalons.sync.SyncFixture.pullPage;
import static org.jalons.sync.SyncFixture.pushAnswer;
import static org.jalons.sync.SyncFixture.record;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Consent;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone decides which consent is in force as the server does (PROTOCOL.md): the consents the server received, in
 * its order (seq), then this phone's own not yet acknowledged, in the order they were recorded here. A phone's clock,
 * in 1990 or in 2099, changes nothing.
 */
class ConsentOrderTest {
    private static final String NOW = "2026-11-26T09:00:00Z";

    @TempDir
    Path dir;

    private static Map<String, Object> consent(
            long seq, UUID id, UUID beneficiaryId, boolean granted, String recordedAt) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("category", "HEALTH");
        fields.put("granted", granted);
        fields.put("recordedAt", recordedAt);
        fields.put("recordedBy", "Camille Martin");
        return record(seq, "consent", id, beneficiaryId, 1, fields);
    }

    private static SyncFixture phone(Path dir, UUID... scope) throws Exception {
        return new SyncFixture(dir).paired(7, scope);
    }

    private static boolean health(SyncFixture f, UUID beneficiaryId) {
        return f.store.consents().isGranted(beneficiaryId, ConsentCategory.HEALTH);
    }

    @Test
    void aWithdrawalReceivedLaterWinsWhateverTheClockOfThePhoneThatMadeIt() throws Exception {
        UUID samia = UUID.randomUUID();
        UUID malik = UUID.randomUUID();
        try (SyncFixture f = phone(dir, samia, malik)) {
            f.server.enqueue(pullPage(
                    List.of(
                            consent(8, UUID.randomUUID(), samia, true, NOW),
                            consent(9, UUID.randomUUID(), samia, false, "1990-01-01T00:00:00Z"),
                            consent(10, UUID.randomUUID(), malik, false, "2099-01-01T00:00:00Z"),
                            consent(11, UUID.randomUUID(), malik, true, NOW)),
                    11,
                    false,
                    samia,
                    malik));

            f.engine.syncOnce();

            assertThat(health(f, samia))
                    .as("withdrawn on a phone whose clock says 1990, received last")
                    .isFalse();
            assertThat(health(f, malik))
                    .as("granted after a withdrawal dated 2099 by a wrong clock")
                    .isTrue();
            assertThat(f.store.consents().history(samia))
                    .first()
                    .extracting(Consent::granted)
                    .isEqualTo(false);
            assertThat(f.store.consents().history(malik))
                    .first()
                    .extracting(Consent::granted)
                    .isEqualTo(true);
        }
    }

    @Test
    void consentsRecordedAtTheSameInstantTakeEffectInTheServersOrder() throws Exception {
        List<UUID> people = new ArrayList<>();
        List<Map<String, Object>> records = new ArrayList<>();
        long seq = 8;
        // both orders of ids, so that no tie-break on ids or on rows can pass for the server's order
        for (boolean lastGranted : new boolean[] {true, false}) {
            for (int order = 0; order < 2; order++) {
                UUID person = UUID.randomUUID();
                people.add(person);
                UUID low = new UUID(0, people.size() * 2L);
                UUID high = new UUID(Long.MAX_VALUE, people.size() * 2L + 1);
                records.add(consent(seq++, order == 0 ? low : high, person, !lastGranted, NOW));
                records.add(consent(seq++, order == 0 ? high : low, person, lastGranted, NOW));
            }
        }
        try (SyncFixture f = phone(dir, people.toArray(UUID[]::new))) {
            f.server.enqueue(pullPage(records, seq - 1, false, people.toArray(UUID[]::new)));

            f.engine.syncOnce();

            assertThat(people).extracting(p -> health(f, p)).containsExactly(true, true, false, false);
        }
    }

    @Test
    void thisPhonesPendingConsentComesAfterThePulledOnesThenTakesItsPlaceInTheServersOrder() throws Exception {
        UUID samia = UUID.randomUUID();
        try (SyncFixture f = phone(dir, samia)) {
            f.server.enqueue(pullPage(List.of(consent(8, UUID.randomUUID(), samia, true, NOW)), 8, false, samia));
            f.engine.syncOnce();
            // recorded on this phone, whose clock is in 1990: later than anything pulled, for this phone
            Consent withdrawal = f.store
                    .consents()
                    .save(new Consent(
                            UUID.randomUUID(),
                            samia,
                            ConsentCategory.HEALTH,
                            false,
                            Instant.parse("1990-01-01T00:00:00Z"),
                            "Camille Martin"));
            assertThat(health(f, samia)).as("pending, after what was pulled").isFalse();

            // another phone's grant reaches the server first, with a clock in 2099; ours is received after it
            UUID change = f.store.outbox().pending(1).get(0).changeId();
            f.server.enqueue(pushAnswer(applied(change, 1, 10)));
            f.server.enqueue(pullPage(
                    List.of(
                            consent(9, UUID.randomUUID(), samia, true, "2099-01-01T00:00:00Z"),
                            consent(10, withdrawal.id(), samia, false, "1990-01-01T00:00:00Z")),
                    10,
                    false,
                    samia));
            f.engine.syncOnce();
            assertThat(health(f, samia))
                    .as("acknowledged as seq 10, after the grant of seq 9")
                    .isFalse();

            // a later grant from another phone, received after ours, wins though its clock says 1990
            f.server.enqueue(pullPage(
                    List.of(consent(11, UUID.randomUUID(), samia, true, "1990-01-01T00:00:00Z")), 11, false, samia));
            f.engine.syncOnce();
            assertThat(health(f, samia)).isTrue();
        }
    }

    @Test
    void aConsentAcknowledgedBeforeItIsPulledKeepsTheSeqOfItsAcknowledgement() throws Exception {
        UUID samia = UUID.randomUUID();
        try (SyncFixture f = phone(dir, samia)) {
            f.store
                    .consents()
                    .save(new Consent(
                            UUID.randomUUID(),
                            samia,
                            ConsentCategory.HEALTH,
                            true,
                            Instant.parse("2099-01-01T00:00:00Z"),
                            "Camille Martin"));
            UUID change = f.store.outbox().pending(1).get(0).changeId();
            f.server.enqueue(pushAnswer(applied(change, 1, 9)));
            // the pull brings a withdrawal the server received after our grant, and not our grant again
            f.server.enqueue(pullPage(
                    List.of(consent(12, UUID.randomUUID(), samia, false, "1990-01-01T00:00:00Z")), 12, false, samia));

            f.engine.syncOnce();

            assertThat(f.store.outbox().pendingCount()).isZero();
            assertThat(health(f, samia)).isFalse();
        }
    }

    @Test
    void aConsentTheServerRefusedIsNotInForce() throws Exception {
        UUID samia = UUID.randomUUID();
        try (SyncFixture f = phone(dir, samia)) {
            UUID grant = UUID.randomUUID();
            f.server.enqueue(pullPage(List.of(consent(8, grant, samia, true, NOW)), 8, false, samia));
            f.engine.syncOnce();
            f.store
                    .consents()
                    .save(new Consent(
                            UUID.randomUUID(),
                            samia,
                            ConsentCategory.HEALTH,
                            false,
                            Instant.parse("2099-01-01T00:00:00Z"),
                            "Camille Martin"));
            UUID change = f.store.outbox().pending(1).get(0).changeId();
            f.server.enqueue(pushAnswer(Map.of(
                    "changeId",
                    change.toString(),
                    "status",
                    "REJECTED",
                    "code",
                    422,
                    "error",
                    "clock_skew",
                    "reason",
                    "recordedAt is more than 5 minutes ahead")));
            f.server.enqueue(pullPage(List.of(), 8, false, samia));
            f.server.enqueue(SyncFixture.snapshotPage(List.of(consent(8, grant, samia, true, NOW)), 8, null));
            f.server.enqueue(pullPage(List.of(), 8, false, samia));

            f.engine.syncOnce();

            assertThat(f.store.outbox().rejected()).hasSize(1);
            assertThat(health(f, samia))
                    .as("the server keeps the grant in force")
                    .isTrue();
        }
    }
}
