package org.storyline.render;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;

/**
 * "Sources": the story's articles under the numbers the markers use, each with its title, outlet,
 * id, date and address. The address is plain text, never a link: the page loads and opens nothing.
 */
final class HtmlSourcesSection implements HtmlSection {

    @Override
    public void write(HtmlStory story, HtmlBuilder out) {
        SourceNumbers numbers = story.numbers();
        if (numbers.articles().isEmpty()) {
            return;
        }
        HtmlSection.open(story, "sources", "Sources", out);
        out.open("ol", "class", "source-list").newline();
        for (CleanArticle article : numbers.articles()) {
            int number = numbers.number(article.id());
            out.open("li", "id", story.id("source-" + number))
                    .element("span", "[" + number + "]", "class", "num").text(" ");
            out.element("cite", present(article.title()) ? article.title() : "(untitled)").text(" — ")
                    .element("span", credit(article), "class", "outlet").text(" · ")
                    .element("code", article.id());
            details(article, numbers, out);
            out.close("li").newline();
        }
        out.close("ol").newline();
        HtmlSection.close(out);
    }

    private static void details(CleanArticle article, SourceNumbers numbers, HtmlBuilder out) {
        Article source = article.article();
        if (present(source.published())) {
            out.text(" · ").element("time", source.published(), "datetime", source.published());
        }
        if (article.duplicateOf() != null) {
            int original = numbers.number(article.duplicateOf());
            out.text(" · ").element("span", "copy of [" + (original > 0 ? original : article.duplicateOf()) + "]",
                    "class", "note");
        }
        if (!article.english()) {
            out.text(" · ").element("span", "in " + source.language() + ", listed but not analysed", "class", "note");
        }
        if (present(source.url())) {
            out.empty("br").element("span", source.url(), "class", "url");
        }
    }

    /** How an article is named in a passage: {@code Title — outlet / agency}. */
    static String label(CleanArticle article) {
        return (present(article.title()) ? article.title() : "(untitled)") + " — " + credit(article);
    }

    /** Who published it: outlet, agency and the outlet a reprint credits, as far as known. */
    static String credit(CleanArticle article) {
        List<String> parts = new ArrayList<>();
        addDistinct(parts, article.article().outlet());
        addDistinct(parts, article.agency());
        String syndicated = article.syndicatedFrom();
        if (present(syndicated) && !parts.contains(syndicated)) {
            parts.add("from " + syndicated);
        }
        return parts.isEmpty() ? "outlet unknown" : String.join(" / ", parts);
    }

    private static void addDistinct(List<String> parts, String value) {
        if (present(value) && !parts.contains(value)) {
            parts.add(value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
