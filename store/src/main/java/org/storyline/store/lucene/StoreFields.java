package org.storyline.store.lucene;

/**
 * The names of the index's fields and record kinds. Every document has a {@link #KEY} ({@code kind:id}, unique,
 * what updates replace) and a {@link #KIND}; the other fields depend on the kind.
 */
final class StoreFields {

    /** Unique key of a document: {@code kind:id}. */
    static final String KEY = "key";
    /** Record kind: {@code article}, {@code story}, {@code quote}, {@code entity} or {@code redirect}. */
    static final String KIND = "kind";
    /** The record's id. */
    static final String ID = "id";
    /** The story an article, quote or entity belongs to (an entity: its newest story). */
    static final String STORY = "story";
    /** Searchable headline, title, speaker or entity name. */
    static final String TITLE = "title";
    /** Searchable body: article text, story summary, quote words, entity variants and role. */
    static final String TEXT = "text";
    /** Searchable outlets (publisher and credited agency). */
    static final String OUTLET = "outlet";
    /** Searchable speaker name and description of a quote. */
    static final String SPEAKER = "speaker";
    /** Searchable entity names and variants (a story's entities, an entity's own names). */
    static final String ENTITY = "entity";
    /** Publication day {@code yyyy-MM-dd}, for ranges. */
    static final String PUBLISHED = "published";
    /** Marks an article without a publication day ({@code true}), which any day's candidate search may find. */
    static final String UNDATED = "undated";
    /** Latest publication date of a story (sort key and range filter). */
    static final String LATEST = "latest";
    /** Sort key of a story's latest publication (doc values; on stories, quotes and entities). */
    static final String LATEST_SORT = "latestSort";
    /** Sort key of a quote's story (doc values). */
    static final String STORY_SORT = "storySort";
    /** When a story last changed (sort key). */
    static final String UPDATED = "updated";
    /** When a story was created (the older id survives a merge). */
    static final String CREATED = "created";
    /** Content hash of an article's clean text. */
    static final String HASH = "hash";
    /** Normalised address of an article. */
    static final String URL = "url";
    /** An article's content terms, for finding candidate stories. */
    static final String TERMS = "terms";
    /** Key of an entity across stories: {@code TYPE|lower-case name}. */
    static final String ENTITY_KEY = "entityKey";
    /** Mentions of an entity in all stories (sort key). */
    static final String MENTIONS = "mentions";
    /** Position of a quote in its story (sort key). */
    static final String POSITION = "position";
    /** Stored JSON of the record. */
    static final String RECORD = "record";
    /** Redirect target: the story a merged story's id now leads to. */
    static final String TARGET = "target";

    static final String ARTICLE = "article";
    static final String STORY_KIND = "story";
    static final String QUOTE = "quote";
    static final String ENTITY_KIND = "entity";
    static final String REDIRECT = "redirect";

    private StoreFields() {
    }

    /** The unique key of record {@code id} of {@code kind}. */
    static String key(String kind, String id) {
        return kind + ":" + id;
    }
}
