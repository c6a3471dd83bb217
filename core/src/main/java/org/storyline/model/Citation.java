package org.storyline.model;

import java.util.Objects;

/**
 * A pointer from a claim to the span of a source article that backs it.
 *
 * @param article id of the article
 * @param start   first character in the article's source, inclusive
 * @param end     last character in the article's source, exclusive
 */
public record Citation(String article, int start, int end) {

    public Citation {
        Objects.requireNonNull(article, "article");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad citation range [" + start + ", " + end + ") in " + article);
        }
    }

    /** A citation of {@code span} in {@code article}. */
    public static Citation of(String article, Span span) {
        return new Citation(article, span.start(), span.end());
    }

    /** The cited range as a span. */
    public Span span() {
        return new Span(start, end);
    }
}
