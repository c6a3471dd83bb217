/**
 * Story clustering spread over a Spark cluster with exactly the result of core's
 * {@link org.storyline.cluster.StoryClusterer} on the same articles. Only pairs that share a content term can
 * be similar, only articles that share a neighbour can have a shared-neighbour similarity, and average linkage
 * never joins two groups with no similarity between them: so the batch splits into connected parts that are
 * clustered one by one, on executors, with core's own {@link org.storyline.cluster.AverageLinkage}.
 */
package org.storyline.spark.cluster;
