package org.storyline.store.lucene;

import java.util.Objects;
import org.storyline.store.StoredArticle;

/**
 * An article as indexed: the stored record, and what is derived from it once, when it is added.
 *
 * @param stored the article with its story, hash and time of adding
 * @param text   its clean text (searched, and shown in snippets)
 * @param terms  its content terms, space separated (for finding candidate stories)
 * @param credit the outlet its clean text credits (agency or syndication source), or {@code null}
 * @param title     its headline as cleaning found it (plain text has no title field), or {@code null}
 * @param sentences its annotated sentences ({@link org.storyline.codec.ArticleCodec#encodeSentences}), kept so
 *                  that it is not annotated again when its story changes; {@code null} when not annotated (an
 *                  exact copy, or a store written before annotations were kept)
 */
record ArticleEntry(StoredArticle stored, String text, String terms, String credit, String title, byte[] sentences) {

    ArticleEntry {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(terms, "terms");
    }

    /** An entry without kept sentences. */
    ArticleEntry(StoredArticle stored, String text, String terms, String credit, String title) {
        this(stored, text, terms, credit, title, null);
    }

    /** This entry moved to story {@code storyId}. */
    ArticleEntry inStory(String storyId) {
        StoredArticle s = new StoredArticle(stored.article(), storyId, stored.contentHash(), stored.added());
        return new ArticleEntry(s, text, terms, credit, title, sentences);
    }
}
