/**
 * Grouping articles into stories, one per event: TF-IDF content similarity turned into shared-nearest-neighbour
 * similarity, then average-link agglomerative clustering with a threshold, reprints starting beside their
 * originals.
 */
package org.storyline.cluster;
