package org.storyline.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void meansLeaveOutPagesWithoutPredictionOrTruth() {
        PageScore perfect = ShingleScorer.score("a b c d e", "a b c d e");
        PageScore half = ShingleScorer.score("a b c d e", "a b c d x");
        PageScore missed = ShingleScorer.score("a b c d e", "");
        PageScore invented = ShingleScorer.score("", "a b c d e");
        Score s = Score.of(List.of(perfect, half, missed, invented));
        // precision over perfect, half, invented: (1 + 0.5 + 0) / 3; recall over perfect, half, missed: same
        assertThat(s.precision()).isEqualTo(0.5, within(1e-12));
        assertThat(s.recall()).isEqualTo(0.5, within(1e-12));
        assertThat(s.f1()).isEqualTo(0.5, within(1e-12));
        assertThat(s.accuracy()).isEqualTo(0.25, within(1e-12));
        assertThat(s.pages()).isEqualTo(4);
    }

    @Test
    void f1IsHarmonicMeanOfTheMeans() {
        Score s = Score.of(List.of(ShingleScorer.score("a b c d e f g", "a b c d e")));
        // truth 4 shingles, predicted 2, shared 2: precision 1, recall 0.5
        assertThat(s.f1()).isEqualTo(2 * 1 * 0.5 / 1.5, within(1e-12));
    }
}
