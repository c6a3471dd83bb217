package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageSectionTest {

    @Test
    void eachOutletShowsWhatOnlyItReportsAndWhatItLeavesOutWithWhoReportsThat() {
        String coverage = Fixtures.section(new CoverageSection(), StoryFixtures.brief());

        assertThat(coverage).isEqualTo("""
                ## Coverage by outlet

                ### [1] *Not ready* — NTB

                Leaves out:

                - NATO will raise support for Ukraine. [2][3]

                ### [3] (untitled) — The Post

                Only here:

                - Zelensky presented his plan.

                """);
    }

    @Test
    void briefWithoutCoverageShowsItsExclusivesUnderTheirArticleInSourceOrder() {
        String exclusive = Fixtures.section(new CoverageSection(), Fixtures.brief());

        assertThat(exclusive).isEqualTo("""
                ## Coverage by outlet

                ### [1] *Not ready* — NTB

                Only here:

                - Rutte says Ukraine will join when the time is right.

                ### [3] (untitled) — The Post

                Only here:

                - Zelensky presented his plan.

                """);
    }
}
