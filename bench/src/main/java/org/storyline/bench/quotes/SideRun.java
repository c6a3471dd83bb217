package org.storyline.bench.quotes;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one system did on the articles: its quotes, and how long and how much heap it took.
 *
 * @param system      the system's name
 * @param loadMillis  model loading time
 * @param runMillis   annotation and attribution time of all articles, models loaded
 * @param peakHeapMb  the most heap in use at once, summed over the heap pools' peaks (MB)
 * @param texts       each article's clean text, by article id
 * @param quotes      the quotes found, in article and text order
 */
public record SideRun(String system, long loadMillis, long runMillis, long peakHeapMb, Map<String, String> texts,
                      List<FoundQuote> quotes) {

    public SideRun {
        Objects.requireNonNull(system, "system");
        texts = Map.copyOf(texts);
        quotes = List.copyOf(quotes);
    }
}
