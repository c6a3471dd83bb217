package org.storyline.bench.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.clean.TextCleaner;
import org.storyline.extract.HtmlExtractor;
import org.storyline.ingest.HtmlArticleReader;
import org.storyline.model.Article;
import org.storyline.ingest.PageDecoder;

/**
 * Runs the article extraction benchmarks: extracts every page of the 181-page set with storyline, scores
 * storyline and every peer with {@link ShingleScorer} and prints one table; then, when the wide set is at
 * hand, scores storyline on it with {@link SnippetScore}; prints both side by side with the peers' figures
 * ({@link SideBySide}); then storyline's speed on one thread and on two, on both sets, against
 * Readability.js's, and the peak heap.
 *
 * <p>Usage: {@code ExtractionBenchmark [FOLDER] [EXTRA_PEER.json...]}; {@code FOLDER} defaults to
 * {@code ../shared/benchmarks/article-extraction}; each extra peer file (e.g. from
 * {@code bench/readability/run.sh}) is scored too, named after its file. The wide set is the folder named
 * by the system property {@code bench.wide}, by default {@code FOLDER-wide}. With the system property
 * {@code bench.pages=true} the per-page F1 of storyline is printed too, worst first.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    /**
     * Runs the benchmark and prints the results to stdout.
     *
     * @param args the benchmark folder, then extra peer files
     */
    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks/article-extraction");
        BenchmarkData data = new BenchmarkData(folder);
        Map<String, String> truth = data.groundTruth();
        Map<String, byte[]> pages = data.pages();

        Map<String, Map<String, String>> tools = new LinkedHashMap<>();
        tools.put("storyline", extractAll(pages));
        tools.put("storyline + cleaning", cleanAll(pages));
        tools.putAll(data.peers());
        for (int i = 1; i < args.length; i++) {
            String name = Path.of(args[i]).getFileName().toString().replaceFirst("\\.json$", "");
            tools.put(name + " (this run)", BenchmarkData.outputs(Path.of(args[i])));
        }
        System.out.println("181 pages (" + folder + "), 4-token shingles:");
        System.out.println(ScoreTable.render(tools, truth));
        if (Boolean.getBoolean("bench.pages")) {
            System.out.println(ScoreTable.worstPages(tools.get("storyline"), truth, 40));
        }
        WideBenchmark wide = new WideBenchmark(Path.of(System.getProperty("bench.wide", folder + "-wide")));
        Map<String, byte[]> widePages = wide.exists() ? wide.pages() : Map.of();
        double wideF = Double.NaN;
        if (wide.exists()) {
            Map<String, String> bodies = extractAll(widePages);
            System.out.println("wide set (" + wide.folder() + "), snippets:");
            System.out.printf(Locale.ROOT, "%-28s %9s %9s %9s %9s %6s%n", "tool", "precision", "recall", "F",
                    "accuracy", "pages");
            System.out.println(wide.render("storyline", bodies));
            wideF = SnippetScore.of(bodies, wide.gold()).f1();
        }
        System.out.println("both benchmarks:");
        System.out.println(SideBySide.render(ScoreTable.score(tools.get("storyline"), truth).f1(), wideF,
                data.peers(), truth));
        printSpeed("181 pages", pages);
        if (!widePages.isEmpty()) {
            printSpeed("wide set", widePages);
        }
        System.out.printf(Locale.ROOT, "peak heap used: %d MB%n", SpeedBenchmark.peakHeapBytes() >> 20);
    }

    private static void printSpeed(String set, Map<String, byte[]> pages) {
        SpeedBenchmark speed = new SpeedBenchmark(pages.values());
        double one = speed.pagesPerSecond(1);
        double two = speed.pagesPerSecond(2);
        System.out.printf(Locale.ROOT, "speed, %s: storyline %.1f pages/s on 1 thread (%.0fx Readability.js's %.1f),"
                + " %.1f pages/s on 2 threads (%d pages, decode + extract, best of 3 after warm-up)%n", set, one,
                one / PublishedFigures.READABILITY_JS_PAGES_PER_SECOND,
                PublishedFigures.READABILITY_JS_PAGES_PER_SECOND, two, pages.size());
    }

    /**
     * The bodies after storyline's cleaning stage (bylines, datelines, headings, duplicates, debris removed),
     * paragraphs joined by line breaks: cleaning must not lose article sentences, so recall must hold.
     */
    static Map<String, String> cleanAll(Map<String, byte[]> pages) {
        HtmlArticleReader reader = new HtmlArticleReader();
        TextCleaner cleaner = new TextCleaner();
        Map<String, String> bodies = new LinkedHashMap<>();
        pages.forEach((key, bytes) -> {
            try {
                Article article = reader.read(key, key, PageDecoder.decode(bytes, null).text());
                bodies.put(key, cleaner.clean(article).text().replace("\n\n", "\n"));
            } catch (RuntimeException e) {
                bodies.put(key, "");
            }
        });
        return bodies;
    }

    /** storyline's article bodies (paragraphs joined by line breaks) by page key. */
    static Map<String, String> extractAll(Map<String, byte[]> pages) {
        HtmlExtractor extractor = new HtmlExtractor();
        Map<String, String> bodies = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        pages.forEach((key, bytes) -> {
            try {
                bodies.put(key, extractor.extract(PageDecoder.decode(bytes, null).text()).body());
            } catch (RuntimeException e) {
                failures.add(key + ": " + e);
                bodies.put(key, "");
            }
        });
        failures.forEach(f -> System.err.println("extraction failed: " + f));
        return bodies;
    }
}
