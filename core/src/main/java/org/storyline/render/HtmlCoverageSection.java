package org.storyline.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.Coverage;
import org.storyline.model.Exclusive;

/**
 * "Coverage": the coverage chart, then per outlet what only it reports and what it leaves out that
 * most others report. A brief without coverage falls back to its exclusive sentences.
 */
final class HtmlCoverageSection implements HtmlSection {

    @Override
    public void write(HtmlStory story, HtmlBuilder out) {
        List<Coverage> coverage = coverage(story);
        boolean chart = !HtmlCoverageChart.rows(story.brief()).isEmpty() && !story.numbers().articles().isEmpty();
        if (coverage.isEmpty() && !chart) {
            return;
        }
        HtmlSection.open(story, "coverage", "Coverage by outlet", out);
        if (chart) {
            out.element("p", "Columns are the numbered sources; a filled cell means the source reports the point.",
                    "class", "hint").newline();
            out.open("div", "class", "chart-wrap");
            HtmlCoverageChart.write(story, out);
            out.close("div").newline();
        }
        for (Coverage outlet : coverage) {
            outlet(outlet, story, out);
        }
        HtmlSection.close(out);
    }

    private static void outlet(Coverage coverage, HtmlStory story, HtmlBuilder out) {
        int number = story.numbers().number(coverage.article());
        String heading = number > 0
                ? "[" + number + "] " + HtmlSourcesSection.label(story.numbers().articles().get(number - 1))
                : "[" + coverage.article() + "]";
        out.open("div", "class", "outlet-coverage").element("h3", heading).newline();
        list("Only this outlet reports", coverage.only(), story, out);
        list("Leaves out, though others report it", coverage.leavesOut(), story, out);
        out.close("div").newline();
    }

    private static void list(String heading, List<BriefSentence> claims, HtmlStory story, HtmlBuilder out) {
        if (claims.isEmpty()) {
            return;
        }
        out.element("h4", heading).open("ul").newline();
        for (BriefSentence claim : claims) {
            out.open("li").text(claim.text()).text(" ");
            story.markers(claim.sources(), out);
            out.close("li").newline();
        }
        out.close("ul").newline();
    }

    /** Where an exclusive sentence stands; a range the model did not check is kept inside the bounds. */
    private static Citation citation(Exclusive exclusive) {
        int start = Math.max(0, exclusive.start());
        return new Citation(exclusive.article(), start, Math.max(start, exclusive.end()));
    }

    /** The brief's coverage in source order, or, when it has none, its exclusive sentences per article. */
    private static List<Coverage> coverage(HtmlStory story) {
        Comparator<Coverage> order = Comparator.comparingInt(c -> {
            int n = story.numbers().number(c.article());
            return n > 0 ? n : Integer.MAX_VALUE;
        });
        if (!story.brief().coverage().isEmpty()) {
            return story.brief().coverage().stream().sorted(order).toList();
        }
        Map<String, List<BriefSentence>> only = new LinkedHashMap<>();
        for (Exclusive e : story.brief().exclusive()) {
            only.computeIfAbsent(e.article(), k -> new ArrayList<>())
                    .add(new BriefSentence(e.text(), List.of(citation(e))));
        }
        return only.entrySet().stream().map(e -> new Coverage(e.getKey(), e.getValue(), List.of()))
                .sorted(order).toList();
    }
}
