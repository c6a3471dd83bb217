package org.storyline.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.storyline.cluster.OpenArticle.Neighbour;

/**
 * Keeps the nearest-neighbour lists of a stream's open articles as articles come and go, by the rule of
 * {@link SharedNeighbours}: an article's neighbourhood is itself and its {@code k} most similar open articles
 * that are at least {@link StoryClusterer#NEIGHBOUR_FLOOR} similar and at least
 * {@link StoryClusterer#NEIGHBOUR_SHARE} times as similar as its nearest one.
 */
final class Neighbourhoods {

    private static final Comparator<Neighbour> CLOSEST_FIRST = Comparator
            .comparingDouble((Neighbour n) -> -n.similarity())
            .thenComparingLong(n -> n.article().arrival);

    private final int k;
    private final OpenIndex index;

    Neighbourhoods(int k, OpenIndex index) {
        this.k = k;
        this.index = index;
    }

    /**
     * Offers {@code other}, {@code similarity} alike, as a neighbour of {@code article}; an article it pushes out
     * of the list goes to {@code dropped}.
     */
    void offer(OpenArticle article, OpenArticle other, double similarity, Set<OpenArticle> dropped) {
        if (similarity < StoryClusterer.NEIGHBOUR_FLOOR || other == article) {
            return;
        }
        List<Neighbour> near = article.near;
        if (article.nearIn != index.epoch()) {
            rescore(article);
        }
        if (near.size() >= k && similarity <= near.get(near.size() - 1).similarity()) {
            return;
        }
        near.add(new Neighbour(other, similarity));
        near.sort(CLOSEST_FIRST);
        other.nearOf.add(article);
        if (near.size() > k) {
            Neighbour out = near.remove(near.size() - 1);
            out.article().nearOf.remove(article);
            dropped.add(out.article());
        }
        article.neighbourhood = null;
    }

    /** Computes the similarities of {@code article}'s neighbours again with the current weights. */
    private void rescore(OpenArticle article) {
        article.near.replaceAll(n -> n.article().retired ? n
                : new Neighbour(n.article(), index.cosine(article, n.article())));
        article.near.sort(CLOSEST_FIRST);
        article.nearIn = index.epoch();
        article.neighbourhood = null;
    }

    /**
     * Retires {@code gone}: it keeps no list or neighbourhood of its own, but stays in the lists of the open
     * articles near it (until nearer ones push it out or they retire too), so that an article whose crowd has left
     * the window still shares no neighbours with another event's crowd. Dropping its neighbourhood matters: that
     * array would hold its own (retired) neighbours, theirs in turn, and so on back to the start of the stream.
     */
    void retire(OpenArticle gone) {
        gone.retired = true;
        for (Neighbour n : gone.near) {
            n.article().nearOf.remove(gone);
        }
        gone.near.clear();
        gone.neighbourhood = null;
    }

    /** Removes {@code gone} from every list, its own included. */
    void forget(OpenArticle gone) {
        for (OpenArticle holder : List.copyOf(gone.nearOf)) {
            holder.near.removeIf(n -> n.article() == gone);
            holder.neighbourhood = null;
        }
        for (Neighbour n : gone.near) {
            n.article().nearOf.remove(gone);
        }
        gone.near.clear();
        gone.nearOf.clear();
        gone.neighbourhood = null;
    }

    /** The shared-neighbour similarity of two open articles, as {@link SharedNeighbours} defines it. */
    static double shared(OpenArticle a, OpenArticle b) {
        OpenArticle[] x = neighbourhood(a);
        OpenArticle[] y = neighbourhood(b);
        int common = 0;
        for (OpenArticle p : x) {
            for (OpenArticle q : y) {
                if (p == q) {
                    common++;
                    break;
                }
            }
        }
        return (double) common / Math.min(x.length, y.length);
    }

    /** The open articles whose shared-neighbour similarity with {@code article} may be above zero. */
    static void reach(OpenArticle article, Set<OpenArticle> into) {
        for (OpenArticle m : neighbourhood(article)) {
            into.add(m);
            into.addAll(m.nearOf);
        }
    }

    /** {@code article} and its neighbours that pass the share of its nearest one's similarity. */
    private static OpenArticle[] neighbourhood(OpenArticle article) {
        if (article.neighbourhood == null) {
            List<OpenArticle> out = new ArrayList<>();
            out.add(article);
            double least = article.near.isEmpty() ? 0
                    : StoryClusterer.NEIGHBOUR_SHARE * article.near.get(0).similarity();
            for (Neighbour n : article.near) {
                if (n.similarity() >= least) {
                    out.add(n.article());
                }
            }
            article.neighbourhood = out.toArray(new OpenArticle[0]);
        }
        return article.neighbourhood;
    }
}
