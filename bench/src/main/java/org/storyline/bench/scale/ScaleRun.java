package org.storyline.bench.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.storyline.bench.clustering.ClusterScore;
import org.storyline.bench.synthetic.Universe;
import org.storyline.cluster.StoryStream;
import org.storyline.cluster.StoryUpdate;
import org.storyline.cluster.StreamArticle;
import org.storyline.cluster.StreamSettings;

/**
 * One run of the scale benchmark: a {@link StoryStream} fed the synthetic copies of the real articles in their
 * {@link ArrivalOrder}, segment by segment. Only the stream's {@code add} is timed as stream time, by the wall
 * clock and by the feeding thread's CPU time; making each copy is timed apart. The stories of the first
 * {@code scored} articles are followed ({@link GoldTracker}) until they have all left the window, then scored
 * and printed.
 */
final class ScaleRun {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<RealArticle> real;
    private final ArrivalOrder order;
    private final StoryStream stream;
    private final long scored;
    private final long horizon;
    private GoldTracker gold;
    private long fed;
    private int universes;
    private long streamNanos;
    private long makeNanos;

    /** A run over {@code real}, shuffled within a day by {@code seed}, scoring the first {@code scored}. */
    ScaleRun(List<RealArticle> real, StreamSettings settings, long seed, long scored) {
        List<LocalDate> days = real.stream().map(r -> new Universe(0).moveDay(r.day())).toList();
        this.real = real;
        this.order = new ArrivalOrder(days, seed);
        this.stream = new StoryStream(settings);
        this.scored = scored;
        this.horizon = scored + settings.quietArrivals() + 1_000;
        this.gold = new GoldTracker(scored);
    }

    /** Feeds articles until {@code total} have been fed, and measures the segment. */
    Checkpoint feedTo(long total) {
        long segmentStream = 0;
        long segmentCpu = 0;
        long segmentMake = 0;
        long start = fed;
        long gcBefore = ProcessMemory.gcMillis();
        while (fed < total) {
            ArrivalOrder.Arrival next = order.next();
            Universe universe = new Universe(next.universe());
            universes = Math.max(universes, next.universe() + 1);
            long t0 = System.nanoTime();
            StreamArticle article = real.get(next.article()).in(universe);
            long c1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            List<StoryUpdate> updates = stream.add(article);
            long t2 = System.nanoTime();
            segmentCpu += threads.getCurrentThreadCpuTime() - c1;
            segmentMake += t1 - t0;
            segmentStream += t2 - t1;
            fed++;
            if (gold != null) {
                gold.arrived(article.id(), real.get(next.article()).eventIn(universe), fed);
                follow(updates, fed == horizon);
            }
        }
        streamNanos += segmentStream;
        makeNanos += segmentMake;
        long segment = fed - start;
        long gc = ProcessMemory.gcMillis() - gcBefore;
        return new Checkpoint(fed, universes, fed / (streamNanos / 1e9), segment / (segmentStream / 1e9),
                segmentStream / 1e3 / segment, segmentCpu / 1e3 / segment, gc, segmentMake / 1e3 / segment,
                ProcessMemory.heapAfterGcMb(), ProcessMemory.peakRssMb(), stream.openArticles(), stream.openStories(),
                stream.openTerms());
    }

    /** Closes the stream (scoring the first articles if that has not been done yet) and prints the totals. */
    void finish() {
        List<StoryUpdate> last = stream.closeAll();
        if (gold != null) {
            follow(last, true);
        }
        System.out.printf(Locale.ROOT, "%d articles: %.1f s in the stream (%.0f articles/s), %.1f s making them%n", fed,
                streamNanos / 1e9, fed / (streamNanos / 1e9), makeNanos / 1e9);
    }

    private void follow(List<StoryUpdate> updates, boolean done) {
        gold.record(updates);
        if (done) {
            ClusterScore s = gold.score();
            System.out.printf(Locale.ROOT, "stories of the first %d articles (%d with gold events): BCubed P %.3f"
                    + " R %.3f F1 %.3f, pairwise P %.3f R %.3f F1 %.3f, %d stories for %d events%n", scored,
                    gold.size(), s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwisePrecision(),
                    s.pairwiseRecall(), s.pairwiseF1(), s.clusters(), s.events());
            gold = null;
        }
    }
}
