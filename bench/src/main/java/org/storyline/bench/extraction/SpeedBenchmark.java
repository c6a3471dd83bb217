package org.storyline.bench.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.storyline.extract.HtmlExtractor;
import org.storyline.ingest.PageDecoder;

/**
 * Measures how many pages per second storyline decodes and extracts, on one thread and on a fixed pool
 * of threads, each page extracted independently. Every measure is the best of three passes after one
 * warm-up pass.
 */
public final class SpeedBenchmark {

    private static final int PASSES = 3;

    private final List<byte[]> pages;
    private final HtmlExtractor extractor = new HtmlExtractor();

    /**
     * A benchmark over {@code pages}.
     *
     * @param pages the pages' bytes, as served (already gunzipped)
     */
    public SpeedBenchmark(Collection<byte[]> pages) {
        this.pages = List.copyOf(pages);
    }

    /**
     * Pages per second with {@code threads} threads, best of three passes after a warm-up pass.
     *
     * @param threads the pool size; 1 runs on the calling thread
     * @return the best throughput
     */
    public double pagesPerSecond(int threads) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            pass(pool);
            double best = 0;
            for (int i = 0; i < PASSES; i++) {
                long start = System.nanoTime();
                pass(pool);
                best = Math.max(best, pages.size() / ((System.nanoTime() - start) / 1e9));
            }
            return best;
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }

    /** The peak heap used since the JVM started, in bytes: the sum of the heap pools' peaks. */
    public static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private int extract(byte[] page) {
        return extractor.extract(PageDecoder.decode(page, null).text()).paragraphs().size();
    }

    private void pass(ExecutorService pool) {
        if (pool == null) {
            for (byte[] page : pages) {
                extract(page);
            }
            return;
        }
        List<Future<Integer>> results = new ArrayList<>();
        for (byte[] page : pages) {
            results.add(pool.submit(() -> extract(page)));
        }
        try {
            for (Future<Integer> result : results) {
                result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("speed pass interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed in a speed pass", e.getCause());
        }
    }
}
