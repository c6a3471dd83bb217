package org.storyline.render;

import java.util.List;
import org.storyline.model.Brief;
import org.storyline.model.Citation;
import org.storyline.model.Conflict;
import org.storyline.model.Fact;

/** "Conflicting figures": each disputed subject with every value given for it and the outlets that give it. */
final class ConflictsSection implements MarkdownSection {

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        if (brief.conflicts().isEmpty()) {
            return;
        }
        out.append("## Conflicting figures\n\n");
        out.append("| Subject | Values given |\n");
        out.append("| --- | --- |\n");
        for (Conflict conflict : brief.conflicts()) {
            out.append("| ").append(MarkdownText.escape(conflict.subject())).append(" | ");
            List<Fact> sides = conflict.sides();
            for (int i = 0; i < sides.size(); i++) {
                Fact side = sides.get(i);
                out.append(i == 0 ? "" : " · ").append(MarkdownText.escape(side.text()))
                        .append(sources.trailingMarkers(side.sources().stream().map(Citation::article).toList()));
            }
            out.append(" |\n");
        }
        out.append('\n');
    }
}
