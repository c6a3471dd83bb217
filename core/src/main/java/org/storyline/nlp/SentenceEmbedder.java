package org.storyline.nlp;

/** Turns a sentence into a vector whose cosine with another sentence's says how alike they mean. Thread-safe. */
public interface SentenceEmbedder {

    /** The embedding of {@code text}. */
    float[] embed(String text);

    /** Cosine similarity of two embeddings, from -1 to 1. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embeddings differ in size: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
