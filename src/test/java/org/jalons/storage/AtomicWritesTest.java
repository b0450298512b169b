package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Barrier;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.domain.ValidationException;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record and its outbox entry commit together or not at all (DESIGN.md, sync invariant 2). */
class AtomicWritesTest {
    static final UUID SAMIA = OutboxTest.SAMIA;

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

    void sql(String statement) {
        store.database().inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(statement);
            }
            return null;
        });
    }

    int count(String query) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(query);
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void whenTheOutboxInsertFailsTheRecordIsNotWrittenEither() {
        sql("ALTER TABLE OUTBOX ADD CONSTRAINT TEST_NO_GOALS CHECK (KIND <> 'goal')");
        Goal goal = OutboxTest.permis();

        assertThatThrownBy(() -> store.goals().save(goal)).isInstanceOf(StoreException.class);

        assertThat(count("SELECT COUNT(*) FROM GOAL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM OUTBOX")).isZero();
        sql("ALTER TABLE OUTBOX DROP CONSTRAINT TEST_NO_GOALS");
        store.goals().save(goal);
        assertThat(store.goals().find(goal.id())).contains(goal);
        assertThat(store.outbox().pendingCount()).isEqualTo(1);
    }

    @Test
    void whenATriggerFailsTheOutboxInsertOfAnEditTheRecordKeepsItsPreviousValues() {
        Goal goal = store.goals().save(OutboxTest.permis());
        sql("CREATE TRIGGER TEST_FAIL BEFORE INSERT ON OUTBOX FOR EACH ROW CALL \""
                + FailingOutboxTrigger.class.getName() + "\"");
        Goal achieved = new Goal(
                goal.id(),
                SAMIA,
                goal.theme(),
                goal.phrasing(),
                goal.proposedBy(),
                GoalStatus.ATTEINT,
                goal.targetDate(),
                goal.openedOn(),
                LocalDate.of(2026, 6, 1));

        assertThatThrownBy(() -> store.goals().save(achieved))
                .isInstanceOf(StoreException.class)
                .hasRootCauseMessage("outbox insert failed on purpose");

        assertThat(store.goals().find(goal.id())).contains(goal);
        assertThat(store.outbox().pendingCount()).isEqualTo(1);
        sql("DROP TRIGGER TEST_FAIL");
    }

    @Test
    void severalSavesInOneTransactionAllVanishWhenItFailsHalfway() {
        Goal first = OutboxTest.permis();
        Goal second = OutboxTest.permis();

        assertThatThrownBy(() -> store.inOneTransaction(() -> {
                    store.goals().save(first);
                    store.goals().save(second);
                    assertThat(store.goals().find(first.id()))
                            .as("visible inside the transaction")
                            .isPresent();
                    throw new IllegalStateException("the screen was closed halfway");
                }))
                .hasMessage("the screen was closed halfway");

        assertThat(store.goals().find(first.id())).isEmpty();
        assertThat(store.goals().find(second.id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM OUTBOX")).isZero();
    }

    @Test
    void severalSavesInOneTransactionCommitTogether() {
        Goal first = OutboxTest.permis();
        Goal second = OutboxTest.permis();

        store.inOneTransaction(() -> {
            store.goals().save(first);
            store.goals().save(second);
        });

        assertThat(store.goals().forBeneficiary(SAMIA)).containsExactlyInAnyOrder(first, second);
        assertThat(store.outbox().pendingCount()).isEqualTo(2);
    }

    @Test
    void saveAllWritesNothingWhenOneRecordBreaksARule() {
        Barrier fine = new Barrier(UUID.randomUUID(), SAMIA, Term.of(BarrierArea.MOBILITE), BarrierStatus.BESOIN, null);
        Barrier needsConsent =
                new Barrier(UUID.randomUUID(), SAMIA, Term.of(BarrierArea.SANTE), BarrierStatus.BESOIN, null);

        assertThatThrownBy(() -> store.barriers().saveAll(List.of(fine, needsConsent)))
                .isInstanceOf(ValidationException.class);

        assertThat(store.barriers().forBeneficiary(SAMIA)).isEmpty();
        assertThat(store.outbox().pendingCount()).isZero();
    }

    @Test
    void aFailedTransactionLeavesTheStoreUsable() {
        assertThatThrownBy(() -> store.inOneTransaction(() -> {
                    store.goals().save(OutboxTest.permis());
                    throw new IllegalStateException("stop");
                }))
                .isInstanceOf(IllegalStateException.class);

        Goal after = store.goals().save(OutboxTest.permis());

        assertThat(store.goals().find(after.id())).isPresent();
        assertThat(store.outbox().pendingCount()).isEqualTo(1);
    }
}
