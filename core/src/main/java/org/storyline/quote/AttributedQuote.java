package org.storyline.quote;

import java.util.Objects;
import org.storyline.model.Span;

/**
 * A quote found in one article, with its speaker.
 *
 * @param article id of the article
 * @param start   first character of the quoted words in the article's clean text
 * @param end     end (exclusive) of the quoted words in the clean text
 * @param text    the quoted words
 * @param speaker who said them, or {@link Speaker#UNKNOWN}
 * @param direct  whether the words are quoted verbatim; false for reported speech
 * @param cue     the clean-text range of the words that name the speaker ({@code he said}, {@code according to
 *                X}), or {@code null} when none does (a continuation, an unknown speaker)
 */
public record AttributedQuote(String article, int start, int end, String text, Speaker speaker, boolean direct,
                              Span cue) {

    public AttributedQuote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
    }

    /** A direct quote whose cue is not known. */
    public AttributedQuote(String article, int start, int end, String text, Speaker speaker) {
        this(article, start, end, text, speaker, true, null);
    }
}
