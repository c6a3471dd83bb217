/**
 * The embedded default store: every record (articles, stories with their rendered briefs, quotes, entities,
 * redirects of merged stories) is a document of one Apache Lucene index, its values kept as stored fields. One
 * durable system means one commit: a commit is atomic across articles, stories, quotes and entities, and a
 * crash loses at most the uncommitted batch. {@link org.storyline.store.lucene.LuceneStoryStore} reads and
 * searches it without a lock; {@link org.storyline.store.lucene.LuceneStoreWriter} adds articles and updates
 * their stories, holding the store's writer lock. {@link org.storyline.store.lucene.StoreLocation} says where a
 * store lives by default.
 */
package org.storyline.store.lucene;
