package org.storyline.render;

import org.storyline.model.Brief;
import org.storyline.model.Citation;
import org.storyline.model.TimelineEvent;

/** "Timeline": the story's dated events in order, each with its date in bold and its markers. */
final class TimelineSection implements MarkdownSection {

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        if (brief.timeline().isEmpty()) {
            return;
        }
        out.append("## Timeline\n\n");
        for (TimelineEvent event : brief.timeline()) {
            out.append("- **").append(MarkdownText.escape(event.when())).append("** — ")
                    .append(MarkdownText.escape(event.text()))
                    .append(sources.trailingMarkers(event.sources().stream().map(Citation::article).toList()))
                    .append('\n');
        }
        out.append('\n');
    }
}
