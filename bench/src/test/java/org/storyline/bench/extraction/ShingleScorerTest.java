package org.storyline.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(ShingleScorer.tokens("Çа va, l'été — 2024_x!")).containsExactly("Çа", "va", "l", "été", "2024_x");
        assertThat(ShingleScorer.tokens(null)).isEmpty();
    }

    @Test
    void shinglesAreFourTokensWithCounts() {
        assertThat(ShingleScorer.shingles("a b c d a b c d")).isEqualTo(Map.of(
                "a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1));
    }

    @Test
    void shortTextIsOneShingleAndEmptyTextNone() {
        assertThat(ShingleScorer.shingles("one, two")).isEqualTo(Map.of("one two", 1));
        assertThat(ShingleScorer.shingles(" ... ")).isEmpty();
    }

    @Test
    void countsAreNormalisedPerPage() {
        // truth shingles: a b c d, b c d e; predicted: a b c d, b c d x
        PageScore s = ShingleScorer.score("a b c d e", "a b c d x");
        assertThat(s.tp()).isEqualTo(1 / 3.0, within(1e-12));
        assertThat(s.fp()).isEqualTo(1 / 3.0, within(1e-12));
        assertThat(s.fn()).isEqualTo(1 / 3.0, within(1e-12));
        assertThat(s.precision()).isEqualTo(0.5, within(1e-12));
        assertThat(s.recall()).isEqualTo(0.5, within(1e-12));
        assertThat(s.exact()).isFalse();
    }

    @Test
    void repeatedShingleCountsOnlyAsOftenAsInTruth() {
        PageScore s = ShingleScorer.score("a b c d", "a b c d. a b c d");
        // predicted: a b c d (2), b c d a, c d a b, d a b c -> tp 1, fp 4
        assertThat(s.precision()).isEqualTo(0.2, within(1e-12));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void bothEmptyIsPerfectButLeftOutOfBothMeans() {
        PageScore s = ShingleScorer.score("", "");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.hasPrediction()).isFalse();
        assertThat(s.hasTruth()).isFalse();
        assertThat(s.exact()).isTrue();
    }

    @Test
    void emptyPredictionHasZeroRecallAndNoPrecision() {
        PageScore s = ShingleScorer.score("a b c d e", "");
        assertThat(s.recall()).isZero();
        assertThat(s.precision()).isZero();
        assertThat(s.hasPrediction()).isFalse();
    }

    @Test
    void exactMeansEqualTokenListsWhateverThePunctuation() {
        assertThat(ShingleScorer.score("Hello,  world!\nBye.", "Hello world Bye").exact()).isTrue();
        assertThat(ShingleScorer.score("Hello world", "hello world").exact()).isFalse();
    }
}
