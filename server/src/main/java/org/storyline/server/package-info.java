/**
 * The HTTP face of a store of stories: a JSON API under {@code /api} (stories, briefs, articles, entities,
 * quotes, search, and ingest through {@code POST /api/articles}) and server-rendered web pages (story list,
 * story brief, article with the cited span highlighted, entity, search), built on Javalin behind the small
 * facade {@link org.storyline.server.StorylineServer}. It reads through {@link org.storyline.store.StoryStore}
 * and writes through {@link org.storyline.store.StoreWriter} only, so any store implementation serves.
 * Article text is untrusted: pages escape it and forbid every script with a Content-Security-Policy.
 */
package org.storyline.server;
