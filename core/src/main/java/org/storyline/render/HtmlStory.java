package org.storyline.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Brief;
import org.storyline.model.Citation;

/**
 * One story while its HTML brief is written: the brief, the numbering of its articles, the
 * passages its markers point at, and the prefix that keeps its element ids unique in the page.
 */
final class HtmlStory {

    private final Brief brief;
    private final String prefix;
    private final SourceNumbers numbers;
    private final HtmlPassages passages;

    /**
     * The story {@code brief}, its element ids starting with {@code prefix}.
     */
    HtmlStory(Brief brief, String prefix) {
        this.brief = brief;
        this.prefix = prefix;
        this.numbers = new SourceNumbers(brief.articles());
        this.passages = new HtmlPassages(prefix, numbers);
    }

    /** The story's brief. */
    Brief brief() {
        return brief;
    }

    /** The numbering of the story's articles. */
    SourceNumbers numbers() {
        return numbers;
    }

    /** The passages the story's markers point at. */
    HtmlPassages passages() {
        return passages;
    }

    /** An element id unique in the page: {@code s1-summary}. */
    String id(String name) {
        return prefix + "-" + name;
    }

    /**
     * Writes a marker per cited article, {@code [1][3]}, numbered articles first in ascending order:
     * each a link to the passages it cites in that article.
     */
    void markers(Collection<Citation> citations, HtmlBuilder out) {
        Map<String, List<Citation>> byArticle = new LinkedHashMap<>();
        citations.forEach(c -> byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c));
        if (byArticle.isEmpty()) {
            return;
        }
        List<String> order = new ArrayList<>(byArticle.keySet());
        order.sort(Comparator.comparingInt(id -> numbers.number(id) > 0 ? numbers.number(id) : Integer.MAX_VALUE));
        out.open("span", "class", "cites");
        for (String article : order) {
            String passage = passages.id(byArticle.get(article));
            int number = numbers.number(article);
            String label = number > 0 ? Integer.toString(number) : article;
            out.element("a", "[" + label + "]", "class", "cite", "href", "#" + passage, "data-passage", passage,
                    "aria-label", "Show the passage in source " + label);
        }
        out.close("span");
    }

    /** How many of the story's articles {@code ids} cover: {@code 2 of 5 outlets}. */
    String support(Collection<String> ids) {
        return numbers.support(ids) + (numbers.articles().size() == 1 ? " outlet" : " outlets");
    }
}
