package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.domain.ValidationException;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutboxTest {
    static final UUID SAMIA = UUID.randomUUID();
    static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    LocalStore store;

    @BeforeEach
    void open() {
        store = TestStores.counsellorStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Goal permis() {
        return new Goal(
                UUID.randomUUID(),
                SAMIA,
                Term.of(GoalTheme.MOBILITE),
                "Je me sens capable de passer le permis B",
                ProposedBy.BENEFICIARY,
                GoalStatus.EN_COURS,
                OPENED.plusMonths(6),
                OPENED,
                null);
    }

    List<OutboxEntry> entries(UUID recordId) {
        return Repositories.outboxFor(store, recordId);
    }

    /** What the sync engine does once the server acknowledged a change: the copy is now at that version. */
    void acknowledgeAsVersion(UUID recordId, long version) {
        store.database().inTransaction(c -> {
            for (OutboxEntry e : entries(recordId)) {
                store.outbox().acknowledge(c, e.changeId());
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE GOAL SET VERSION = ? WHERE ID = ?")) {
                ps.setLong(1, version);
                ps.setObject(2, recordId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Test
    void aCreateQueuesEveryFieldWithBaseVersionZero() {
        Goal goal = store.goals().save(permis());

        assertThat(entries(goal.id())).singleElement().satisfies(e -> {
            assertThat(e.op()).isEqualTo(OutboxEntry.Op.UPSERT);
            assertThat(e.baseVersion()).isZero();
            assertThat(e.authorId()).isEqualTo(store.profile().userId());
            assertThat(e.fields())
                    .containsEntry("theme", "MOBILITE")
                    .containsEntry("status", "EN_COURS")
                    .containsEntry("openedOn", "2026-03-02")
                    .doesNotContainKey("closedOn")
                    .doesNotContainKey("id");
        });
    }

    @Test
    void anEditQueuesOnlyTheChangedFieldsAgainstTheVersionItStartedFrom() {
        Goal goal = store.goals().save(permis());
        acknowledgeAsVersion(goal.id(), 3);

        store.goals()
                .save(new Goal(
                        goal.id(),
                        SAMIA,
                        goal.theme(),
                        goal.phrasing(),
                        goal.proposedBy(),
                        GoalStatus.ATTEINT,
                        goal.targetDate(),
                        goal.openedOn(),
                        OPENED.plusMonths(4)));

        assertThat(entries(goal.id())).singleElement().satisfies(e -> {
            assertThat(e.baseVersion()).isEqualTo(3);
            assertThat(e.fields()).containsOnly(entry("status", "ATTEINT"), entry("closedOn", "2026-07-02"));
        });
        assertThat(store.goals().findStored(goal.id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void clearingAFieldQueuesItAsNull() {
        Goal goal = store.goals().save(permis());
        acknowledgeAsVersion(goal.id(), 1);

        store.goals()
                .save(new Goal(
                        goal.id(),
                        SAMIA,
                        goal.theme(),
                        goal.phrasing(),
                        goal.proposedBy(),
                        goal.status(),
                        null,
                        goal.openedOn(),
                        null));

        assertThat(entries(goal.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.fields()).containsOnly(entry("targetDate", null)));
    }

    @Test
    void savingAnUnchangedRecordQueuesNothing() {
        Goal goal = store.goals().save(permis());
        acknowledgeAsVersion(goal.id(), 2);

        store.goals().save(goal);

        assertThat(entries(goal.id())).isEmpty();
        assertThat(store.outbox().pendingCount()).isZero();
    }

    @Test
    void twoEditsBeforeSyncQueueTwoChangesInOrder() {
        Goal goal = store.goals().save(permis());
        store.goals()
                .save(new Goal(
                        goal.id(),
                        SAMIA,
                        goal.theme(),
                        "Je me sens capable de conduire seule",
                        goal.proposedBy(),
                        goal.status(),
                        goal.targetDate(),
                        goal.openedOn(),
                        null));

        List<OutboxEntry> queued = entries(goal.id());
        assertThat(queued).hasSize(2);
        assertThat(queued.get(0).seq()).isLessThan(queued.get(1).seq());
        assertThat(queued.get(1).fields()).containsOnly(entry("phrasing", "Je me sens capable de conduire seule"));
        assertThat(queued.get(1).baseVersion()).isZero();
    }

    @Test
    void aDeleteIsATombstoneHiddenFromReadsButKeptAndQueued() throws Exception {
        Goal goal = store.goals().save(permis());
        acknowledgeAsVersion(goal.id(), 4);

        store.goals().delete(goal.id());

        assertThat(store.goals().find(goal.id())).isEmpty();
        assertThat(store.goals().forBeneficiary(SAMIA)).isEmpty();
        StoredRecord<Goal> tombstone = store.goals().findStored(goal.id()).orElseThrow();
        assertThat(tombstone.deleted()).isTrue();
        assertThat(tombstone.record()).isEqualTo(goal);
        assertThat(rowsIn("GOAL")).isEqualTo(1);
        assertThat(entries(goal.id())).singleElement().satisfies(e -> {
            assertThat(e.op()).isEqualTo(OutboxEntry.Op.DELETE);
            assertThat(e.fields()).isEmpty();
            assertThat(e.baseVersion()).isEqualTo(4);
        });

        store.goals().delete(goal.id());
        assertThat(entries(goal.id())).as("deleting twice queues one delete").hasSize(1);
    }

    @Test
    void deletingAnUnknownRecordIsRefused() {
        assertThatThrownBy(() -> store.goals().delete(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.outbox().pendingCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = RecordKind.class,
            names = {"CHECK_IN", "QUESTIONNAIRE_RESPONSE", "INTERVIEW", "NOTE", "CONSENT"})
    void appendOnlyRecordsRefuseChangesAndDeletes(RecordKind kind) {
        Samples samples = new Samples(kind.ordinal());
        RecordRepository<JalonsRecord> repository = Repositories.of(store, kind);
        JalonsRecord original = samples.any(kind, SAMIA);
        repository.save(original);
        JalonsRecord other = samples.any(kind, SAMIA);
        JalonsRecord changed = RecordTable.<JalonsRecord>of(kind)
                .mapper()
                .fromWire(
                        original.id(),
                        SAMIA,
                        RecordTable.<JalonsRecord>of(kind).mapper().toWire(other));

        assertThatThrownBy(() -> repository.save(changed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> repository.delete(original.id())).isInstanceOf(IllegalStateException.class);

        assertThat(repository.find(original.id())).contains(original);
        assertThat(entries(original.id())).hasSize(1);
    }

    @Test
    void anInvalidRecordIsRefusedAndNothingIsWritten() {
        Goal blank = new Goal(
                UUID.randomUUID(),
                SAMIA,
                Term.of(GoalTheme.MOBILITE),
                " ",
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                null,
                OPENED,
                null);

        assertThatThrownBy(() -> store.goals().save(blank)).isInstanceOf(ValidationException.class);
        assertThat(store.goals().find(blank.id())).isEmpty();
        assertThat(store.outbox().pendingCount()).isZero();
    }

    @Test
    void aRejectedChangeStaysVisibleWithItsReasonAndAnAcknowledgedOneLeaves() {
        Goal first = store.goals().save(permis());
        Goal second = store.goals().save(permis());
        OutboxEntry a = entries(first.id()).get(0);
        OutboxEntry b = entries(second.id()).get(0);

        store.database().inTransaction(c -> {
            store.outbox().reject(c, a.changeId(), 422, "phrasing is too long");
            store.outbox().acknowledge(c, b.changeId());
            return null;
        });

        assertThat(store.outbox().pendingCount()).isZero();
        assertThat(store.outbox().rejected()).singleElement().satisfies(e -> {
            assertThat(e.changeId()).isEqualTo(a.changeId());
            assertThat(e.rejectCode()).isEqualTo(422);
            assertThat(e.rejectReason()).isEqualTo("phrasing is too long");
        });
    }

    int rowsIn(String table) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
