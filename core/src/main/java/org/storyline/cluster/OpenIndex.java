package org.storyline.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The inverted index of a stream's open articles: term ids, document frequencies and postings over the open
 * articles only, so that its size follows the open window, not the whole stream. Terms no open article holds
 * are forgotten and their ids reused. Weights are sublinear TF times smoothed IDF, as {@link StoryClusterer}
 * weighs them, with the IDF of the open articles; an article's vector is weighed again when the number of
 * open articles crosses a power of two ({@link #epoch()}).
 */
final class OpenIndex {

    private final Map<String, Integer> ids = new HashMap<>();
    /** Per term id: the articles that held it when they arrived (retired ones are dropped lazily). */
    private final List<List<OpenArticle>> postings = new ArrayList<>();
    /** Per term id: how many open articles hold it. */
    private final List<Integer> frequency = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final Deque<Integer> free = new ArrayDeque<>();
    private int open;
    /** Queries made so far: marks the candidates a query has scored ({@link OpenArticle#scoredBy}). */
    private long queries;

    /** Adds {@code article}, arrived as number {@code arrival}, and returns it weighed. */
    OpenArticle add(StreamArticle article, long arrival) {
        Map<Integer, Integer> tf = new TreeMap<>();
        for (String term : article.terms()) {
            tf.merge(idOf(term), 1, Integer::sum);
        }
        int[] termIds = new int[tf.size()];
        int[] counts = new int[tf.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
            termIds[i] = e.getKey();
            counts[i++] = e.getValue();
        }
        OpenArticle a = new OpenArticle(article.id(), arrival, article.day(), article.duplicateOf(), termIds, counts);
        for (int id : termIds) {
            postings.get(id).add(a);
            frequency.set(id, frequency.get(id) + 1);
        }
        open++;
        weigh(a);
        return a;
    }

    /**
     * Removes {@code article}, already marked retired; terms no open article holds any more are forgotten.
     */
    void remove(OpenArticle article) {
        for (int id : article.termIds) {
            int df = frequency.get(id) - 1;
            frequency.set(id, df);
            List<OpenArticle> list = postings.get(id);
            if (df == 0) {
                list.clear();
                ids.remove(names.get(id));
                names.set(id, null);
                free.push(id);
            } else if (list.size() > 2 * df + 8) {
                list.removeIf(a -> a.retired);
            }
        }
        open--;
    }

    /** Open articles. */
    int size() {
        return open;
    }

    /** Distinct terms of the open articles. */
    int terms() {
        return ids.size();
    }

    /**
     * Open articles other than {@code article}, and that {@code accept} takes, that share its {@code queryTerms}
     * heaviest terms: at most {@code max}, by the part of the cosine those terms give. Terms held by more than a
     * tenth of the open articles (and more than 100) are not looked up.
     */
    List<OpenArticle> candidates(OpenArticle article, int queryTerms, int max, Predicate<OpenArticle> accept) {
        Integer[] order = new Integer[article.termIds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(article.weights[y], article.weights[x]));
        int common = Math.max(100, open / 10);
        long query = ++queries;
        List<OpenArticle> out = new ArrayList<>();
        for (int r = 0; r < Math.min(queryTerms, order.length); r++) {
            int id = article.termIds[order[r]];
            if (frequency.get(id) > common) {
                continue;
            }
            double w = article.weights[order[r]];
            for (OpenArticle other : postings.get(id)) {
                if (other.scoredBy == query) {
                    other.score += w * current(other).weight(id);
                } else if (other != article && !other.retired && accept.test(other)) {
                    other.scoredBy = query;
                    other.score = w * current(other).weight(id);
                    out.add(other);
                }
            }
        }
        out.sort((x, y) -> {
            int c = Double.compare(y.score, x.score);
            return c != 0 ? c : Long.compare(x.arrival, y.arrival);
        });
        return out.size() > max ? out.subList(0, max) : out;
    }

    /** The cosine of two open articles' vectors. */
    double cosine(OpenArticle a, OpenArticle b) {
        current(a);
        current(b);
        double dot = 0;
        for (int i = 0, j = 0; i < a.termIds.length && j < b.termIds.length; ) {
            if (a.termIds[i] == b.termIds[j]) {
                dot += a.weights[i++] * b.weights[j++];
            } else if (a.termIds[i] < b.termIds[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /**
     * The weighing epoch: the bit length of the number of open articles. It changes when that number crosses a
     * power of two, and vectors and neighbour similarities of an older epoch are computed again.
     */
    int epoch() {
        return Integer.SIZE - Integer.numberOfLeadingZeros(open);
    }

    /** {@code article}, weighed again if it was weighed in another epoch. */
    private OpenArticle current(OpenArticle article) {
        if (article.weightedIn != epoch()) {
            weigh(article);
        }
        return article;
    }

    private void weigh(OpenArticle a) {
        double[] w = new double[a.termIds.length];
        double norm = 0;
        for (int i = 0; i < w.length; i++) {
            int df = frequency.get(a.termIds[i]);
            w[i] = (1 + Math.log(a.counts[i])) * (Math.log((1.0 + open) / (1.0 + df)) + 1.0);
            norm += w[i] * w[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < w.length && norm > 0; i++) {
            w[i] /= norm;
        }
        a.weights = w;
        a.weightedIn = epoch();
    }

    private int idOf(String term) {
        Integer id = ids.get(term);
        if (id != null) {
            return id;
        }
        int fresh;
        if (free.isEmpty()) {
            fresh = postings.size();
            postings.add(new ArrayList<>(2));
            frequency.add(0);
            names.add(term);
        } else {
            fresh = free.pop();
            names.set(fresh, term);
        }
        ids.put(term, fresh);
        return fresh;
    }
}
