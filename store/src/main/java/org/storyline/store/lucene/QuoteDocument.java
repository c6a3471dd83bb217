package org.storyline.store.lucene;

import static org.storyline.store.lucene.StoreFields.QUOTE;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.storyline.model.Quote;
import org.storyline.store.StoredQuote;

/** A quote's document: the quote of a story, searchable by its words and by its speaker's name or description. */
final class QuoteDocument {

    private QuoteDocument() {
    }

    /** The id of quote number {@code position} of story {@code storyId}. */
    static String id(String storyId, int position) {
        return storyId + "#" + position;
    }

    /** The document of quote number {@code position} of a story whose latest date is {@code latest}. */
    static Document of(StoredQuote stored, int position, String latest) {
        Quote quote = stored.quote();
        String id = id(stored.storyId(), position);
        Document doc = new Document();
        doc.add(new StringField(StoreFields.KEY, StoreFields.key(QUOTE, id), Store.NO));
        doc.add(new StringField(StoreFields.KIND, QUOTE, Store.YES));
        doc.add(new StringField(StoreFields.ID, id, Store.YES));
        doc.add(new StringField(StoreFields.STORY, stored.storyId(), Store.YES));
        doc.add(new StoredField(StoreFields.RECORD, RecordCodec.write(quote)));
        doc.add(new TextField(StoreFields.TEXT, quote.text(), Store.YES));
        String who = speaker(quote);
        if (!who.isEmpty()) {
            doc.add(new TextField(StoreFields.TITLE, who, Store.YES));
            doc.add(new TextField(StoreFields.SPEAKER, who, Store.NO));
        }
        doc.add(new SortedDocValuesField(StoreFields.LATEST_SORT, new BytesRef(StoryDocument.sortKey(latest))));
        doc.add(new SortedDocValuesField(StoreFields.STORY_SORT, new BytesRef(stored.storyId())));
        doc.add(new NumericDocValuesField(StoreFields.POSITION, position));
        return doc;
    }

    /** The quote kept in {@code doc}. */
    static StoredQuote read(Document doc) {
        return new StoredQuote(doc.get(StoreFields.STORY), RecordCodec.read(doc.get(StoreFields.RECORD), Quote.class));
    }

    /** Who says {@code quote}: the speaker's name and description, as far as known. */
    static String speaker(Quote quote) {
        String name = quote.speaker() == null ? "" : quote.speaker();
        String description = quote.speakerDescription() == null ? "" : quote.speakerDescription();
        return (name + (name.isEmpty() || description.isEmpty() ? "" : ", ") + description).strip();
    }
}
