package org.storyline.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SentenceEmbedder} that remembers the embeddings of the sentences it saw last, so that a story
 * briefed again as it grows (in a store, or in a stream) embeds only its new sentences. Least recently used
 * sentences are forgotten first; an embedding of all-MiniLM-L6-v2 takes 1.5 KB. Thread-safe: two threads may
 * embed the same new sentence at once, which costs time, not correctness.
 */
public final class CachingEmbedder implements SentenceEmbedder {

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> cache;

    /** An embedder that keeps up to {@code capacity} embeddings of {@code embedder}. */
    public CachingEmbedder(SentenceEmbedder embedder, int capacity) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public float[] embed(String text) {
        float[] found;
        synchronized (cache) {
            found = cache.get(text);
        }
        if (found == null) {
            found = embedder.embed(text);
            synchronized (cache) {
                cache.put(text, found);
            }
        }
        return found.clone();
    }

    /** Embeddings kept. */
    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
