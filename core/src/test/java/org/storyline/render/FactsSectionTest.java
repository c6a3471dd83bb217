package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactsSectionTest {

    private final String facts = Fixtures.section(new FactsSection(), Fixtures.brief());

    @Test
    void supportCountsDistinctArticlesOutOfAllInTheStory() {
        assertThat(facts).contains("| €40 billion | EUR 40000000000 | 2 of 3 [1][3] |\n");
        assertThat(facts).contains("| 32 \\| allies | 32 countries | 1 of 3 [2] |\n");
    }

    @Test
    void pipeInsideACellDoesNotAddAColumn() {
        facts.lines().filter(line -> line.startsWith("|")).forEach(row ->
                assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).as(row).isEqualTo(4));
    }

    @Test
    void noFactsWritesNothing() {
        assertThat(Fixtures.section(new FactsSection(), Fixtures.emptyBrief())).isEmpty();
    }
}
