package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class MinHasherTest {

    @Test
    void signatureIsDeterministic() {
        long[] set = LongStream.range(0, 50).map(Mix::mix64).toArray();

        assertThat(MinHasher.signature(set)).hasSize(MinHasher.SIZE).isEqualTo(MinHasher.signature(set.clone()));
    }

    @Test
    void agreementEstimatesJaccardSimilarity() {
        long[] a = LongStream.range(0, 400).map(Mix::mix64).toArray();
        long[] b = LongStream.range(100, 500).map(Mix::mix64).toArray();

        assertThat(MinHasher.jaccard(MinHasher.signature(a), MinHasher.signature(b))).isCloseTo(0.6, within(0.12));
    }

    @Test
    void disjointSetsAgreeAlmostNowhere() {
        long[] a = LongStream.range(0, 300).map(Mix::mix64).toArray();
        long[] b = LongStream.range(1000, 1300).map(Mix::mix64).toArray();

        assertThat(MinHasher.jaccard(MinHasher.signature(a), MinHasher.signature(b))).isLessThan(0.05);
    }

    @Test
    void emptySetCannotBeSigned() {
        assertThatThrownBy(() -> MinHasher.signature(new long[0])).hasMessageContaining("empty");
    }
}
