package org.storyline.bench.scale;

import java.util.Locale;

/**
 * What the scale benchmark measured when the stream reached a number of articles.
 *
 * @param articles       articles fed so far
 * @param universes      universes begun so far
 * @param totalRate      articles per second of stream time since the start
 * @param segmentRate    articles per second of stream time since the previous checkpoint
 * @param micros         mean microseconds of stream time (wall clock) per article since the previous checkpoint
 * @param cpuMicros      mean microseconds of the feeding thread's CPU time in the stream per article since the
 *                       previous checkpoint (what other processes on the machine do not change)
 * @param gcMillis       milliseconds of garbage collection pauses since the previous checkpoint
 * @param makeMicros     mean microseconds per article spent making the synthetic articles (not stream time)
 * @param heapMb         heap in use after a full collection, in MB
 * @param rssMb          the process's peak resident memory so far, in MB
 * @param openArticles   articles the stream holds open
 * @param openStories    stories the stream holds open
 * @param openTerms      distinct terms of the open articles
 */
record Checkpoint(long articles, int universes, double totalRate, double segmentRate, double micros,
                  double cpuMicros, long gcMillis, double makeMicros, long heapMb, long rssMb, int openArticles,
                  int openStories, int openTerms) {

    /** The header of {@link #row()}. */
    static String header() {
        return String.format(Locale.ROOT, "%9s %5s %7s %9s %8s %8s %6s %6s %7s %6s %6s %7s %7s", "articles",
                "univ", "art/s", "seg art/s", "us/art", "cpu us", "gc ms", "make", "heap MB", "RSS MB", "open",
                "stories", "terms");
    }

    /** One line of the table. */
    String row() {
        return String.format(Locale.ROOT, "%9d %5d %7.0f %9.0f %8.1f %8.1f %6d %6.1f %7d %6d %6d %7d %7d", articles,
                universes, totalRate, segmentRate, micros, cpuMicros, gcMillis, makeMicros, heapMb, rssMb,
                openArticles, openStories, openTerms);
    }
}
