package org.storyline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.storyline.render.Format;
import org.storyline.store.StoredStory;
import org.storyline.store.StoryBrief;

/**
 * Looks records up in one point-in-time view of the index: by key, by hash or address, a story with its
 * redirects followed, a story's articles, and pages of documents for a query. Shared by the reader and by the
 * writer (which reads what it has written but not yet committed).
 */
final class IndexReads {

    /** More redirects than this in a row mean a loop: the store is damaged. */
    private static final int MAX_REDIRECTS = 64;

    private final IndexSearcher searcher;
    private final QueryBuilder names;

    IndexReads(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.names = new QueryBuilder(analyzer);
    }

    /** The searcher of this view. */
    IndexSearcher searcher() {
        return searcher;
    }

    /** The document of record {@code id} of {@code kind}. */
    Optional<Document> byKey(String kind, String id) {
        return first(new TermQuery(new Term(StoreFields.KEY, StoreFields.key(kind, id))), null);
    }

    /** The first document of {@code kind} whose {@code field} is {@code value}. */
    Optional<Document> first(String kind, String field, String value) {
        return first(and(kind(kind), new TermQuery(new Term(field, value))), null);
    }

    /** The surviving id of story {@code id}, following redirects; empty when there is no such story. */
    Optional<String> storyId(String id) {
        String current = id;
        for (int hops = 0; hops <= MAX_REDIRECTS; hops++) {
            if (exists(StoreFields.STORY_KIND, current)) {
                return Optional.of(current);
            }
            Optional<Document> redirect = byKey(StoreFields.REDIRECT, current);
            if (redirect.isEmpty()) {
                return Optional.empty();
            }
            current = RedirectDocument.target(redirect.get());
        }
        throw new IllegalStateException("story " + id + " redirects in a loop: the store is damaged");
    }

    /** Story {@code id}, found under a merged story's old id too. */
    Optional<StoredStory> story(String id) {
        return storyId(id).flatMap(s -> byKey(StoreFields.STORY_KIND, s)).map(StoryDocument::read);
    }

    /** The brief of story {@code id} (redirects followed) in {@code format}, the other renderings unread. */
    Optional<StoryBrief> brief(String id, Format format) {
        return storyId(id).flatMap(s -> first(new TermQuery(new Term(StoreFields.KEY,
                        StoreFields.key(StoreFields.STORY_KIND, s))), StoryDocument.briefFields(format)))
                .map(doc -> StoryDocument.readBrief(doc, format));
    }

    /** The articles of story {@code id} (redirects followed) in the order they were added. */
    List<ArticleEntry> articlesOf(String id) {
        Optional<String> storyId = storyId(id);
        if (storyId.isEmpty()) {
            return List.of();
        }
        List<String> order = first(new TermQuery(new Term(StoreFields.KEY,
                StoreFields.key(StoreFields.STORY_KIND, storyId.get()))), StoryDocument.summaryFields())
                .map(StoryDocument::articleIds).orElse(List.of());
        Map<String, ArticleEntry> byId = new HashMap<>();
        for (Document doc : all(and(kind(StoreFields.ARTICLE),
                new TermQuery(new Term(StoreFields.STORY, storyId.get()))))) {
            ArticleEntry entry = ArticleDocument.read(doc);
            byId.put(entry.stored().id(), entry);
        }
        List<ArticleEntry> out = new ArrayList<>();
        order.stream().map(byId::remove).filter(java.util.Objects::nonNull).forEach(out::add);
        out.addAll(byId.values());
        return out;
    }

    /** Every document matching {@code query}, in index order. */
    List<Document> all(Query query) {
        return page(query, null, 0, Integer.MAX_VALUE - 1, null).documents();
    }

    /** How many documents match {@code query}. */
    int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the store: " + e.getMessage(), e);
        }
    }

    /** The single-valued stored {@code fields} of document {@code doc}, reading no further than they lie. */
    private Document firstFields(int doc, Set<String> fields) throws IOException {
        FirstFieldsVisitor visitor = new FirstFieldsVisitor(fields);
        searcher.storedFields().document(doc, visitor);
        return visitor.getDocument();
    }

    /** Whether record {@code id} of {@code kind} exists, without reading it. */
    boolean exists(String kind, String id) {
        try {
            return searcher.count(new TermQuery(new Term(StoreFields.KEY, StoreFields.key(kind, id)))) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the store: " + e.getMessage(), e);
        }
    }

    /** One page of the documents matching {@code query}, sorted by {@code sort} (by score when null). */
    Page page(Query query, Sort sort, int offset, int limit, Set<String> fields) {
        try {
            int total = searcher.count(query);
            int n = (int) Math.min((long) offset + limit, total);
            if (n <= offset) {
                return new Page(total, List.of(), List.of());
            }
            TopDocs top = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
            List<Document> docs = new ArrayList<>();
            List<ScoreDoc> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                docs.add(fields == null ? searcher.storedFields().document(hit.doc) : firstFields(hit.doc, fields));
                hits.add(hit);
            }
            return new Page(total, docs, hits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the store: " + e.getMessage(), e);
        }
    }

    /** Documents whose {@code field} holds the words of {@code name} in order; every document when blank. */
    Query name(String field, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Query q = names.createPhraseQuery(field, name);
        return q == null ? new MatchNoDocsQuery("no words in " + name) : q;
    }

    /** Documents of {@code kind}. */
    static Query kind(String kind) {
        return new TermQuery(new Term(StoreFields.KIND, kind));
    }

    /** All of {@code queries} (null ones ignored). */
    static Query and(Query... queries) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : queries) {
            if (q != null) {
                b.add(q, Occur.FILTER);
            }
        }
        return b.build();
    }

    private Optional<Document> first(Query query, Set<String> fields) {
        List<Document> docs = page(query, null, 0, 1, fields).documents();
        return docs.isEmpty() ? Optional.empty() : Optional.of(docs.get(0));
    }

    /**
     * One page of documents.
     *
     * @param total     how many match in all
     * @param documents this page's documents
     * @param hits      their hits (scores and doc numbers)
     */
    record Page(int total, List<Document> documents, List<ScoreDoc> hits) {
    }
}
