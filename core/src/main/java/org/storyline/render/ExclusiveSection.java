package org.storyline.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Brief;
import org.storyline.model.CleanArticle;
import org.storyline.model.Exclusive;

/** "What only one outlet reports": the exclusive sentences grouped under their article, in source order. */
final class ExclusiveSection implements MarkdownSection {

    @Override
    public void write(Brief brief, SourceNumbers sources, StringBuilder out) {
        if (brief.exclusive().isEmpty()) {
            return;
        }
        Map<String, List<Exclusive>> byArticle = new LinkedHashMap<>();
        for (Exclusive exclusive : brief.exclusive()) {
            byArticle.computeIfAbsent(exclusive.article(), k -> new ArrayList<>()).add(exclusive);
        }
        List<String> order = new ArrayList<>(byArticle.keySet());
        order.sort(Comparator.comparingInt(id -> sources.number(id) > 0 ? sources.number(id) : Integer.MAX_VALUE));
        out.append("## What only one outlet reports\n\n");
        for (String id : order) {
            out.append("### ").append(heading(id, sources)).append("\n\n");
            byArticle.get(id).forEach(e -> out.append("- ").append(MarkdownText.escape(e.text())).append('\n'));
            out.append('\n');
        }
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
