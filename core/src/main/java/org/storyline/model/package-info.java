/**
 * The immutable model every pipeline stage takes and returns: articles as ingested, cleaned articles
 * with stand-off offsets into their source, entities, quotes, facts, stories and briefs. Offsets are
 * always Java {@code String} indices into {@link org.storyline.model.Article#source()}, the decoded
 * source document, so that {@code source.substring(start, end)} is exactly the cited text.
 */
package org.storyline.model;
