package org.storyline.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the element of a page that holds the article body: the richest (most paragraph text)
 * element marked as article body ({@code itemprop=articleBody}), else the richest {@code article},
 * else the richest {@code main}, else the element whose own {@code p} children hold the most text,
 * else the {@code body}. Paragraph text inside page furniture does not count.
 */
final class ContainerFinder {

    private static final List<String> MARKED = List.of("[itemprop=articleBody]", "article", "main");

    private ContainerFinder() {
    }

    /** The element of {@code document} whose text blocks are the article body. */
    static Element find(Document document) {
        for (String query : MARKED) {
            Element best = null;
            int bestText = 0;
            for (Element candidate : document.select(query)) {
                int text = paragraphText(candidate);
                if (text > bestText) {
                    best = candidate;
                    bestText = text;
                }
            }
            if (best != null) {
                return best;
            }
        }
        Element parent = richestParagraphParent(document);
        return parent != null ? parent : document.body();
    }

    /** Characters of paragraph text inside {@code element}, leaving out page furniture. */
    static int paragraphText(Element element) {
        int total = 0;
        for (Element p : element.select("p")) {
            if (!BlockCollector.isSkipped(p)) {
                total += p.text().length();
            }
        }
        return total;
    }

    private static Element richestParagraphParent(Document document) {
        Map<Element, Integer> textByParent = new IdentityHashMap<>();
        Element best = null;
        int bestText = 0;
        for (Element p : document.select("p")) {
            Element parent = p.parent();
            if (parent == null || BlockCollector.isSkipped(p)) {
                continue;
            }
            int text = textByParent.merge(parent, p.text().length(), Integer::sum);
            if (text > bestText) {
                best = parent;
                bestText = text;
            }
        }
        return best;
    }
}
