package org.storyline.store;

import java.util.Objects;
import org.storyline.model.Article;

/**
 * An article as stored: as ingested, with the story it belongs to.
 *
 * @param article     the article as ingested (its source, to which every citation points)
 * @param storyId     the story it belongs to
 * @param contentHash hash of its text, by which a copy is recognised
 * @param added       when it was stored (ISO-8601 instant)
 */
public record StoredArticle(Article article, String storyId, String contentHash, String added) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /** The article's id. */
    public String id() {
        return article.id();
    }
}
