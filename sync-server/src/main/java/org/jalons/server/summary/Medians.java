package org.jalons.server.summary;

/** Exact medians from histograms (ratings 0-10 have 11 buckets; scores x 100 have 301). */
final class Medians {

    private Medians() {}

    /** The median of the values counted in {@code histogram} (index = value); null when empty. */
    static Double of(long[] histogram) {
        long n = 0;
        for (long count : histogram) {
            n += count;
        }
        if (n == 0) {
            return null;
        }
        return (valueAt(histogram, (n - 1) / 2) + valueAt(histogram, n / 2)) / 2.0;
    }

    private static int valueAt(long[] histogram, long position) {
        long seen = 0;
        for (int value = 0; value < histogram.length; value++) {
            seen += histogram[value];
            if (position < seen) {
                return value;
            }
        }
        throw new IllegalStateException("position past the histogram");
    }
}
