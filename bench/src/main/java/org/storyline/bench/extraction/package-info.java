/**
 * The article extraction benchmark: scores storyline's {@code HtmlExtractor} and other extractors' outputs
 * on the same pages with the same metric (4-token shingles), and measures storyline's speed.
 */
package org.storyline.bench.extraction;
