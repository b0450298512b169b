package org.jalons.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7WithTheIetfVariantAndTodaysTime() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        long millis = id.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, after + 1);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void idsMadeOneAfterTheOtherSortOneAfterTheOtherAsDatabasesCompareThem() {
        // H2 and PostgreSQL compare UUIDs as unsigned bytes, most significant first: 200,000 ids span several
        // milliseconds and overflow the per-millisecond counter, and still sort in the order they were made.
        UUID previous = TimeOrderedIds.next();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            UUID next = TimeOrderedIds.next();
            assertThat(unsignedCompare(previous, next)).as("id %d", i).isNegative();
            assertThat(seen.add(next)).isTrue();
            previous = next;
        }
    }

    @Test
    void recordsGetTimeOrderedIds() {
        assertThat(JalonsRecord.newId().version()).isEqualTo(7);
    }

    private static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
