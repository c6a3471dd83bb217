package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummarySectionTest {

    @Test
    void eachSentenceCarriesMarkersOfTheArticlesThatReportItThenOfRelatedReporting() {
        String summary = Fixtures.section(new SummarySection(), Fixtures.brief());

        assertThat(summary).isEqualTo("""
                ## Summary

                NATO will raise support for Ukraine. [1][3]
                Ukraine will join when the time is right. [2] (related: [1])

                """);
    }

    @Test
    void emptySummaryWritesNothing() {
        assertThat(Fixtures.section(new SummarySection(), Fixtures.emptyBrief())).isEmpty();
    }
}
