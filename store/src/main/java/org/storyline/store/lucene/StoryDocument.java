package org.storyline.store.lucene;

import static org.storyline.store.lucene.StoreFields.STORY_KIND;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.storyline.store.StoredStory;
import org.storyline.render.Format;
import org.storyline.store.StoryBrief;
import org.storyline.store.StorySummary;

/** A story's document: its summary, article ids and rendered briefs, with its outlets, entities and dates. */
final class StoryDocument {

    private static final String ARTICLES = "articles";
    private static final String ENTITIES = "entities";
    private static final String JSON = "json";
    private static final String MARKDOWN = "markdown";
    private static final String HTML = "html";

    private StoryDocument() {
    }

    /** The document of {@code entry}. */
    static Document of(StoryEntry entry) {
        StoredStory story = entry.story();
        StorySummary summary = story.summary();
        Document doc = new Document();
        doc.add(new StringField(StoreFields.KEY, StoreFields.key(STORY_KIND, story.id()), Store.NO));
        doc.add(new StringField(StoreFields.KIND, STORY_KIND, Store.YES));
        doc.add(new StringField(StoreFields.ID, story.id(), Store.YES));
        doc.add(new StringField(StoreFields.STORY, story.id(), Store.YES));
        doc.add(new StoredField(StoreFields.RECORD, RecordCodec.write(summary)));
        doc.add(new StoredField(ARTICLES, RecordCodec.write(story.articleIds())));
        doc.add(new StoredField(ENTITIES, RecordCodec.write(entry.entities())));
        doc.add(new StoredField(JSON, story.json()));
        doc.add(new StoredField(MARKDOWN, story.markdown()));
        doc.add(new StoredField(HTML, story.html()));
        doc.add(new StoredField(StoreFields.CREATED, entry.created()));
        doc.add(new TextField(StoreFields.TITLE, summary.headline(), Store.YES));
        doc.add(new TextField(StoreFields.TEXT, entry.text(), Store.YES));
        summary.outlets().forEach(o -> doc.add(new TextField(StoreFields.OUTLET, o, Store.NO)));
        for (EntityCount e : entry.entities()) {
            doc.add(new StringField(StoreFields.ENTITY_KEY, e.key(), Store.NO));
            e.variants().forEach(v -> doc.add(new TextField(StoreFields.ENTITY, v, Store.NO)));
            doc.add(new TextField(StoreFields.ENTITY, e.name(), Store.NO));
        }
        entry.days().forEach(d -> doc.add(new StringField(StoreFields.PUBLISHED, d, Store.NO)));
        String latestDay = Days.of(summary.latest());
        if (latestDay != null) {
            doc.add(new StringField(StoreFields.LATEST, latestDay, Store.NO));
        }
        doc.add(new SortedDocValuesField(StoreFields.LATEST_SORT, new BytesRef(sortKey(summary.latest()))));
        doc.add(new SortedDocValuesField(StoreFields.UPDATED, new BytesRef(summary.updated())));
        return doc;
    }

    /** The story kept in {@code doc}. */
    static StoredStory read(Document doc) {
        StorySummary summary = RecordCodec.read(doc.get(StoreFields.RECORD), StorySummary.class);
        return new StoredStory(summary, RecordCodec.readStrings(doc.get(ARTICLES)), doc.get(JSON),
                doc.get(MARKDOWN), doc.get(HTML));
    }

    /** The story entry kept in {@code doc}, without its days (they are only indexed). */
    static StoryEntry readEntry(Document doc) {
        List<EntityCount> entities = Arrays.asList(RecordCodec.read(doc.get(ENTITIES), EntityCount[].class));
        return new StoryEntry(read(doc), doc.get(StoreFields.CREATED), doc.get(StoreFields.TEXT), List.of(),
                entities);
    }

    /** The ids of the articles of the story kept in {@code doc} (read with {@link #summaryFields()} or whole). */
    static List<String> articleIds(Document doc) {
        return RecordCodec.readStrings(doc.get(ARTICLES));
    }

    /** The fields the brief of a story in {@code format} needs: its record and that one rendering. */
    static Set<String> briefFields(Format format) {
        return Set.of(StoreFields.RECORD, field(format));
    }

    /** The brief in {@code format} kept in {@code doc}, read with {@link #briefFields(Format)}. */
    static StoryBrief readBrief(Document doc, Format format) {
        StorySummary summary = RecordCodec.read(doc.get(StoreFields.RECORD), StorySummary.class);
        return new StoryBrief(summary, format, doc.get(field(format)));
    }

    private static String field(Format format) {
        return switch (format) {
            case JSON -> JSON;
            case MARKDOWN -> MARKDOWN;
            case HTML -> HTML;
        };
    }

    /** The fields a story listing needs, so the rendered briefs are not loaded for it. */
    static Set<String> summaryFields() {
        return Set.of(StoreFields.RECORD, ARTICLES);
    }

    /** The sort key of a story's latest date: its day when ISO-8601 (undated stories sort last). */
    static String sortKey(String latest) {
        String day = Days.of(latest);
        return day == null ? "" : latest;
    }
}
