package org.storyline.store;

import java.util.List;
import java.util.Optional;
import org.storyline.render.Format;

/**
 * Read access to a store of stories. Implementations are safe to use from many threads at once and see
 * what a writer has committed, never a half-written batch.
 */
public interface StoryStore extends AutoCloseable {

    /** Stories matching {@code filter}, newest first (by their latest article), one page of them. */
    StoryPage stories(StoryFilter filter);

    /**
     * The story with {@code id}; a story merged into another is found under its old id too, and then
     * {@link StoredStory#id()} is the surviving id.
     */
    Optional<StoredStory> story(String id);

    /**
     * The brief of story {@code id} in one format, found under a merged story's old id too. Stores that keep
     * the formats apart read only the one asked for.
     */
    default Optional<StoryBrief> brief(String id, Format format) {
        return story(id).map(s -> StoryBrief.of(s, format));
    }

    /** The article with {@code id}. */
    Optional<StoredArticle> article(String id);

    /** The articles of story {@code storyId}, in the order they were added. */
    List<StoredArticle> articlesOf(String storyId);

    /** Entities whose name or variants match {@code name} (all when blank), most mentioned first. */
    List<EntityStories> entities(String name, int offset, int limit);

    /** Quotes whose speaker (name or description) matches {@code speaker}, newest story first. */
    List<StoredQuote> quotesBy(String speaker, int offset, int limit);

    /**
     * Full-text search over articles, stories, quotes and entities. The query language is field-aware:
     * {@code speaker:"Jane Doe"}, {@code outlet:EFE}, {@code "exact phrase"},
     * {@code published:[2024-10-01 TO 2024-10-31]}, {@code AND}/{@code OR}/{@code NOT}.
     *
     * @throws StoreQueryException when the query cannot be parsed; its message says why
     */
    SearchResult search(String query, int offset, int limit);

    /** How many articles and stories the store holds. */
    StoreStats stats();

    /** Releases the store's files. */
    @Override
    void close();
}
