package org.storyline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.text.TermVector;
import org.storyline.text.TfIdf;

class SimilarPairsTest {

    /** Term lists of {@code n} documents on a few topics, drawn from topic words and a long tail of shared words. */
    static List<TermVector> randomVectors(Random random, int n) {
        List<List<String>> docs = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            int topic = random.nextInt(Math.max(1, n / 6));
            List<String> terms = new ArrayList<>();
            for (int t = 0, size = 5 + random.nextInt(40); t < size; t++) {
                terms.add(random.nextInt(3) == 0 ? "topic" + topic + "-" + random.nextInt(12)
                        : "word" + (int) Math.abs(random.nextGaussian() * 60));
            }
            docs.add(terms);
        }
        docs.add(List.of());
        TfIdf tfIdf = TfIdf.fit(docs);
        return docs.stream().map(tfIdf::vector).toList();
    }

    /** Every pair compared, as clustering did before it had an index. */
    static List<SimilarPair> allPairs(List<TermVector> vectors, double floor) {
        List<SimilarPair> out = new ArrayList<>();
        for (int a = 0; a < vectors.size(); a++) {
            for (int b = a + 1; b < vectors.size(); b++) {
                double cosine = vectors.get(a).cosine(vectors.get(b));
                if (cosine >= floor) {
                    out.add(new SimilarPair(a, b, cosine));
                }
            }
        }
        return out;
    }

    @Test
    void findsExactlyThePairsAndCosinesOfComparingAllPairs() {
        Random random = new Random(3);
        for (int round = 0; round < 10; round++) {
            List<TermVector> vectors = randomVectors(random, 30 + random.nextInt(150));
            double floor = 0.05 + 0.3 * random.nextDouble();

            List<SimilarPair> found = SimilarPairs.of(vectors, floor);

            assertThat(found).isNotEmpty().isEqualTo(allPairs(vectors, floor));
        }
    }

    @Test
    void withSidesFindsOnlyThePairsAcrossThem() {
        Random random = new Random(9);
        List<TermVector> vectors = randomVectors(random, 120);
        int[] side = new int[vectors.size()];
        for (int i = 0; i < side.length; i++) {
            side[i] = random.nextInt(2);
        }

        List<SimilarPair> across = SimilarPairs.of(vectors, 0.1, side);

        assertThat(across).isNotEmpty().isEqualTo(allPairs(vectors, 0.1).stream()
                .filter(p -> side[p.a()] != side[p.b()]).toList());
    }

    @Test
    void noVectorsGiveNoPairs() {
        assertThat(SimilarPairs.of(List.of(), 0.1)).isEmpty();
    }

    @Test
    void floorOfZeroIsRejectedWithItsValue() {
        assertThatThrownBy(() -> SimilarPairs.of(List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor").hasMessageContaining("0");
    }
}
