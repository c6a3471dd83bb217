package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictsSectionTest {

    @Test
    void eachSideOfAConflictShowsItsWordingAndTheOutletsThatGiveIt() {
        String conflicts = Fixtures.section(new ConflictsSection(), StoryFixtures.brief());

        assertThat(conflicts).isEqualTo("""
                ## Conflicting figures

                | Subject | Values given |
                | --- | --- |
                | military aid | €20.9 billion [3] · 21 billion euros [1][2] |

                """);
    }

    @Test
    void briefWithoutConflictsHasNoSection() {
        assertThat(Fixtures.section(new ConflictsSection(), Fixtures.brief())).isEmpty();
    }
}
