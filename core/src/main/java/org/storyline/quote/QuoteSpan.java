package org.storyline.quote;

/**
 * Quoted words found in a cleaned text, before attribution.
 *
 * @param start      first character of the quoted words in the clean text
 * @param end        end (exclusive) of the quoted words
 * @param outerStart position of the opening mark or dash
 * @param outerEnd   position after the closing mark (or {@code end} when there is none)
 * @param paragraph  index of the paragraph it opens in
 * @param dashLed    whether it is a dash-led paragraph of direct speech
 * @param continued  whether it continues a quote left open at the end of the previous paragraph
 */
record QuoteSpan(int start, int end, int outerStart, int outerEnd, int paragraph, boolean dashLed, boolean continued) {
}
