package org.storyline.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article a {@link StoryStream} still holds: its term counts (term ids ascending), its weighted vector, its
 * nearest open articles and its story. Mutable, owned by one stream.
 */
final class OpenArticle {

    /** The {@link #epochDay} of an undated article. */
    static final long UNDATED = Long.MIN_VALUE;

    final String id;
    final long arrival;
    final LocalDate day;
    /** {@link #day} as an epoch day, or {@link #UNDATED}: compared for every candidate, so kept unboxed. */
    final long epochDay;
    final String duplicateOf;
    final int[] termIds;
    final int[] counts;
    /** Normalised TF-IDF weights, parallel to {@link #termIds}. */
    double[] weights;
    /** The {@link OpenIndex#epoch()} {@link #weights} were computed in. */
    int weightedIn;
    /** The {@link OpenIndex#epoch()} the similarities of {@link #near} were computed in. */
    int nearIn;
    /** Its nearest open articles, most similar first (at most the stream's neighbourhood size). */
    final List<Neighbour> near = new ArrayList<>();
    /** The open articles whose {@link #near} lists this one. */
    final Set<OpenArticle> nearOf = new HashSet<>();
    /** Its neighbourhood for shared-neighbour similarity: itself and its close neighbours; null when stale. */
    OpenArticle[] neighbourhood;
    OpenStory story;
    /** Its day, or for an undated article the newest day the stream had seen when it arrived (may be null). */
    LocalDate seen;
    /**
     * Whether it has left the window: it is out of the index and looks for no neighbours, but stays in the
     * lists of the open articles it is near, so that they keep the crowd they were part of.
     */
    boolean retired;
    /** The {@link OpenIndex} query that last scored it as a candidate, and the score that query gave it. */
    long scoredBy = -1;
    double score;

    OpenArticle(String id, long arrival, LocalDate day, String duplicateOf, int[] termIds, int[] counts) {
        this.id = id;
        this.arrival = arrival;
        this.day = day;
        this.epochDay = day == null ? UNDATED : day.toEpochDay();
        this.duplicateOf = duplicateOf;
        this.termIds = termIds;
        this.counts = counts;
    }

    /** A near article and its content cosine. */
    record Neighbour(OpenArticle article, double similarity) {
    }

    /** The weight of term {@code termId} in this article, 0 when absent. */
    double weight(int termId) {
        int at = java.util.Arrays.binarySearch(termIds, termId);
        return at >= 0 ? weights[at] : 0;
    }

    @Override
    public String toString() {
        return id;
    }
}
