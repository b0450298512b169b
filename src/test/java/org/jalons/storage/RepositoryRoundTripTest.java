package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style: for every record kind and many seeds, random valid records written through the real
 * repository come back equal, from the open store and after closing and reopening the encrypted file, and
 * the outbox entry of each create rebuilds the same record on the other side of the wire.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RepositoryRoundTripTest {
    static final int SEEDS = 12;
    static final int RECORDS_PER_SEED = 4;

    @TempDir
    static Path dir;

    LocalStore store;
    final List<JalonsRecord> written = new ArrayList<>();

    @BeforeAll
    void open() {
        store = TestStores.counsellorStore(dir);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    @Order(2)
    void everyRecordSurvivesClosingAndReopeningTheFile() throws Exception {
        assertThat(written).hasSize(RecordKind.values().length * SEEDS * RECORDS_PER_SEED);
        store.close();
        try (LocalStore reopened = TestStores.reopen(dir)) {
            for (JalonsRecord record : written) {
                RecordKind kind = RecordKind.of(record.getClass());
                assertThat(Repositories.of(reopened, kind).find(record.id())).contains(record);
            }
            assertThat(reopened.outbox().pendingCount()).isEqualTo(written.size());
        }
        store = TestStores.reopen(dir);
    }

    static Stream<Arguments> kindsAndSeeds() {
        return Stream.of(RecordKind.values())
                .flatMap(kind -> Stream.iterate(1L, s -> s + 1).limit(SEEDS).map(seed -> Arguments.of(kind, seed)));
    }

    @Order(1)
    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("kindsAndSeeds")
    void everyKindComesBackAsWrittenAndItsOutboxEntryRebuildsIt(RecordKind kind, long seed) throws Exception {
        Samples samples = new Samples(seed * 7919 + kind.ordinal());
        RecordRepository<JalonsRecord> repository = Repositories.of(store, kind);
        for (int i = 0; i < RECORDS_PER_SEED; i++) {
            UUID beneficiaryId = UUID.randomUUID();
            JalonsRecord record = samples.any(kind, beneficiaryId);
            assertThat(record.violations()).as("generated record is valid").isEmpty();

            repository.save(record);

            assertThat(repository.find(record.id())).contains(record);
            List<OutboxEntry> entries = Repositories.outboxFor(store, record.id());
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.op()).isEqualTo(OutboxEntry.Op.UPSERT);
                assertThat(e.baseVersion()).isZero();
                assertThat(e.kind()).isEqualTo(kind);
                assertThat(e.beneficiaryId()).isEqualTo(record.beneficiaryId());
                RecordMapper<JalonsRecord> mapper =
                        RecordTable.<JalonsRecord>of(kind).mapper();
                assertThat(mapper.fromWire(record.id(), record.beneficiaryId(), e.fields()))
                        .isEqualTo(record);
            });
            repository.save(record);
            assertThat(Repositories.outboxFor(store, record.id()))
                    .as("saving the same record again")
                    .hasSize(1);
            written.add(record);
        }
    }
}
