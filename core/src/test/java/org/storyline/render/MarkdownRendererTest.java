package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Brief;
import org.storyline.model.Problem;
import org.storyline.model.Report;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void storyOpensWithItsHeadlineAndSectionsFollowInOrder() {
        String markdown = renderer.render(Fixtures.report());

        assertThat(markdown).startsWith("# NATO weighs Ukraine's victory plan\n\n## Summary\n");
        assertThat(markdown).containsSubsequence("## Summary", "## Sources", "## Who said what", "## Key facts",
                "## Entities", "## Coverage by outlet", "# Problems");
    }

    @Test
    void problemsAreListedAtTheEnd() {
        String markdown = renderer.render(Fixtures.report());

        assertThat(markdown).endsWith("# Problems\n\n- `corpus/broken.html` — ingest: no body text found\n");
    }

    @Test
    void reportWithoutProblemsHasNoProblemsSection() {
        String markdown = renderer.render(new Report(List.of(Fixtures.brief()), List.of()));

        assertThat(markdown).doesNotContain("# Problems").endsWith("\n").doesNotEndWith("\n\n");
    }

    @Test
    void emptySectionsAreLeftOut() {
        Brief brief = Fixtures.emptyBrief(Fixtures.article("a", "NTB", "T", "text"));

        assertThat(renderer.render(new Report(List.of(brief), List.of())))
                .isEqualTo("# Headline\n\n## Sources\n\n- [1] *T* — NTB — `a`\n");
    }

    @Test
    void headlineCannotBreakTheHeading() {
        Brief brief = new Brief("s", "# Two\nlines <b>", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());

        assertThat(renderer.render(new Report(List.of(brief), List.of()))).isEqualTo("# \\# Two lines \\<b\\>\n");
    }

    @Test
    void reportWithoutStoriesSaysSoAndStillListsProblems() {
        String markdown = renderer.render(new Report(List.of(), List.of(new Problem("a|b.txt", "clean", "empty"))));

        assertThat(markdown).startsWith("# No stories\n").contains("- `a|b.txt` — clean: empty\n");
    }
}
