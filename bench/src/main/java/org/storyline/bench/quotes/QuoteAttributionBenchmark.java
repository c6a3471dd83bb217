package org.storyline.bench.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs storyline's and CoreNLP's quote attribution on the same articles and prints, per hand-judged quote,
 * both speakers, then totals, times and memory (see the README's "Benchmarks" section). Three modes:
 * <pre>
 *   [FOLDER [GOLD.tsv]]                          both sides in this JVM, then the table
 *   --side storyline|corenlp FOLDER OUT.json     one side, its result written to OUT.json
 *   --compare STORYLINE.json CORENLP.json [GOLD.tsv [RSS_KB_STORYLINE RSS_KB_CORENLP]]   the table
 * </pre>
 * FOLDER defaults to {@code examples/nato-2024-10}, GOLD to
 * {@code core/src/test/resources/corpus/nato-2024-10.quotes.tsv}.
 */
public final class QuoteAttributionBenchmark {

    private static final String FOLDER = "examples/nato-2024-10";
    private static final String GOLD = "core/src/test/resources/corpus/nato-2024-10.quotes.tsv";

    private QuoteAttributionBenchmark() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        if (args.length > 0 && args[0].equals("--side")) {
            if (args.length != 4) {
                throw new IllegalArgumentException("usage: --side storyline|corenlp FOLDER OUT.json");
            }
            json.writeValue(Path.of(args[3]).toFile(), side(args[1], Path.of(args[2])));
        } else if (args.length > 0 && args[0].equals("--compare")) {
            if (args.length < 3) {
                throw new IllegalArgumentException("usage: --compare STORYLINE.json CORENLP.json [GOLD.tsv [RSS RSS]]");
            }
            SideRun storyline = json.readValue(Path.of(args[1]).toFile(), SideRun.class);
            SideRun corenlp = json.readValue(Path.of(args[2]).toFile(), SideRun.class);
            long[] rss = args.length >= 6 ? new long[] {Long.parseLong(args[4]), Long.parseLong(args[5])}
                    : new long[] {-1, -1};
            ComparisonTable.print(gold(args, 3), storyline, corenlp, rss, System.out);
        } else {
            Path folder = Path.of(args.length > 0 ? args[0] : FOLDER);
            SideRun storyline = side("storyline", folder);
            SideRun corenlp = side("corenlp", folder);
            ComparisonTable.print(gold(args, 1), storyline, corenlp, new long[] {-1, -1}, System.out);
        }
    }

    private static SideRun side(String name, Path folder) {
        return switch (name) {
            case "storyline" -> new StorylineSide().run(folder);
            case "corenlp" -> new CoreNlpSide().run(folder);
            default -> throw new IllegalArgumentException("side must be storyline or corenlp, got " + name);
        };
    }

    private static List<GoldQuote> gold(String[] args, int at) {
        return GoldQuote.read(Path.of(args.length > at ? args[at] : GOLD));
    }
}
