package org.storyline.model;

import java.util.List;

/**
 * A sentence of a cleaned article.
 *
 * @param index     position of the sentence in the article, from 0
 * @param paragraph index of the paragraph the sentence is in
 * @param start     first character in the clean text, inclusive
 * @param end       last character in the clean text, exclusive
 * @param tokens    the sentence's tokens
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's text in {@code cleanText}. */
    public String text(String cleanText) {
        return cleanText.substring(start, end);
    }
}
