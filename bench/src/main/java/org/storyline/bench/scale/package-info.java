/**
 * The scale benchmark of the streaming clusterer: real annotated articles (ECB+ and the example corpus) copied
 * into synthetic universes, with names renamed and dates moved, fed to a {@link org.storyline.cluster.StoryStream}
 * in date order up to a million articles, measuring the cost per article, the heap and the peak resident memory
 * as the stream grows, and the quality of the stories on the first part of the stream against synthetic gold.
 */
package org.storyline.bench.scale;
