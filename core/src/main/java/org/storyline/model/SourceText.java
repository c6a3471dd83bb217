package org.storyline.model;

import java.util.Objects;

/**
 * Words of one article at a source range: where an article carries a quote, or where it names an entity.
 *
 * @param article id of the article
 * @param start   first source character of the words, inclusive
 * @param end     last source character of the words, exclusive
 * @param text    the words as that article prints them
 */
public record SourceText(String article, int start, int end, String text) {

    public SourceText {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
    }

    /** The range as a citation. */
    public Citation citation() {
        return new Citation(article, start, end);
    }
}
