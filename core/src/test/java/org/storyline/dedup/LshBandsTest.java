package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LshBandsTest {

    private static long[] signatureOf(long from, long to) {
        return MinHasher.signature(LongStream.range(from, to).map(Mix::mix64).toArray());
    }

    @Test
    void similarSignaturesBecomeACandidatePair() {
        List<long[]> signatures = List.of(signatureOf(0, 200), signatureOf(5000, 5200), signatureOf(20, 220));

        assertThat(LshBands.candidatePairs(signatures)).contains(2L);
    }

    @Test
    void unrelatedSignaturesAreNotPaired() {
        List<long[]> signatures = List.of(signatureOf(0, 200), signatureOf(5000, 5200));

        assertThat(LshBands.candidatePairs(signatures)).isEmpty();
    }

    @Test
    void manyIdenticalSignaturesGiveABoundedNumberOfPairs() {
        List<long[]> signatures = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            signatures.add(signatureOf(0, 200));
        }

        assertThat(LshBands.candidatePairs(signatures)).hasSizeLessThanOrEqualTo(1000 * LshBands.MAX_COMPARED);
    }
}
