package org.storyline.bench.quotes;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.ingest.Ingested;
import org.storyline.ingest.Ingester;
import org.storyline.model.Article;
import org.storyline.model.Problem;

/**
 * CoreNLP's quote attribution on a file of articles, written as a brief that {@code score_quotes.py} reads:
 * <pre>
 *   CoreNlpQuoteBrief ARTICLES.jsonl OUT.json
 * </pre>
 * Reads the articles as storyline's ingester does (JSON Lines with {@code id} and {@code text}), runs the
 * pipeline of {@link CoreNlpSide#properties()} on each article's text as given (not cleaned, so the offsets point
 * into the source as storyline's do) and writes one story per article with {@link QuoteBriefWriter}. Articles that
 * cannot be read are reported on standard error and left out; an article CoreNLP fails on is reported and kept
 * without quotes. Needs about 8 GB of heap.
 */
public final class CoreNlpQuoteBrief {

    private CoreNlpQuoteBrief() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CoreNlpQuoteBrief ARTICLES.jsonl OUT.json");
        }
        Path input = Path.of(args[0]);
        Ingested ingested = new Ingester().ingest(List.of(input));
        for (Problem p : ingested.problems()) {
            System.err.println("skipped " + p.path() + ": " + p.reason());
        }
        if (ingested.articles().isEmpty()) {
            throw new IllegalArgumentException("no article read from " + input);
        }
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpSide.properties());
        long t1 = System.nanoTime();
        List<String> ids = new ArrayList<>();
        List<FoundQuote> quotes = new ArrayList<>();
        for (Article article : ingested.articles()) {
            ids.add(article.id());
            try {
                quotes.addAll(CoreNlpSide.quotes(pipeline, article.id(), article.source()));
            } catch (RuntimeException e) {
                System.err.println("CoreNLP failed on " + article.path() + " (kept without quotes): " + e);
            }
        }
        long t2 = System.nanoTime();
        QuoteBriefWriter.write(ids, quotes, Path.of(args[1]));
        System.err.printf("CoreNLP: %d articles, %d quotes, load %.1f s, run %.1f s, peak heap %d MB%n", ids.size(),
                quotes.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, HeapPeak.megabytes());
    }
}
