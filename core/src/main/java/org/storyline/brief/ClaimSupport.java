package org.storyline.brief;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.nlp.SentenceEmbedder;
import org.storyline.text.WordSet;

/**
 * Whether a span of an article supports a claim: they share at least {@value #MIN_SHARED} of the smaller
 * side's content words, or their sentence embeddings are at least {@value #MIN_MEANING} alike. One test
 * for the brief, when it cites other outlets for a sentence, and for {@link CitationChecker}, which checks
 * the brief. Embeddings are cached per text for the life of the instance (one story); thread-safe.
 */
public final class ClaimSupport {

    /** Share of content words a supporting span has in common with the claim. */
    public static final double MIN_SHARED = 0.5;
    /** Embedding cosine at which a span says the same thing as the claim in other words. */
    public static final double MIN_MEANING = 0.6;

    private final SentenceEmbedder embedder;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    /** A test that compares meanings with {@code embedder}. */
    public ClaimSupport(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** Whether {@code span} supports {@code claim}. */
    public boolean supports(String claim, String span) {
        if (WordSet.of(claim).containment(WordSet.of(span)) >= MIN_SHARED) {
            return true;
        }
        return SentenceEmbedder.cosine(embedding(claim), embedding(span)) >= MIN_MEANING;
    }

    /** The sentence-embedding cosine of two texts. */
    public double similarity(String a, String b) {
        return SentenceEmbedder.cosine(embedding(a), embedding(b));
    }

    private float[] embedding(String text) {
        return cache.computeIfAbsent(text, embedder::embed);
    }
}
