package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.lang.StopWords;

/**
 * Extracts the article body of a parsed page as text blocks, in passes: the blocks of the elements that hold
 * the article ({@link ContainerFinder}, {@link BlockCollector}), without short labels that their context
 * marks as boilerplate ({@link ContextFilter}) and furniture lines ({@link BlockFilter}), checked against the
 * JSON-LD article body ({@link JsonLdBodyFilter}); when furniture-like class names leave less than {@value
 * #MIN_BODY} characters, again with class names ignored, the longer kept. Then the standfirst before the body
 * is added ({@link LeadFinder}), a too short body is replaced by a baseline of the page's prose ({@link
 * BaselineFallback}), and notices are peeled off its end ({@link TailFilter}). The page's stop words
 * ({@link PageLanguage}) are found once, from the first container's text.
 */
final class BodyExtractor {

    private static final int MIN_BODY = 500;

    private BodyExtractor() {
    }

    /**
     * The body blocks of {@code page}, parsed from {@code source} with positions.
     *
     * @param ld       the page's JSON-LD
     * @param language the language the page declares, or {@code null}
     * @param title    the article's title, or {@code null}
     * @param site     the site's own names
     */
    static List<Block> extract(Document page, String source, JsonLd ld, String language, String title,
            SiteNames site) {
        Element root = page.body();
        if (root == null) {
            return List.of();
        }
        TextStats stats = TextStats.measure(root, true);
        List<Block> blocks = BlockCollector.collect(ContainerFinder.find(page, stats), source, stats);
        StopWords stopWords = PageLanguage.stopWords(language, blocks);
        List<Block> body = filter(blocks, stopWords, ld);
        if (length(body) < MIN_BODY) {
            TextStats lenient = TextStats.measure(root, false);
            List<Block> other = filter(BlockCollector.collect(ContainerFinder.find(page, lenient), source, lenient),
                    stopWords, ld);
            body = length(other) > length(body) ? other : body;
        }
        body = BaselineFallback.better(body, root, source, stats, stopWords);
        if (!body.isEmpty()) {
            List<Block> withLead = new ArrayList<>(LeadFinder.find(root, source, start(body.get(0)), title, stopWords));
            withLead.addAll(body);
            body = withLead;
        }
        return TailFilter.keep(body, site);
    }

    private static List<Block> filter(List<Block> blocks, StopWords stopWords, JsonLd ld) {
        return JsonLdBodyFilter.filter(BlockFilter.keep(ContextFilter.keep(blocks, stopWords)), ld.articleBody());
    }

    /** The source position where {@code block} starts. */
    static int start(Block block) {
        return block.paragraph().offsets().start(0);
    }

    /** The characters of {@code blocks}' text. */
    static int length(List<Block> blocks) {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }
}
