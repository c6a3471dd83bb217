package org.storyline.bench.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The wide extraction benchmark ({@code article-extraction-wide}: {@code gold.json} and
 * {@code html/KEY.html.gz}): storyline's score with the snippet metric ({@link SnippetScore}).
 *
 * @param folder the benchmark folder
 */
record WideBenchmark(Path folder) {

    /** Whether the folder holds the benchmark. */
    boolean exists() {
        return Files.isRegularFile(folder.resolve("gold.json")) && Files.isDirectory(folder.resolve("html"));
    }

    /** The snippet gold by page key. */
    Map<String, SnippetGold> gold() {
        return SnippetGold.read(folder.resolve("gold.json"));
    }

    /** The gunzipped pages by key, those of the gold. */
    Map<String, byte[]> pages() {
        return BenchmarkData.pages(folder.resolve("html"), gold().keySet());
    }

    /** One line: the score of {@code bodies}, with the counts. */
    String render(String tool, Map<String, String> bodies) {
        SnippetScore s = SnippetScore.of(bodies, gold());
        return String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %9.3f %6d   (tp %d fp %d fn %d tn %d)%n",
                tool, s.precision(), s.recall(), s.f1(), s.accuracy(), bodies.size(), s.tp(), s.fp(), s.fn(), s.tn());
    }
}
