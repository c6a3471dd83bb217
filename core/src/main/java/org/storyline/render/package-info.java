/**
 * Turns a {@link org.storyline.model.Report} into text: {@link org.storyline.render.JsonRenderer}
 * writes the stable JSON contract (documented in {@code docs/json-contract.md}) for programs,
 * {@link org.storyline.render.MarkdownRenderer} writes a brief for people, with numbered citation
 * markers that lead every claim back to its articles, and {@link org.storyline.render.HtmlRenderer}
 * writes the same brief as one self-contained web page whose markers show the cited passages.
 * {@link org.storyline.render.Format} picks a
 * renderer by name. Renderers are stateless and thread-safe; the model stays free of any
 * serialisation concern.
 */
package org.storyline.render;
