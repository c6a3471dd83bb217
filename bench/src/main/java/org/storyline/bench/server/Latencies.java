package org.storyline.bench.server;

import java.util.Arrays;

/** The latencies and errors of one endpoint; not thread-safe (each client keeps its own and they are merged). */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private long errors;

    /** Records one answered request. */
    void add(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    /** Records one failed request (an error status or no answer). */
    void error() {
        errors++;
    }

    /** Adds everything {@code other} recorded. */
    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
        errors += other.errors;
    }

    /** Requests answered successfully. */
    int count() {
        return count;
    }

    /** Requests failed. */
    long errors() {
        return errors;
    }

    /** The {@code p}-th percentile (0 to 100) in milliseconds, nearest rank; 0 when nothing was recorded. */
    double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }
}
