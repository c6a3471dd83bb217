package org.storyline.bench.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.clean.TextCleaner;
import org.storyline.entity.EntityExtractor;
import org.storyline.entity.EntityIndex;
import org.storyline.ingest.Ingester;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.Span;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.quote.AttributedQuote;
import org.storyline.quote.QuoteExtractor;
import org.storyline.quote.Speaker;

/**
 * storyline's side: ingest, clean, annotate, resolve entities and extract quotes as the pipeline does,
 * keeping the direct quotes.
 */
public final class StorylineSide {

    /** Runs storyline on every article of {@code folder}; loading the CoreNLP models is timed apart. */
    public SideRun run(Path folder) {
        List<CleanArticle> cleaned = clean(folder);
        long t0 = System.nanoTime();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator();
        annotator.annotate("Models load.", List.of(new Span(0, 12)));
        long t1 = System.nanoTime();
        List<AnnotatedArticle> annotated = new ArrayList<>();
        for (CleanArticle clean : cleaned) {
            annotated.add(annotator.annotate(clean));
        }
        EntityIndex index = new EntityExtractor().extract(annotated);
        QuoteExtractor extractor = new QuoteExtractor();
        List<FoundQuote> quotes = new ArrayList<>();
        for (AnnotatedArticle a : annotated) {
            for (AttributedQuote q : extractor.extract(a, index)) {
                if (q.direct()) {
                    quotes.add(new FoundQuote(q.article(), q.start(), q.end(), q.text(), label(q.speaker())));
                }
            }
        }
        long t2 = System.nanoTime();
        return new SideRun("storyline", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, HeapPeak.megabytes(),
                texts(cleaned), quotes);
    }

    /** Ingests and cleans the articles of {@code folder}, in the ingester's order. */
    static List<CleanArticle> clean(Path folder) {
        TextCleaner cleaner = new TextCleaner();
        List<CleanArticle> out = new ArrayList<>();
        for (Article article : new Ingester().ingest(List.of(folder)).articles()) {
            out.add(cleaner.clean(article));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no article read from " + folder);
        }
        return out;
    }

    /** Each article's clean text by id. */
    static Map<String, String> texts(List<CleanArticle> cleaned) {
        Map<String, String> out = new LinkedHashMap<>();
        cleaned.forEach(c -> out.put(c.id(), c.text()));
        return out;
    }

    /** The speaker as the gold file writes it: canonical name, {@code anon:<description>}, or null. */
    static String label(Speaker s) {
        if (s.anonymous()) {
            return "anon:" + s.description();
        }
        return s.name();
    }
}
