package org.storyline.spark.cluster;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.text.TermVector;

/**
 * An article's content terms with the batch's document frequency of each: all it takes to build its TF-IDF
 * vector exactly as {@link org.storyline.text.TfIdf} fitted on the whole batch builds it.
 *
 * @param index     the article's index in the batch
 * @param terms     its content terms with repeats, in text order
 * @param df        the number of articles of the batch that have each of its terms
 * @param documents the number of articles in the batch
 */
record VectorInput(long index, List<String> terms, Map<String, Integer> df, long documents)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The TF-IDF vector, built with the same arithmetic in the same order as {@code TfIdf.vector} (sublinear
     * term frequency, smoothed IDF), so that cosines come out bit for bit as on a single machine.
     */
    TermVector vector() {
        return TermVector.of(raw());
    }

    private Map<String, Double> raw() {
        Map<String, Integer> tf = new HashMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        Map<String, Double> w = new HashMap<>();
        tf.forEach((t, n) -> w.put(t, (1 + Math.log(n)) * idf(t)));
        return w;
    }

    private double idf(String term) {
        int n = df.getOrDefault(term, 0);
        return Math.log((1.0 + documents) / (1.0 + n)) + 1.0;
    }
}
