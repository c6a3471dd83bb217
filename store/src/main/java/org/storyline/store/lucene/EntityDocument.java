package org.storyline.store.lucene;

import static org.storyline.store.lucene.StoreFields.ENTITY_KIND;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.storyline.store.EntityStories;

/** An entity's document: the entity summed over every story that mentions it, searchable by its names. */
final class EntityDocument {

    private EntityDocument() {
    }

    /** The document of {@code entity}, spelt {@code variants}, whose newest story's latest date is {@code latest}. */
    static Document of(EntityStories entity, List<String> variants, String latest) {
        String key = EntityCount.key(entity.type(), entity.name());
        Document doc = new Document();
        doc.add(new StringField(StoreFields.KEY, StoreFields.key(ENTITY_KIND, key), Store.NO));
        doc.add(new StringField(StoreFields.KIND, ENTITY_KIND, Store.YES));
        doc.add(new StringField(StoreFields.ID, entity.name(), Store.YES));
        doc.add(new StringField(StoreFields.ENTITY_KEY, key, Store.NO));
        if (!entity.storyIds().isEmpty()) {
            doc.add(new StringField(StoreFields.STORY, entity.storyIds().get(0), Store.YES));
        }
        doc.add(new StoredField(StoreFields.RECORD, RecordCodec.write(entity)));
        doc.add(new TextField(StoreFields.TITLE, entity.name(), Store.YES));
        doc.add(new TextField(StoreFields.ENTITY, entity.name(), Store.NO));
        variants.forEach(v -> doc.add(new TextField(StoreFields.ENTITY, v, Store.NO)));
        String text = String.join("; ", variants) + (entity.role() == null ? "" : "; " + entity.role());
        doc.add(new TextField(StoreFields.TEXT, text, Store.YES));
        doc.add(new NumericDocValuesField(StoreFields.MENTIONS, entity.mentions()));
        doc.add(new SortedDocValuesField(StoreFields.LATEST_SORT, new BytesRef(StoryDocument.sortKey(latest))));
        return doc;
    }

    /** The entity kept in {@code doc}. */
    static EntityStories read(Document doc) {
        return RecordCodec.read(doc.get(StoreFields.RECORD), EntityStories.class);
    }
}
