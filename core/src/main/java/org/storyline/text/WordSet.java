package org.storyline.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a short text, lightly stemmed, for telling whether two wordings say the same
 * thing ({@code We are not at a point where the alliance is talking about sending an invitation} and
 * {@code We are not at the point right now where the alliance is talking about issuing an invitation}).
 *
 * @param words the stemmed content words
 */
public record WordSet(Set<String> words) {

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this",
            "that", "these", "those", "we", "i", "you", "he", "she", "they", "our", "my", "your", "his", "her",
            "their", "us", "me", "him", "them", "not", "no", "so", "as", "there", "here", "will", "would", "can",
            "could", "should", "may", "might", "must", "have", "has", "had", "do", "does", "did", "what", "which",
            "who", "whom", "where", "when", "how", "if", "than", "then", "also", "very", "about", "all", "some",
            "more", "most", "now", "just", "into", "out", "up", "one");

    public WordSet {
        words = Set.copyOf(words);
    }

    /** The word set of {@code text}. */
    public static WordSet of(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return new WordSet(out);
    }

    /** Shared words over the size of the smaller set: 1 when one wording contains the other. */
    public double containment(WordSet other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        return (double) shared(other) / Math.min(words.size(), other.words.size());
    }

    /** Shared words over all words of both. */
    public double jaccard(WordSet other) {
        int shared = shared(other);
        int union = words.size() + other.words.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private int shared(WordSet other) {
        int n = 0;
        for (String w : words) {
            if (other.words.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
