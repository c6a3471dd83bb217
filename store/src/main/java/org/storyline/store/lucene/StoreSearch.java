package org.storyline.store.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.storyline.store.SearchHit;
import org.storyline.store.SearchResult;

/** Full-text search over articles, stories, quotes and entities, best first, with plain snippets. */
final class StoreSearch {

    private static final Set<String> HIT_FIELDS = Set.of(StoreFields.KIND, StoreFields.ID, StoreFields.STORY,
            StoreFields.TITLE, StoreFields.TEXT);

    private final QueryLanguage language;
    private final Snippets snippets;

    StoreSearch(Analyzer analyzer) {
        this.language = new QueryLanguage(analyzer);
        this.snippets = new Snippets(analyzer);
    }

    /** Hits {@code offset} to {@code offset + limit} of {@code query}; a bad query throws StoreQueryException. */
    SearchResult search(IndexReads reads, String query, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        Query parsed = language.parse(query);
        Query searchable = new BooleanQuery.Builder()
                .add(parsed, Occur.MUST)
                .add(IndexReads.kind(StoreFields.REDIRECT), Occur.MUST_NOT)
                .build();
        IndexReads.Page page = reads.page(searchable, null, offset, limit, HIT_FIELDS);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.documents().size(); i++) {
            Document doc = page.documents().get(i);
            hits.add(new SearchHit(doc.get(StoreFields.KIND), doc.get(StoreFields.ID), doc.get(StoreFields.STORY),
                    doc.get(StoreFields.TITLE), snippet(doc, parsed), page.hits().get(i).score));
        }
        return new SearchResult(page.total(), hits);
    }

    private String snippet(Document doc, Query query) {
        String text = doc.get(StoreFields.TEXT);
        return snippets.of(StoreFields.TEXT, text == null ? "" : text, query);
    }
}
