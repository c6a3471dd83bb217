package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;

class SummaryComposerTest {

    private static List<BriefSentence> strike;
    private static List<BriefSentence> unrelated;
    private static StorySentences unrelatedSentences;
    private static List<BriefSentence> budget;
    private static StorySentences budgetSentences;

    @BeforeAll
    static void compose() {
        strike = SummaryComposer.compose(Stories.sentences(Stories.strike()));
        unrelatedSentences = Stories.sentences(Stories.unrelated());
        unrelated = SummaryComposer.compose(unrelatedSentences);
        budgetSentences = Stories.sentences(Stories.budget());
        budget = SummaryComposer.compose(budgetSentences);
    }

    private static List<String> texts(List<BriefSentence> summary) {
        return summary.stream().map(BriefSentence::text).toList();
    }

    @Test
    void everyPointSeveralOutletsReportIsInTheSummaryOnce() {
        assertThat(texts(strike)).filteredOn(t -> t.contains("three-day strike")).hasSize(1);
        assertThat(texts(strike)).filteredOn(t -> t.contains("container traffic")).hasSize(1);
        assertThat(texts(strike)).filteredOn(t -> t.contains("resume")).hasSize(1);
    }

    @Test
    void sharedPointCitesEveryArticleThatReportsIt() {
        BriefSentence lead = strike.get(0);
        assertThat(lead.text()).startsWith("Dock workers in Rotterdam");
        assertThat(lead.sources()).extracting(Citation::article).containsExactly("a", "b", "c");
    }

    @Test
    void sentencesThatCannotStandAloneAreLeftOutHoweverWidelyReported() {
        assertThat(texts(strike)).noneMatch(t -> t.startsWith("It "));
    }

    @Test
    void singleOutletSentencesOnlyFillTheSummaryUpToItsMinimum() {
        assertThat(strike).hasSize(SummaryComposer.MIN_SENTENCES);
        assertThat(unrelated).hasSize(SummaryComposer.MIN_SENTENCES);
    }

    @Test
    void leadsGoFirstAmongSentencesOfEqualSupport() {
        assertThat(texts(unrelated)).contains("An avalanche buried a mountain road near Zermatt on Saturday morning.",
                "Chipmaker Infineon opened a new factory in Dresden on Monday afternoon.");
        assertThat(texts(unrelated)).doesNotContain("Police in Valais closed the pass until at least Wednesday evening.",
                "Saxony hopes the investment will attract suppliers from Asia.");
    }

    @Test
    void summaryIsOrderedForReadingLeadFirst() {
        List<Double> positions = unrelated.stream().map(s -> byText(unrelatedSentences, s.text()).position()).toList();
        assertThat(positions).isSorted();
        assertThat(positions.get(0)).isZero();
    }

    @Test
    void summaryHasAtMostItsMaximumOfSentences() {
        assertThat(budget).hasSize(SummaryComposer.MAX_SENTENCES);
        assertThat(budget).allSatisfy(s -> assertThat(s.sources()).hasSize(2));
    }

    @Test
    void leadOfASingleOutletRanksBelowPointsTwoOutletsReport() {
        assertThat(texts(budget)).noneMatch(t -> t.contains("Ardennes"));
    }

    @Test
    void noSentenceRepeatsAnotherAlreadyPicked() {
        for (int i = 0; i < budget.size(); i++) {
            for (int j = i + 1; j < budget.size(); j++) {
                StorySentence a = byText(budgetSentences, budget.get(i).text());
                StorySentence b = byText(budgetSentences, budget.get(j).text());
                assertThat(a.vector().cosine(b.vector())).isLessThan(SummaryComposer.REDUNDANT);
            }
        }
        assertThat(texts(budget)).filteredOn(t -> t.contains("120 million")).hasSize(1);
    }

    @Test
    void storyWithoutEligibleSentencesHasAnEmptySummary() {
        StorySentences none = Stories.sentences(List.of(Stories.article("n", "One", null, "T", "Too short here.")));
        assertThat(SummaryComposer.compose(none)).isEmpty();
    }

    private static StorySentence byText(StorySentences story, String text) {
        return story.all().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow();
    }
}
