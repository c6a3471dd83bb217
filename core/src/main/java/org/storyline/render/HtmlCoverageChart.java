package org.storyline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storyline.model.Brief;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.Fact;

/**
 * The coverage chart: an inline SVG grid with a row per summary sentence and key fact and a column
 * per outlet, a filled cell where the outlet reports the point. Drawn by the program, no script;
 * every row and column carries a {@code <title>} with its full text as a tooltip.
 */
final class HtmlCoverageChart {

    /** Longest row label, in characters; the full text is in the row's tooltip. */
    static final int LABEL_CHARS = 60;
    /** Most rows drawn; a longer brief is cut. */
    static final int MAX_ROWS = 60;

    private static final int LABEL_WIDTH = 380;
    private static final int CELL = 30;
    private static final int ROW = 24;
    private static final int HEAD = 30;

    /**
     * One row of the chart.
     *
     * @param label    the short label shown
     * @param full     the whole text, for the tooltip
     * @param articles the ids of the articles that report it
     * @param first    whether it starts a group, which gets a heading
     * @param group    the group's heading
     */
    record Row(String label, String full, Set<String> articles, boolean first, String group) {
    }

    private HtmlCoverageChart() {
    }

    /** The rows for {@code brief}: its summary sentences, then its key facts, at most {@link #MAX_ROWS}. */
    static List<Row> rows(Brief brief) {
        List<Row> rows = new ArrayList<>();
        List<BriefSentence> summary = brief.summary();
        for (int i = 0; i < summary.size(); i++) {
            String text = summary.get(i).text();
            rows.add(new Row((i + 1) + ". " + HtmlText.shorten(text, LABEL_CHARS - 4), text,
                    articles(summary.get(i).sources()), i == 0, "Summary"));
        }
        List<Fact> facts = brief.facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact fact = facts.get(i);
            String label = fact.text().equals(fact.value()) ? fact.text() : fact.text() + " (" + fact.value() + ")";
            rows.add(new Row(HtmlText.shorten(label, LABEL_CHARS), fact.text(),
                    articles(fact.sources()), i == 0, "Key facts"));
        }
        return rows.size() > MAX_ROWS ? rows.subList(0, MAX_ROWS) : rows;
    }

    /** Writes the chart, or nothing when the story has no rows or no articles. */
    static void write(HtmlStory story, HtmlBuilder out) {
        List<Row> rows = rows(story.brief());
        List<CleanArticle> articles = story.numbers().articles();
        if (rows.isEmpty() || articles.isEmpty()) {
            return;
        }
        long groups = rows.stream().filter(Row::first).count();
        int width = LABEL_WIDTH + CELL * articles.size() + 8;
        int height = HEAD + ROW * (rows.size() + (int) groups + 1) + 6;
        String title = story.id("chart-title");
        out.open("svg", "class", "chart", "viewBox", "0 0 " + width + " " + height, "width", Integer.toString(width),
                "height", Integer.toString(height), "role", "img", "aria-labelledby", title).newline();
        out.element("title", "Which outlets report each point of the summary and each key fact", "id", title)
                .newline();
        for (int c = 0; c < articles.size(); c++) {
            CleanArticle article = articles.get(c);
            out.open("text", "class", "col-head", "x", Integer.toString(cellX(c) + CELL / 2), "y", "20",
                    "text-anchor", "middle").text(Integer.toString(c + 1))
                    .element("title", "[" + (c + 1) + "] " + HtmlSourcesSection.label(article)).close("text").newline();
        }
        int y = HEAD;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.first()) {
                out.element("text", row.group(), "class", "group", "x", "0", "y", Integer.toString(y + 16)).newline();
                y += ROW;
            }
            row(row, r, y, articles, out);
            y += ROW;
        }
        totals(rows, articles, y, out);
        out.close("svg").newline();
    }

    private static void row(Row row, int index, int y, List<CleanArticle> articles, HtmlBuilder out) {
        List<String> by = new ArrayList<>();
        for (int c = 0; c < articles.size(); c++) {
            if (row.articles().contains(articles.get(c).id())) {
                by.add("[" + (c + 1) + "]");
            }
        }
        out.open("g", "class", index % 2 == 0 ? "row even" : "row odd");
        out.element("title", row.full() + " — reported by " + (by.isEmpty() ? "no outlet" : String.join("", by)));
        out.empty("rect", "class", "stripe", "x", "0", "y", Integer.toString(y), "width",
                Integer.toString(cellX(articles.size())), "height", Integer.toString(ROW));
        out.element("text", row.label(), "class", "label", "x", "4", "y", Integer.toString(y + 16));
        for (int c = 0; c < articles.size(); c++) {
            boolean on = row.articles().contains(articles.get(c).id());
            out.empty("rect", "class", on ? "cell on" : "cell off", "x", Integer.toString(cellX(c) + 4),
                    "y", Integer.toString(y + 3), "width", Integer.toString(CELL - 8), "height",
                    Integer.toString(ROW - 6), "rx", "3");
        }
        out.close("g").newline();
    }

    private static void totals(List<Row> rows, List<CleanArticle> articles, int y, HtmlBuilder out) {
        out.element("text", "Points reported", "class", "group", "x", "0", "y", Integer.toString(y + 16));
        for (int c = 0; c < articles.size(); c++) {
            String id = articles.get(c).id();
            long count = rows.stream().filter(row -> row.articles().contains(id)).count();
            out.element("text", Long.toString(count), "class", "total", "x", Integer.toString(cellX(c) + CELL / 2),
                    "y", Integer.toString(y + 16), "text-anchor", "middle");
        }
        out.newline();
    }

    private static int cellX(int column) {
        return LABEL_WIDTH + CELL * column;
    }

    private static Set<String> articles(List<Citation> citations) {
        return citations.stream().map(Citation::article).collect(Collectors.toSet());
    }
}
