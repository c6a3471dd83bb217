/**
 * Fact extraction: finds checkable statements of money, percentages, counts, dates, durations and
 * quantities in cleaned articles with regular expressions and small word lists (no NLP model),
 * normalises each to a value two outlets can agree on ({@code EUR 40000000000}, {@code 32 countries},
 * {@code 2024-10-17}, {@code P2Y6M}, {@code 500000 m}), aligns equal values across articles into
 * {@link org.storyline.model.Fact}s ({@link org.storyline.fact.FactAligner}) and flags outlets that
 * give different values for the same thing as {@link org.storyline.model.Conflict}s
 * ({@link org.storyline.fact.ConflictFinder}). Every mention keeps a citation of exactly the words
 * that state it.
 */
package org.storyline.fact;
