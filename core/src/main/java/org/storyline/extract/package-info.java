/**
 * Article extraction from web pages: the body of the article (its paragraphs, lists, tables and quotes, without
 * navigation, ads, captions, related links, comments, promos or notices), its title, date, authors, outlet,
 * canonical address and language. The body is found in passes, each a small class: Readability's candidate
 * scores choose the container ({@link org.storyline.extract.ContainerFinder}), jusText's block classes by
 * length, link density and the stop-word density of the page's language judge its blocks in context
 * ({@link org.storyline.extract.BlockClassifier}, {@link org.storyline.extract.ContextFilter}), the standfirst
 * before the body is added ({@link org.storyline.extract.LeadFinder}), a baseline of the page's prose replaces
 * a container too short for the page ({@link org.storyline.extract.BaselineFallback}), and notices that name
 * a copyright or the site itself are peeled off the end ({@link org.storyline.extract.TailFilter}). Every body
 * character keeps its offset in the raw HTML.
 */
package org.storyline.extract;
