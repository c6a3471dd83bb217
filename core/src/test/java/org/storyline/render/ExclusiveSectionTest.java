package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExclusiveSectionTest {

    @Test
    void exclusivesAreGroupedUnderTheirArticleInSourceOrder() {
        String exclusive = Fixtures.section(new ExclusiveSection(), Fixtures.brief());

        assertThat(exclusive).isEqualTo("""
                ## What only one outlet reports

                ### [1] *Not ready* — NTB

                - Rutte says Ukraine will join when the time is right.

                ### [3] (untitled) — The Post

                - Zelensky presented his plan.

                """);
    }
}
