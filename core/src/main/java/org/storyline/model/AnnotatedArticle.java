package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article with its sentences and tokens.
 *
 * @param clean     the cleaned article
 * @param sentences its sentences in order, offsets into {@code clean.text()}
 */
public record AnnotatedArticle(CleanArticle clean, List<Sentence> sentences) {

    public AnnotatedArticle {
        Objects.requireNonNull(clean, "clean");
        sentences = List.copyOf(sentences);
    }

    /** The article's id. */
    public String id() {
        return clean.id();
    }

    /** The cleaned body text. */
    public String text() {
        return clean.text();
    }
}
