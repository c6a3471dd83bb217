package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.RemovalKind;

class HashtagLinesTest {

    @Test
    void lineOfHashtagsGoes() {
        Draft d = new HashtagLines().apply(TestArticles.draft("Body text.\n#Nato #discuss #Ukraines #peace #plan\n"));
        assertThat(d.kept()).extracting(p -> p.text()).containsExactly("Body text.");
        assertThat(d.removed()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RemovalKind.HASHTAGS);
            assertThat(r.text()).isEqualTo("#Nato #discuss #Ukraines #peace #plan");
        });
    }

    @Test
    void hashtagInsideASentenceStays() {
        assertThat(HashtagLines.isHashtagLine("Follow #Nato for more.")).isFalse();
        assertThat(HashtagLines.isHashtagLine("#1 in the polls")).isFalse();
        assertThat(HashtagLines.isHashtagLine("#Forsvar, #Øst_Europa")).isTrue();
    }
}
