package org.storyline.quote;

/**
 * A reporting verb near a quote.
 *
 * @param sentence the sentence it stands in
 * @param token    its token index in that sentence
 * @param distance characters between it and the quote
 */
record Cue(SentenceTokens sentence, int token, int distance) {
}
