package org.storyline.store.lucene;

import static org.storyline.store.lucene.StoreFields.REDIRECT;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;

/** A redirect: a story merged into another is found under its old id, which now leads to the survivor. */
final class RedirectDocument {

    private RedirectDocument() {
    }

    /** The redirect from story {@code from} to story {@code target}. */
    static Document of(String from, String target) {
        Document doc = new Document();
        doc.add(new StringField(StoreFields.KEY, StoreFields.key(REDIRECT, from), Store.NO));
        doc.add(new StringField(StoreFields.KIND, REDIRECT, Store.YES));
        doc.add(new StringField(StoreFields.ID, from, Store.YES));
        doc.add(new StringField(StoreFields.TARGET, target, Store.YES));
        return doc;
    }

    /** The story a redirect leads to. */
    static String target(Document doc) {
        return doc.get(StoreFields.TARGET);
    }
}
