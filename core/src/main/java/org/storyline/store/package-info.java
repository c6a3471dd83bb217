/**
 * What a store of stories offers, independent of how it keeps them: {@link org.storyline.store.StoryStore}
 * reads stories, articles, entities and quotes and searches them; {@link org.storyline.store.StoreWriter}
 * adds articles and updates the stories they belong to. The embedded default implementation lives in the
 * {@code store} module; the HTTP server and the CLI depend only on these types.
 */
package org.storyline.store;
