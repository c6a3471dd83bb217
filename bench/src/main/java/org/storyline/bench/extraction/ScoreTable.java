package org.storyline.bench.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores tools' outputs against the truth and formats the results as plain-text tables. */
final class ScoreTable {

    private ScoreTable() {
    }

    /** Each tool's score over the true pages; a page a tool has no output for counts as empty. */
    static Score score(Map<String, String> output, Map<String, String> truth) {
        List<PageScore> pages = new ArrayList<>();
        truth.forEach((key, body) -> pages.add(ShingleScorer.score(body, output.getOrDefault(key, ""))));
        return Score.of(pages);
    }

    /** One row per tool, in the given order: precision, recall, F1, accuracy, pages. */
    static String render(Map<String, Map<String, String>> tools, Map<String, String> truth) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s %6s%n",
                "tool", "precision", "recall", "F1", "accuracy", "pages"));
        tools.forEach((name, output) -> {
            Score s = score(output, truth);
            table.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %9.3f %6d%n",
                    name, s.precision(), s.recall(), s.f1(), s.accuracy(), s.pages()));
        });
        return table.toString();
    }

    /** The {@code limit} pages with the lowest page F1: key, precision, recall. */
    static String worstPages(Map<String, String> output, Map<String, String> truth, int limit) {
        record Row(String key, PageScore score, double f1) {
        }
        List<Row> rows = new ArrayList<>();
        truth.forEach((key, body) -> {
            PageScore s = ShingleScorer.score(body, output.getOrDefault(key, ""));
            double f1 = s.precision() + s.recall() == 0 ? 0
                    : 2 * s.precision() * s.recall() / (s.precision() + s.recall());
            rows.add(new Row(key, s, f1));
        });
        rows.sort(Comparator.comparingDouble(Row::f1));
        StringBuilder out = new StringBuilder("worst pages (key, precision, recall):\n");
        rows.stream().limit(limit).forEach(r -> out.append(String.format(Locale.ROOT, "%s %.3f %.3f%n",
                r.key(), r.score().precision(), r.score().recall())));
        return out.toString();
    }
}
