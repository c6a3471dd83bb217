package org.storyline.model;

import java.util.Objects;

/**
 * Something only one article of a story reports.
 *
 * @param article id of the article
 * @param text    the sentence
 * @param start   first source character, inclusive
 * @param end     last source character, exclusive
 */
public record Exclusive(String article, String text, int start, int end) {

    public Exclusive {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
    }
}
