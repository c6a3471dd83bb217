package org.storyline.store;

import java.util.List;
import org.storyline.model.Article;

/**
 * Adds articles to a store and keeps its stories up to date. Only one writer may hold a store at a time;
 * opening a second one fails with {@link StoreLockedException}. Adding is idempotent: an article whose
 * content or address is already stored is counted as a duplicate and changes nothing. Work is committed
 * in batches; a crash loses at most the batch in progress, never a committed one.
 */
public interface StoreWriter extends AutoCloseable {

    /** Adds {@code articles}, telling {@code listener} of progress and of every commit. */
    IngestReport add(List<Article> articles, IngestListener listener);

    /** Commits what is pending and releases the store. */
    @Override
    void close();
}
