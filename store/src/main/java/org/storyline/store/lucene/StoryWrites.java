package org.storyline.store.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.storyline.model.Quote;
import org.storyline.store.StoredQuote;

/**
 * Writes one changed story: its new articles, its stored articles that moved to it from merged stories,
 * redirects from the merged stories' ids, its document and its quotes. Collects the entities to sum again.
 */
final class StoryWrites {

    private final IndexWriter writer;
    private final IndexReads reads;

    StoryWrites(IndexWriter writer, IndexReads reads) {
        this.writer = writer;
        this.reads = reads;
    }

    /**
     * Writes story {@code built} of {@code assignment}.
     *
     * @param articles   every article of the story (new and stored), by id, as to be indexed
     * @param entityKeys gets the keys of the entities the story mentions or mentioned
     */
    void write(StoryAssigner.Assignment assignment, StoryBuilder.Built built, Map<String, ArticleEntry> articles,
               Set<String> entityKeys) throws IOException {
        String id = assignment.storyId();
        for (String articleId : assignment.articleIds()) {
            ArticleEntry entry = articles.get(articleId);
            if (!id.equals(entry.stored().storyId())) {
                writer.updateDocument(key(StoreFields.ARTICLE, articleId), ArticleDocument.of(entry.inStory(id)));
            }
        }
        for (String old : concat(id, assignment.merged())) {
            reads.byKey(StoreFields.STORY_KIND, old)
                    .ifPresent(d -> StoryDocument.readEntry(d).entities().forEach(e -> entityKeys.add(e.key())));
            writer.deleteDocuments(IndexReads.and(IndexReads.kind(StoreFields.QUOTE),
                    new TermQuery(new Term(StoreFields.STORY, old))));
        }
        for (String merged : assignment.merged()) {
            writer.deleteDocuments(key(StoreFields.STORY_KIND, merged));
            writer.updateDocument(key(StoreFields.REDIRECT, merged), RedirectDocument.of(merged, id));
            Query pointing = IndexReads.and(IndexReads.kind(StoreFields.REDIRECT),
                    new TermQuery(new Term(StoreFields.TARGET, merged)));
            for (Document redirect : reads.all(pointing)) {
                String from = redirect.get(StoreFields.ID);
                writer.updateDocument(key(StoreFields.REDIRECT, from), RedirectDocument.of(from, id));
            }
        }
        writer.updateDocument(key(StoreFields.STORY_KIND, id), StoryDocument.of(built.entry()));
        List<Quote> quotes = built.brief().quotes();
        String latest = built.entry().story().summary().latest();
        for (int i = 0; i < quotes.size(); i++) {
            writer.addDocument(QuoteDocument.of(new StoredQuote(id, quotes.get(i)), i, latest));
        }
        built.entry().entities().forEach(e -> entityKeys.add(e.key()));
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static Term key(String kind, String id) {
        return new Term(StoreFields.KEY, StoreFields.key(kind, id));
    }
}
