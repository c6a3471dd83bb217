package org.storyline.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.storyline.cluster.StreamSettings;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Sentence;
import org.storyline.text.ContentTerms;

/**
 * Finds the stored stories a new article may belong to, without looking at the whole store: the stories of the
 * stored articles that best match a query of the new article's {@value #QUERY_TERMS} heaviest content terms
 * (sublinear term frequency times the store's inverse document frequency). A dated article looks only at
 * articles published within {@link StreamSettings#DEFAULT_QUIET_DAYS} days of it, and at undated ones: a story
 * quiet for longer is closed, and a later article of the same kind starts a story of its own.
 */
final class CandidateFinder {

    /** Content terms in the query of an article. */
    static final int QUERY_TERMS = 25;
    /** Stored articles looked at per new article. */
    static final int HITS = 30;
    /** Candidate stories per new article. */
    static final int STORIES = 10;

    private CandidateFinder() {
    }

    /** The content terms of {@code article}, in order, with repeats (as indexed: blanks inside a term become {@code _}). */
    static List<String> terms(AnnotatedArticle article) {
        List<String> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            ContentTerms.of(s.tokens()).forEach(t -> out.add(t.replaceAll("\\s+", "_")));
        }
        return out;
    }

    /** The candidate stories of {@code articles}, best first for each article. */
    static Set<String> stories(IndexReads reads, List<AnnotatedArticle> articles) {
        Set<String> out = new LinkedHashSet<>();
        for (AnnotatedArticle article : articles) {
            Query query = query(reads, terms(article), Days.of(article.clean().article().published()));
            if (query == null) {
                continue;
            }
            Set<String> mine = new LinkedHashSet<>();
            for (Document doc : reads.page(query, null, 0, HITS, Set.of(StoreFields.STORY)).documents()) {
                if (mine.size() < STORIES) {
                    mine.add(doc.get(StoreFields.STORY));
                }
            }
            out.addAll(mine);
        }
        return out;
    }

    private static Query query(IndexReads reads, List<String> terms, String day) {
        Map<String, Integer> tf = new HashMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        try {
            int docs = Math.max(1, reads.searcher().getIndexReader().numDocs());
            Map<String, Double> weight = new HashMap<>();
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                int df = reads.searcher().getIndexReader().docFreq(new Term(StoreFields.TERMS, e.getKey()));
                if (df > 0) {
                    weight.put(e.getKey(), (1 + Math.log(e.getValue())) * (Math.log((1.0 + docs) / (1.0 + df)) + 1));
                }
            }
            if (weight.isEmpty()) {
                return null;
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            weight.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(QUERY_TERMS)
                    .forEach(e -> query.add(new BoostQuery(new TermQuery(new Term(StoreFields.TERMS, e.getKey())),
                            e.getValue().floatValue()), Occur.SHOULD));
            query.add(IndexReads.kind(StoreFields.ARTICLE), Occur.FILTER);
            if (day != null) {
                query.add(window(day), Occur.FILTER);
            }
            query.setMinimumNumberShouldMatch(1);
            return query.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the store for candidate stories: " + e.getMessage(), e);
        }
    }

    /** Articles published within the quiet window of {@code day}, or undated. */
    private static Query window(String day) {
        LocalDate at = LocalDate.parse(day);
        int days = StreamSettings.DEFAULT_QUIET_DAYS;
        return new BooleanQuery.Builder()
                .add(TermRangeQuery.newStringRange(StoreFields.PUBLISHED, at.minusDays(days).toString(),
                        at.plusDays(days).toString(), true, true), Occur.SHOULD)
                .add(new TermQuery(new Term(StoreFields.UNDATED, "true")), Occur.SHOULD)
                .build();
    }
}
