/**
 * The quote attribution benchmark: runs storyline's quote extraction and CoreNLP's own quote attribution
 * ({@code QuoteAnnotator} with {@code quote.attributeQuotes}) on the same cleaned articles, aligns what each
 * found with hand-judged quotes, and prints both speakers per quote, totals, time and memory.
 */
package org.storyline.bench.quotes;
