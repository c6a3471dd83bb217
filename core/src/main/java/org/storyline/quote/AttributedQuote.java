package org.storyline.quote;

import java.util.Objects;

/**
 * A quote found in one article, with its speaker.
 *
 * @param article id of the article
 * @param start   first character of the quoted words in the article's clean text
 * @param end     end (exclusive) of the quoted words in the clean text
 * @param text    the quoted words
 * @param speaker who said them, or {@link Speaker#UNKNOWN}
 * @param direct  whether the words are quoted verbatim; false for reported speech
 */
public record AttributedQuote(String article, int start, int end, String text, Speaker speaker, boolean direct) {

    public AttributedQuote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
    }

    /** A direct quote. */
    public AttributedQuote(String article, int start, int end, String text, Speaker speaker) {
        this(article, start, end, text, speaker, true);
    }
}
