package org.storyline.render;

import java.util.ArrayList;
import java.util.List;
import org.storyline.model.Brief;
import org.storyline.model.CleanArticle;

/** The numbered list of the story's articles that the citation markers refer to. */
final class SourcesSection implements MarkdownSection {

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        if (sources.articles().isEmpty()) {
            return;
        }
        out.append("## Sources\n\n");
        for (CleanArticle article : sources.articles()) {
            out.append("- ").append(label(article, sources)).append(" — ")
                    .append(MarkdownText.code(article.id())).append(notes(article, sources)).append('\n');
        }
        out.append('\n');
    }

    /** How an article is named in the brief: {@code [2] *Title* — outlet / agency}. */
    static String label(CleanArticle article, SourceNumbers sources) {
        String title = !present(article.title())
                ? "(untitled)" : "*" + MarkdownText.escape(article.title()) + "*";
        return sources.marker(article.id()) + " " + title + " — " + credit(article);
    }

    /** A reprint points at the article it copies; an article in another language says it was not analysed. */
    static String notes(CleanArticle article, SourceNumbers sources) {
        StringBuilder notes = new StringBuilder();
        if (article.duplicateOf() != null) {
            notes.append(" — copy of ").append(sources.marker(article.duplicateOf()));
        }
        if (!article.english()) {
            notes.append(" — in ").append(MarkdownText.escape(article.article().language()))
                    .append(", listed but not analysed");
        }
        return notes.toString();
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
        if (parts.isEmpty()) {
            return "outlet unknown";
        }
        return MarkdownText.escape(String.join(" / ", parts));
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
