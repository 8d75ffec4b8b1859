package org.gongxue.bench;

import java.util.Arrays;

/**
 * Measured values of one contender (durations in nanoseconds, or any other quantity), with
 * exact percentiles: the runs here take hundreds of samples at most, so sorting them is cheaper
 * and clearer than a histogram.
 */
final class Samples {

    private long[] values = new long[64];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int count() {
        return size;
    }

    long sum() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** Nearest-rank percentile, p in (0, 100]. */
    long percentile(double p) {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    long median() {
        return percentile(50);
    }

    long min() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return sorted[0];
    }

    long max() {
        return percentile(100);
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
