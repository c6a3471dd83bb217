/**
 * Duplicates: finds articles that print the same text, exactly (after lower-casing and dropping
 * punctuation) or nearly (a wire story reprinted with another headline, credit line, trimmed or
 * rewritten last paragraphs). Each article's clean text becomes a set of word 5-gram shingles, the set
 * a MinHash signature of {@value org.storyline.dedup.MinHasher#SIZE} values, and locality-sensitive
 * hashing over bands of the signature proposes candidate pairs, so the cost grows linearly with the
 * number of articles instead of comparing every pair. A candidate pair is a near-duplicate when the
 * estimated share of the smaller text's shingles found in the other (containment) is at least 0.8 and
 * the estimated Jaccard similarity at least 0.5. {@link org.storyline.dedup.DuplicateFinder} is the
 * entry point; each group is linked to its earliest article.
 */
package org.storyline.dedup;
