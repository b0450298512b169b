package org.jalons.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * A network link the sync benchmark emulates ({@code -Dbench.link=3g|edge|none}): its round-trip time and its rate
 * each way, down (server to phone) and up (phone to server), in bits per second.
 */
record Link(String name, Duration rtt, long downBitsPerSecond, long upBitsPerSecond) {
    /** A 3G phone: 150 ms, 1,600 kbit/s down, 750 up. */
    static final Link THREE_G = new Link("3g", Duration.ofMillis(150), 1_600_000, 750_000);
    /** An EDGE (2.75G) phone: 400 ms, 240 kbit/s down, 200 up. */
    static final Link EDGE = new Link("edge", Duration.ofMillis(400), 240_000, 200_000);

    /** The link named {@code name}, or null for {@code none} (the phones talk to the server directly). */
    static Link named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "none", "" -> null;
            case "3g" -> THREE_G;
            case "edge" -> EDGE;
            default -> throw new IllegalArgumentException("Unknown link " + name + ": none, 3g or edge");
        };
    }

    /**
     * The least time an exchange of these bytes can take on this link: each direction's bytes at its rate, plus
     * one round trip.
     */
    double floorMs(long bytesUp, long bytesDown) {
        return floorMs(bytesUp, bytesDown, 1);
    }

    /** The same bytes, with {@code roundTrips} round trips instead of one. */
    double floorMs(long bytesUp, long bytesDown, long roundTrips) {
        return bytesUp * 8_000.0 / upBitsPerSecond
                + bytesDown * 8_000.0 / downBitsPerSecond
                + roundTrips * (rtt.toNanos() / 1e6);
    }
}
