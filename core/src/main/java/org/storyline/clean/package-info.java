/**
 * Cleaning: turns an ingested {@link org.storyline.model.Article} into a
 * {@link org.storyline.model.CleanArticle} by taking out article furniture (headline, site header,
 * subheadings, repeated paragraphs, hashtag lines, dateline, syndication credits) and
 * machine-translation debris, with rules and small word lists only. Every kept character keeps its
 * source offsets and every removal is recorded with its kind and source range. {@link
 * org.storyline.clean.TextCleaner} is the entry point; the other classes each do one rule.
 */
package org.storyline.clean;
