package org.storyline.model;

import java.util.Objects;

/**
 * Where one article carries a quote, and the words of that article that name its speaker.
 *
 * @param article id of the article
 * @param start   first source character of the quoted words, inclusive
 * @param end     last source character of the quoted words, exclusive
 * @param text    the quoted words as that article prints them
 * @param cue     the words that name the speaker ({@code he said}, {@code according to X}), or {@code null} when
 *                nothing in the article names one for these words (a continuation, or an unknown speaker)
 */
public record QuoteSource(String article, int start, int end, String text, Cue cue) {

    public QuoteSource {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Words of the article that name a quote's speaker, in source characters of the same article.
     *
     * @param start first source character, inclusive
     * @param end   last source character, exclusive
     * @param text  the words as the article prints them
     */
    public record Cue(int start, int end, String text) {

        public Cue {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The quoted words without their cue. */
    public SourceText words() {
        return new SourceText(article, start, end, text);
    }

    /** The quoted words' range as a citation. */
    public Citation citation() {
        return new Citation(article, start, end);
    }
}
