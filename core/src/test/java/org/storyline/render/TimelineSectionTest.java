package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineSectionTest {

    @Test
    void eventsAreListedInOrderWithTheirDatesAndSources() {
        String timeline = Fixtures.section(new TimelineSection(), StoryFixtures.brief());

        assertThat(timeline).isEqualTo("""
                ## Timeline

                - **1997** — The Founding Act dates back to 1997. [1]
                - **2024-10-17** — Ministers met in Brussels on Thursday. [2][3]

                """);
    }
}
