package org.storyline.bench.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoreTest {

    @Test
    void perfectClusteringScoresOne() {
        ClusterScore s = ClusterScore.of(List.of(1, 1, 2), List.of("a", "a", "b"));

        assertThat(s.bcubedF1()).isEqualTo(1.0);
        assertThat(s.pairwiseF1()).isEqualTo(1.0);
        assertThat(s.clusters()).isEqualTo(2);
    }

    @Test
    void mergingTwoEventsKeepsRecallAndLosesPrecision() {
        ClusterScore s = ClusterScore.of(List.of(1, 1, 1, 1), List.of("a", "a", "b", "b"));

        assertThat(s.bcubedRecall()).isEqualTo(1.0);
        assertThat(s.bcubedPrecision()).isEqualTo(0.5);
        assertThat(s.pairwisePrecision()).isCloseTo(2.0 / 6, within(1e-9));
    }

    @Test
    void splittingAnEventKeepsPrecisionAndLosesRecall() {
        ClusterScore s = ClusterScore.of(List.of(1, 2), List.of("a", "a"));

        assertThat(s.bcubedPrecision()).isEqualTo(1.0);
        assertThat(s.bcubedRecall()).isEqualTo(0.5);
        assertThat(s.pairwiseRecall()).isZero();
    }
}
