package org.storyline.model;

import java.util.Objects;

/**
 * Where one article carries a quote.
 *
 * @param article id of the article
 * @param start   first source character of the quoted words, inclusive
 * @param end     last source character of the quoted words, exclusive
 * @param text    the quoted words as that article prints them
 */
public record QuoteSource(String article, int start, int end, String text) {

    public QuoteSource {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
    }

    /** The quoted range as a citation. */
    public Citation citation() {
        return new Citation(article, start, end);
    }
}
