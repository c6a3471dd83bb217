package org.storyline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.storyline.extract.BlockClassifier.Kind;
import org.storyline.lang.StopWords;

/**
 * Finds the standfirst of an article: the prose that pages put between the headline and the body, often
 * in the article's header or a teaser element of its own (a lead, a deck, a subtitle, an excerpt) outside
 * the container that holds the body. Blocks that start after the headline (the {@code h1} that matches the
 * title) and before the body, in the page's header too but not in other furniture (captions, bylines, widgets), are kept when {@link BlockClassifier} reads them
 * as prose and {@link BlockFilter} keeps them; bylines, dates, share bars and breadcrumbs there are not prose.
 */
final class LeadFinder {

    private LeadFinder() {
    }

    /**
     * The lead blocks of the page whose body starts at source position {@code bodyStart}, in order; empty
     * when the page has no headline before it.
     *
     * @param title the article's title, or {@code null}
     */
    static List<Block> find(Element body, String source, int bodyStart, String title, StopWords stopWords) {
        Element headline = headline(body, bodyStart, title);
        if (headline == null) {
            return List.of();
        }
        int headlineEnd = headline.endSourceRange().endPos();
        Element region = region(headline, body, bodyStart);
        TextStats stats = TextStats.measureWithHeaders(region, headlineEnd, bodyStart);
        List<Block> lead = new ArrayList<>();
        for (Block block : BlockCollector.collect(List.of(region), source, stats)) {
            int start = block.paragraph().offsets().start(0);
            if (start > headlineEnd && start < bodyStart && !block.heading() && isProse(block, stopWords)) {
                lead.add(block);
            }
        }
        return lead;
    }

    /**
     * The article's headline: the last {@code h1} before the body that, when the title is known, shares half
     * its words with it (a site's logo or name in an {@code h1} above the article is not the headline).
     */
    private static Element headline(Element body, int bodyStart, String title) {
        Set<String> titleWords = title == null ? null : new HashSet<>(JsonLdBodyFilter.words(title));
        Element headline = null;
        for (Element h1 : body.getElementsByTag("h1")) {
            if (!h1.endSourceRange().isTracked() || h1.endSourceRange().endPos() >= bodyStart) {
                break;
            }
            if (titleWords == null || sharesHalf(JsonLdBodyFilter.words(h1.text()), titleWords)) {
                headline = h1;
            }
        }
        return headline;
    }

    private static boolean sharesHalf(List<String> words, Set<String> titleWords) {
        long shared = words.stream().filter(titleWords::contains).count();
        return !words.isEmpty() && 2 * shared >= words.size();
    }

    /** The lowest ancestor of {@code headline} that reaches the body's start, else {@code body}. */
    private static Element region(Element headline, Element body, int bodyStart) {
        for (Element e = headline.parent(); e != null && e != body; e = e.parent()) {
            if (e.endSourceRange().isTracked() && e.endSourceRange().endPos() >= bodyStart) {
                return e;
            }
        }
        return body;
    }

    private static boolean isProse(Block block, StopWords stopWords) {
        Kind kind = BlockClassifier.kind(block, stopWords);
        return (kind == Kind.GOOD || kind == Kind.NEAR_GOOD) && BlockFilter.isArticleText(block);
    }
}
