/**
 * Fact extraction: finds checkable statements of money, percentages, counts, dates and quantities
 * in cleaned articles with regular expressions and small word lists (no NLP model), normalises each
 * to a value two outlets can agree on ({@code EUR 40000000000}, {@code 32 countries},
 * {@code 2024-10-17}), and aligns equal values across articles into {@link org.storyline.model.Fact}s.
 * Every mention keeps a citation of exactly the words that state it.
 */
package org.storyline.fact;
