/**
 * Story clustering quality on ECB+ (real articles, two events of the same kind per topic): ingest, clean,
 * annotate (cached), cluster the whole batch at once, and score against the gold events with BCubed and
 * pairwise precision, recall and F1, on all topics, the development topics and the held-out topics.
 */
package org.storyline.bench.clustering;
