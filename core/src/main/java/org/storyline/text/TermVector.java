package org.storyline.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A sparse vector of term weights, L2-normalised so that the dot product is the cosine. */
public final class TermVector {

    private final Map<String, Double> weights;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** A normalised vector from raw weights. */
    public static TermVector of(Map<String, Double> raw) {
        double norm = Math.sqrt(raw.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Double> w = new HashMap<>();
        if (norm > 0) {
            raw.forEach((k, v) -> w.put(k, v / norm));
        }
        return new TermVector(w);
    }

    /** Cosine similarity with {@code other}, from 0 to 1. */
    public double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /** The weight of each term of the vector (terms of no weight are left out), as an unmodifiable view. */
    public Map<String, Double> weights() {
        return Collections.unmodifiableMap(weights);
    }

    /** Whether the vector has no terms. */
    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The mean of {@code vectors}, normalised. */
    public static TermVector centroid(Iterable<TermVector> vectors) {
        Map<String, Double> sum = new HashMap<>();
        for (TermVector v : vectors) {
            v.weights.forEach((k, w) -> sum.merge(k, w, Double::sum));
        }
        return of(sum);
    }
}
