package org.storyline.render;

import java.util.List;
import java.util.Objects;
import org.storyline.model.Brief;
import org.storyline.model.Problem;
import org.storyline.model.Report;

/**
 * Writes a report as a Markdown brief for people. Each story gets a {@code # headline} and the
 * sections Summary, Sources, Who said what, Key facts, Conflicting figures, Timeline, Entities and
 * Coverage by outlet;
 * sections with nothing to show are left out. Every claim carries citation markers such as
 * {@code [1][3]}, numbering the story's articles in the order the brief lists them, explained in
 * the Sources list. Inputs that failed are listed at the end under Problems.
 *
 * <p>Article text is put on one line and its Markdown-significant characters are escaped, so no
 * text can break a table, start a heading or inject HTML.
 */
public final class MarkdownRenderer implements ReportRenderer {

    private final List<MarkdownSection> sections;

    /** The brief as people read it, without the words that name each quote's speaker. */
    public MarkdownRenderer() {
        this(false);
    }

    /**
     * The brief as people read it.
     *
     * @param cues whether each quote shows the words of each article that name its speaker ({@code --cues})
     */
    public MarkdownRenderer(boolean cues) {
        sections = List.of(new SummarySection(), new SourcesSection(), new QuotesSection(cues),
                new FactsSection(), new ConflictsSection(), new TimelineSection(), new EntitiesSection(),
                new CoverageSection());
    }

    /** {@inheritDoc} */
    @Override
    public String render(Report report) {
        Objects.requireNonNull(report, "report");
        StringBuilder out = new StringBuilder();
        if (report.stories().isEmpty()) {
            out.append("# No stories\n\nNo article could be briefed.\n\n");
        }
        for (Brief brief : report.stories()) {
            story(brief, out);
        }
        problems(report.problems(), out);
        return out.toString().stripTrailing() + "\n";
    }

    private void story(Brief brief, StringBuilder out) {
        String headline = MarkdownText.escape(brief.headline());
        out.append("# ").append(headline.isEmpty() ? MarkdownText.escape(brief.id()) : headline).append("\n\n");
        SourceNumbers sources = new SourceNumbers(brief.articles());
        for (MarkdownSection section : sections) {
            section.write(brief, sources, out);
        }
    }

    private static void problems(List<Problem> problems, StringBuilder out) {
        if (problems.isEmpty()) {
            return;
        }
        out.append("# Problems\n\n");
        for (Problem problem : problems) {
            out.append("- ").append(MarkdownText.code(problem.path())).append(" — ")
                    .append(MarkdownText.escape(problem.stage())).append(": ")
                    .append(MarkdownText.escape(problem.reason())).append('\n');
        }
        out.append('\n');
    }
}
