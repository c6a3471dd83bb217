package org.storyline.render;

import java.util.List;
import org.storyline.model.Brief;
import org.storyline.model.Citation;
import org.storyline.model.Fact;

/**
 * "Key facts": a table of each fact as worded, its normalised value, and how many of the story's
 * articles state it ({@code 2 of 5}) with their markers.
 */
final class FactsSection implements MarkdownSection {

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        if (brief.facts().isEmpty()) {
            return;
        }
        out.append("## Key facts\n\n");
        out.append("| Fact | Value | Outlets |\n");
        out.append("| --- | --- | --- |\n");
        for (Fact fact : brief.facts()) {
            List<String> articles = fact.sources().stream().map(Citation::article).toList();
            out.append("| ").append(cell(fact.text()))
                    .append(" | ").append(cell(fact.value()))
                    .append(" | ").append(sources.support(articles)).append(sources.trailingMarkers(articles))
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** A table cell's text; an empty cell gets a dash so the row keeps its shape. */
    private static String cell(String text) {
        String escaped = MarkdownText.escape(text);
        return escaped.isEmpty() ? "–" : escaped;
    }
}
