package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.Coverage;

class CoverageFinderTest {

    private static List<Coverage> coverage;

    @BeforeAll
    static void find() {
        StorySentences story = Stories.sentences(List.of(
                Stories.article("x", "North Gazette", null, "Ferry runs aground",
                        "A passenger ferry ran aground off the island of Texel on Sunday evening.",
                        "All 212 passengers were brought ashore by lifeboats before midnight.",
                        "The coast guard said a steering failure was the likely cause of the accident.",
                        "A local fisherman, Jan de Boer, filmed the rescue from his trawler and sold the footage."),
                Stories.article("y", "South Courier", null, "Ferry aground near Texel",
                        "On Sunday evening a passenger ferry ran aground off the island of Texel.",
                        "Lifeboats brought all 212 passengers ashore before midnight.",
                        "A steering failure was the likely cause of the accident, according to the coast guard."),
                Stories.article("z", "East Herald", null, "Texel ferry stranded",
                        "A passenger ferry ran aground off the Dutch island of Texel on Sunday evening.",
                        "Operator TESO cancelled all Wednesday crossings and promised refunds to 900 ticket holders.")));
        coverage = CoverageFinder.find(story, ExclusiveFinder.find(story));
    }

    private static Coverage of(String article) {
        return coverage.stream().filter(c -> c.article().equals(article)).findFirst().orElseThrow();
    }

    @Test
    void pointMostOutletsReportIsWhatAnOutletWithoutItLeavesOut() {
        List<BriefSentence> missing = of("z").leavesOut();

        assertThat(missing).extracting(BriefSentence::text).anyMatch(t -> t.contains("212 passengers"));
        assertThat(missing).allSatisfy(m -> assertThat(m.sources()).extracting(Citation::article)
                .doesNotContain("z").isNotEmpty());
    }

    @Test
    void outletThatReportsEveryWidePointLeavesNothingOut() {
        assertThat(of("x").leavesOut()).isEmpty();
        assertThat(of("y").leavesOut()).isEmpty();
    }

    @Test
    void whatOnlyOneOutletReportsIsItsOwnCitingOnlyIt() {
        assertThat(of("x").only()).extracting(BriefSentence::text).anyMatch(t -> t.contains("fisherman"));
        assertThat(of("z").only()).extracting(BriefSentence::text).anyMatch(t -> t.contains("cancelled"));
        assertThat(of("x").only()).allSatisfy(o -> assertThat(o.sources()).extracting(Citation::article)
                .containsOnly("x"));
    }

    @Test
    void everyArticleHasACoverageEntry() {
        assertThat(coverage).extracting(Coverage::article).containsExactly("x", "y", "z");
    }
}
