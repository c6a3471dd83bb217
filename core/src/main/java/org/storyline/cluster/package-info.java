/**
 * Grouping articles into stories. The first method is honest and simple: TF-IDF vectors of each
 * article's content terms and average-link agglomerative clustering with a similarity threshold.
 */
package org.storyline.cluster;
