package org.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVectorTest {

    private static final double EPS = 1e-9;

    @Test
    void identicalVectorsHaveCosineOne() {
        TermVector v = TermVector.of(Map.of("nato", 2.0, "summit", 1.0, "ukraine", 0.5));
        assertThat(v.cosine(v)).isCloseTo(1.0, within(EPS));
        assertThat(v.cosine(TermVector.of(Map.of("nato", 2.0, "summit", 1.0, "ukraine", 0.5)))).isCloseTo(1.0, within(EPS));
    }

    @Test
    void scaleDoesNotMatter() {
        TermVector v = TermVector.of(Map.of("nato", 1.0, "summit", 1.0));
        TermVector w = TermVector.of(Map.of("nato", 5.0, "summit", 5.0));
        assertThat(v.cosine(w)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void disjointVectorsHaveCosineZero() {
        TermVector v = TermVector.of(Map.of("nato", 1.0, "summit", 1.0));
        TermVector w = TermVector.of(Map.of("missile", 1.0, "strike", 3.0));
        assertThat(v.cosine(w)).isZero();
    }

    @Test
    void partialOverlapIsBetweenZeroAndOne() {
        TermVector v = TermVector.of(Map.of("nato", 1.0, "summit", 1.0));
        TermVector w = TermVector.of(Map.of("nato", 1.0, "strike", 1.0));
        assertThat(v.cosine(w)).isCloseTo(0.5, within(EPS));
    }

    @Test
    void cosineIsSymmetric() {
        TermVector v = TermVector.of(Map.of("nato", 1.0, "summit", 2.0, "a", 1.0, "b", 1.0));
        TermVector w = TermVector.of(Map.of("nato", 3.0, "summit", 1.0));
        assertThat(v.cosine(w)).isCloseTo(w.cosine(v), within(EPS));
    }

    @Test
    void emptyOrZeroWeightsGiveEmptyVector() {
        assertThat(TermVector.of(Map.of()).isEmpty()).isTrue();
        assertThat(TermVector.of(Map.of("nato", 0.0)).isEmpty()).isTrue();
        assertThat(TermVector.of(Map.of("nato", 1.0)).isEmpty()).isFalse();
        TermVector v = TermVector.of(Map.of("nato", 1.0));
        assertThat(v.cosine(TermVector.of(Map.of()))).isZero();
        assertThat(TermVector.of(Map.of()).cosine(v)).isZero();
    }

    @Test
    void centroidLiesBetweenItsVectors() {
        TermVector a = TermVector.of(Map.of("nato", 1.0));
        TermVector b = TermVector.of(Map.of("summit", 1.0));
        TermVector c = TermVector.centroid(List.of(a, b));
        assertThat(c.cosine(a)).isCloseTo(Math.sqrt(0.5), within(EPS));
        assertThat(c.cosine(b)).isCloseTo(Math.sqrt(0.5), within(EPS));
        assertThat(c.cosine(c)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void centroidLeansToTheMajority() {
        TermVector a = TermVector.of(Map.of("nato", 1.0));
        TermVector b = TermVector.of(Map.of("summit", 1.0));
        TermVector c = TermVector.centroid(List.of(a, a, b));
        assertThat(c.cosine(a)).isGreaterThan(c.cosine(b));
    }

    @Test
    void centroidOfOneVectorIsThatVector() {
        TermVector a = TermVector.of(Map.of("nato", 1.0, "summit", 2.0));
        assertThat(TermVector.centroid(List.of(a)).cosine(a)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void centroidOfNothingIsEmpty() {
        assertThat(TermVector.centroid(List.of()).isEmpty()).isTrue();
    }
}
