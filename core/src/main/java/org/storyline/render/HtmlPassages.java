package org.storyline.render;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;

/**
 * The cited passages of one story. Every citation marker registers the passages it points at and
 * gets the id of an element that shows them; equal citations share one element. The elements are
 * written once, at the end of the story, as escaped HTML: the page's script only shows and hides
 * them, it never builds markup.
 */
final class HtmlPassages {

    private final String prefix;
    private final SourceNumbers numbers;
    private final Map<List<Citation>, String> ids = new LinkedHashMap<>();

    /**
     * Passages of the articles {@code numbers} lists.
     *
     * @param prefix  what every element id starts with, unique in the page ({@code s1})
     * @param numbers the story's articles and their numbers
     */
    HtmlPassages(String prefix, SourceNumbers numbers) {
        this.prefix = prefix;
        this.numbers = numbers;
    }

    /**
     * The element id of the passages of {@code citations}, which all cite one article, registering
     * them on first use.
     */
    String id(List<Citation> citations) {
        List<Citation> key = citations.stream().distinct()
                .sorted(Comparator.comparingInt(Citation::start).thenComparingInt(Citation::end)).toList();
        return ids.computeIfAbsent(key, k -> prefix + "-p" + (ids.size() + 1));
    }

    /** Writes every registered passage, hidden until its marker is used (shown as a list without script). */
    void write(HtmlBuilder out) {
        if (ids.isEmpty()) {
            return;
        }
        out.open("section", "class", "passages", "aria-label", "Cited passages").newline();
        out.element("h2", "Cited passages").newline();
        ids.forEach((citations, id) -> passage(id, citations, out));
        out.close("section").newline();
    }

    private void passage(String id, List<Citation> citations, HtmlBuilder out) {
        String articleId = citations.get(0).article();
        int number = numbers.number(articleId);
        out.open("div", "class", "passage", "id", id, "tabindex", "-1", "role", "region", "aria-label",
                "Passage from source " + (number > 0 ? number : articleId));
        out.open("div", "class", "passage-head");
        if (number > 0) {
            CleanArticle article = numbers.articles().get(number - 1);
            out.element("span", "[" + number + "] " + HtmlSourcesSection.label(article), "class", "passage-source");
        } else {
            out.element("span", "[" + articleId + "]", "class", "passage-source");
        }
        out.element("button", "×", "type", "button", "class", "close", "data-close", "", "aria-label", "Close");
        out.close("div");
        List<HtmlExcerpt> excerpts = number > 0 ? HtmlExcerpt.of(numbers.articles().get(number - 1), citations)
                : List.of();
        if (excerpts.isEmpty()) {
            out.element("p", number > 0 ? "The cited passage is not in the article's text."
                    : "This article is not among the story's sources.", "class", "missing");
        }
        excerpts.forEach(excerpt -> excerpt.write(out));
        out.close("div").newline();
    }
}
