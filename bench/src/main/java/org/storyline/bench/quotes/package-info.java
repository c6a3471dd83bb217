/**
 * The quote attribution benchmark: runs storyline's quote extraction and CoreNLP's own quote attribution
 * ({@code QuoteAnnotator} with {@code quote.attributeQuotes}) on the same articles, either aligning what each
 * found with hand-judged quotes of a folder and printing both speakers per quote, totals, time and memory, or
 * ({@link org.storyline.bench.quotes.CoreNlpQuoteBrief}) writing CoreNLP's quotes in the shape of storyline's JSON
 * brief so that the shared benchmark's {@code score_quotes.py} scores both sides alike.
 */
package org.storyline.bench.quotes;
