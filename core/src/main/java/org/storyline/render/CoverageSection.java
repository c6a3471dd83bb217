package org.storyline.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Coverage;
import org.storyline.model.Exclusive;

/**
 * "Coverage by outlet": under each article, what only it reports and what it leaves out that most others
 * report (with the markers of those that do), articles in numbering order. A brief without coverage
 * shows its exclusive sentences the same way.
 */
final class CoverageSection implements MarkdownSection {

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        List<Coverage> coverage = new ArrayList<>(brief.coverage().isEmpty()
                ? fromExclusives(brief.exclusive()) : brief.coverage());
        coverage.removeIf(c -> c.only().isEmpty() && c.leavesOut().isEmpty());
        if (coverage.isEmpty()) {
            return;
        }
        coverage.sort(Comparator.comparingInt(c -> sources.number(c.article()) > 0
                ? sources.number(c.article()) : Integer.MAX_VALUE));
        out.append("## Coverage by outlet\n\n");
        for (Coverage c : coverage) {
            out.append("### ").append(heading(c.article(), sources)).append("\n\n");
            list("Only here:", c.only(), null, out);
            list("Leaves out:", c.leavesOut(), sources, out);
        }
    }

    /** A labelled list; with {@code sources}, each item ends with the markers of its citations. */
    private static void list(String label, List<BriefSentence> items, SourceNumbers sources, StringBuilder out) {
        if (items.isEmpty()) {
            return;
        }
        out.append(label).append("\n\n");
        for (BriefSentence item : items) {
            out.append("- ").append(MarkdownText.escape(item.text()));
            if (sources != null) {
                out.append(sources.trailingMarkers(item.sources().stream().map(Citation::article).toList()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static List<Coverage> fromExclusives(List<Exclusive> exclusives) {
        Map<String, List<BriefSentence>> byArticle = new LinkedHashMap<>();
        for (Exclusive e : exclusives) {
            byArticle.computeIfAbsent(e.article(), k -> new ArrayList<>())
                    .add(new BriefSentence(e.text(), List.of(new Citation(e.article(), e.start(), e.end()))));
        }
        return byArticle.entrySet().stream().map(e -> new Coverage(e.getKey(), e.getValue(), List.of())).toList();
    }

    private static String heading(String id, SourceNumbers sources) {
        int number = sources.number(id);
        if (number == 0) {
            return sources.marker(id);
        }
        CleanArticle article = sources.articles().get(number - 1);
        return SourcesSection.label(article, sources);
    }
}
