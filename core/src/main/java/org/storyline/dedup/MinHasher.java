package org.storyline.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets: for each of {@value #SIZE} seeded hash functions, the smallest
 * hash over the set. Shingle hashes are already well mixed, so the functions are cheap multiply-add
 * permutations of 64-bit values ({@code a * x + b}, {@code a} odd). The share of positions where two
 * signatures agree estimates the Jaccard similarity of the sets. Seeds are fixed, so signatures are
 * the same in every run.
 */
final class MinHasher {

    /** Values per signature. */
    static final int SIZE = 120;

    private static final long[] MULTIPLIERS =
            new SplittableRandom(20241017L).longs(SIZE).map(a -> a | 1).toArray();
    private static final long[] INCREMENTS = new SplittableRandom(20241018L).longs(SIZE).toArray();

    private MinHasher() {
    }

    /** The signature of a non-empty shingle set. */
    static long[] signature(long[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("cannot sign an empty shingle set");
        }
        long[] signature = new long[SIZE];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                long h = shingle * MULTIPLIERS[i] + INCREMENTS[i];
                signature[i] = Math.min(signature[i], h);
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the sets behind two signatures. */
    static double jaccard(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }
}
