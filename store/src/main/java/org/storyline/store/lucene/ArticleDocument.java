package org.storyline.store.lucene;

import static org.storyline.store.lucene.StoreFields.ARTICLE;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.storyline.model.Article;
import org.storyline.store.StoredArticle;

/**
 * An article's document: its record, its story, its hash and address for copies, its text for search, its
 * annotated sentences.
 */
final class ArticleDocument {

    private static final String ADDED = "added";
    private static final String CREDIT = "credit";
    private static final String SENTENCES = "sentences";

    private ArticleDocument() {
    }

    /** The document of {@code entry}. */
    static Document of(ArticleEntry entry) {
        StoredArticle stored = entry.stored();
        Article article = stored.article();
        Document doc = new Document();
        doc.add(new StringField(StoreFields.KEY, StoreFields.key(ARTICLE, article.id()), Store.NO));
        doc.add(new StringField(StoreFields.KIND, ARTICLE, Store.YES));
        doc.add(new StringField(StoreFields.ID, article.id(), Store.YES));
        doc.add(new StringField(StoreFields.STORY, stored.storyId(), Store.YES));
        doc.add(new StringField(StoreFields.HASH, stored.contentHash(), Store.YES));
        if (UrlKey.of(article.url()) != null) {
            doc.add(new StringField(StoreFields.URL, UrlKey.of(article.url()), Store.NO));
        }
        if (stored.added() != null) {
            doc.add(new StoredField(ADDED, stored.added()));
        }
        doc.add(new StoredField(StoreFields.RECORD, RecordCodec.writeArticle(article)));
        doc.add(new TextField(StoreFields.TEXT, entry.text(), Store.YES));
        doc.add(new TextField(StoreFields.TERMS, entry.terms(), Store.YES));
        String title = entry.title() != null ? entry.title() : article.title();
        if (title != null) {
            doc.add(new TextField(StoreFields.TITLE, title, Store.YES));
        }
        if (article.outlet() != null) {
            doc.add(new TextField(StoreFields.OUTLET, article.outlet(), Store.NO));
        }
        if (entry.credit() != null) {
            doc.add(new TextField(StoreFields.OUTLET, entry.credit(), Store.NO));
            doc.add(new StoredField(CREDIT, entry.credit()));
        }
        if (entry.sentences() != null) {
            doc.add(new StoredField(SENTENCES, new BytesRef(entry.sentences())));
        }
        String day = Days.of(article.published());
        if (day != null) {
            doc.add(new StringField(StoreFields.PUBLISHED, day, Store.NO));
        } else {
            doc.add(new StringField(StoreFields.UNDATED, "true", Store.NO));
        }
        return doc;
    }

    /** The entry kept in {@code doc}. */
    static ArticleEntry read(Document doc) {
        Article article = RecordCodec.readArticle(doc.get(StoreFields.RECORD));
        StoredArticle stored = new StoredArticle(article, doc.get(StoreFields.STORY), doc.get(StoreFields.HASH),
                doc.get(ADDED));
        BytesRef sentences = doc.getBinaryValue(SENTENCES);
        return new ArticleEntry(stored, doc.get(StoreFields.TEXT), doc.get(StoreFields.TERMS), doc.get(CREDIT),
                doc.get(StoreFields.TITLE), sentences == null ? null
                : java.util.Arrays.copyOfRange(sentences.bytes, sentences.offset, sentences.offset + sentences.length));
    }
}
