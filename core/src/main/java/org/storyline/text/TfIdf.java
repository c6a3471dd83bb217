package org.storyline.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** TF-IDF weighting fitted on a collection of term lists (documents or sentences). */
public final class TfIdf {

    private final Map<String, Integer> documentFrequency;
    private final int documents;

    private TfIdf(Map<String, Integer> documentFrequency, int documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /** Fits document frequencies on {@code collection}. */
    public static TfIdf fit(List<List<String>> collection) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> terms : collection) {
            for (String t : new HashSet<>(terms)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        return new TfIdf(df, collection.size());
    }

    /** The normalised TF-IDF vector of {@code terms} (sublinear term frequency, smoothed IDF). */
    public TermVector vector(List<String> terms) {
        Map<String, Integer> tf = new HashMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        Map<String, Double> w = new HashMap<>();
        tf.forEach((t, n) -> w.put(t, (1 + Math.log(n)) * idf(t)));
        return TermVector.of(w);
    }

    /** Smoothed inverse document frequency of {@code term}. */
    public double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
    }
}
