package org.storyline.render;

import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;

/**
 * The summary: one sentence per line, each followed by the markers of the articles that report it, then, in
 * parentheses after {@code related:}, those of articles that state only part of it.
 */
final class SummarySection implements MarkdownSection {

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        if (brief.summary().isEmpty()) {
            return;
        }
        out.append("## Summary\n\n");
        for (BriefSentence sentence : brief.summary()) {
            out.append(MarkdownText.escape(sentence.text()))
                    .append(sources.trailingMarkers(sentence.sources().stream().map(Citation::article).toList()));
            if (!sentence.related().isEmpty()) {
                out.append(" (related:").append(sources.trailingMarkers(
                        sentence.related().stream().map(Citation::article).toList())).append(')');
            }
            out.append('\n');
        }
        out.append('\n');
    }
}
