package org.jalons.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Record and change ids: version 7 UUIDs (RFC 9562), made on the device like any UUID (DESIGN.md invariant 1), whose
 * first 48 bits are the Unix time in milliseconds. Ids made one after the other sort one after the other (a 12-bit
 * counter orders those of the same millisecond), so the B-tree indexes keyed by them, on the phone and on the server,
 * grow at their right edge: a batch of new rows touches a few pages instead of one page per row, which is what
 * makes a first push of thousands of records cheap to store. The remaining 62 bits are random (SecureRandom), so
 * ids made on two devices in the same millisecond do not collide in practice.
 */
public final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Clock CLOCK = Clock.systemUTC();
    private static long lastMillis;
    private static int counter;

    private TimeOrderedIds() {}

    public static UUID next() {
        long millis;
        int sequence;
        synchronized (TimeOrderedIds.class) {
            millis = Math.max(CLOCK.millis(), lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0xFFF) { // 4,096 ids in one millisecond: borrow the next one (RFC 9562, 6.2)
                    millis++;
                    counter = 0;
                }
            } else {
                counter = 0;
            }
            lastMillis = millis;
            sequence = counter;
        }
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
