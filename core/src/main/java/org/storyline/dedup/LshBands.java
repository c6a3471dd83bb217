package org.storyline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: each signature is cut into {@value #BANDS} bands
 * of {@value #ROWS} values, and two texts become a candidate pair when any band is equal. Texts of
 * Jaccard similarity 0.5 meet in some band with probability 0.995, texts of 0.1 with 0.04. Each text
 * is compared with at most {@value #MAX_COMPARED} earlier members of a bucket, so a thousand reprints of
 * one story cost a thousand times a constant, not a million pairs.
 */
final class LshBands {

    /** Signature values per band. */
    static final int ROWS = 3;
    /** Bands per signature. */
    static final int BANDS = MinHasher.SIZE / ROWS;
    /** Earlier bucket members a text is paired with, per band. */
    static final int MAX_COMPARED = 8;

    private LshBands() {
    }

    /**
     * Candidate pairs among {@code signatures}, each as {@code (long) i << 32 | j} with {@code i < j},
     * in a deterministic order.
     */
    static Set<Long> candidatePairs(List<long[]> signatures) {
        List<Map<Long, List<Integer>>> buckets = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            buckets.add(new HashMap<>());
        }
        Set<Long> pairs = new LinkedHashSet<>();
        for (int j = 0; j < signatures.size(); j++) {
            long[] signature = signatures.get(j);
            for (int band = 0; band < BANDS; band++) {
                List<Integer> members = buckets.get(band).computeIfAbsent(bandKey(signature, band), k -> new ArrayList<>());
                for (int m = 0; m < Math.min(members.size(), MAX_COMPARED); m++) {
                    pairs.add((long) members.get(m) << 32 | j);
                }
                members.add(j);
            }
        }
        return pairs;
    }

    private static long bandKey(long[] signature, int band) {
        long h = band;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            h = Mix.mix64(h * 31 + signature[row]);
        }
        return h;
    }
}
