package org.storyline.bench.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.storyline.model.CleanArticle;

/**
 * CoreNLP's side: its own quote finding and attribution ({@code tokenize, ssplit, pos, lemma, ner,
 * depparse, coref, quote} with {@code quote.attributeQuotes=true}) on storyline's cleaned text of each
 * article. Needs about 8 GB of heap.
 */
public final class CoreNlpSide {

    /** The pipeline settings: CoreNLP's defaults, paragraphs (blank lines) end sentences as in storyline. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("quote.attributeQuotes", "true");
        return p;
    }

    /** Runs CoreNLP on every article of {@code folder}; building the pipeline (loading models) is timed apart. */
    public SideRun run(Path folder) {
        List<CleanArticle> cleaned = StorylineSide.clean(folder);
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
        long t1 = System.nanoTime();
        List<FoundQuote> quotes = new ArrayList<>();
        for (CleanArticle clean : cleaned) {
            quotes.addAll(quotes(pipeline, clean.id(), clean.text()));
        }
        long t2 = System.nanoTime();
        return new SideRun("CoreNLP", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, HeapPeak.megabytes(),
                StorylineSide.texts(cleaned), quotes);
    }

    /**
     * CoreNLP's quotes of one text, each with the speaker it attributes, in text order.
     *
     * @param pipeline a pipeline built from {@link #properties()}
     * @param article  the id the quotes are given
     * @param text     the text to annotate; the quotes' offsets point into it
     */
    static List<FoundQuote> quotes(StanfordCoreNLP pipeline, String article, String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<FoundQuote> out = new ArrayList<>();
        for (CoreMap q : QuoteAnnotator.gatherQuotes(doc)) {
            out.add(new FoundQuote(article, q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                    q.get(CoreAnnotations.TextAnnotation.class), speaker(q)));
        }
        return out;
    }

    /** The canonical mention of the speaker, else the speaker mention, else null. */
    private static String speaker(CoreMap quote) {
        String canonical = quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
        if (canonical != null && !canonical.isBlank()) {
            return canonical;
        }
        String speaker = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        return speaker == null || speaker.isBlank() ? null : speaker;
    }
}
