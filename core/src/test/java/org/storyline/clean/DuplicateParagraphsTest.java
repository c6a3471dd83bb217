package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.RemovalKind;

class DuplicateParagraphsTest {

    @Test
    void paragraphPrintedTwiceAppearsOnce() {
        Draft d = new DuplicateParagraphs().apply(TestArticles.draft("The lead.\nThe  lead. \nNext.\nThe lead.\n"));
        assertThat(d.kept()).extracting(p -> p.text()).containsExactly("The lead.", "Next.");
        assertThat(d.removed()).extracting(r -> r.kind()).containsOnly(RemovalKind.DUPLICATE).hasSize(2);
        assertThat(d.removed().get(0).text()).isEqualTo("The  lead. ");
    }

    @Test
    void differentParagraphsStay() {
        Draft d = new DuplicateParagraphs().apply(TestArticles.draft("One.\nTwo.\none.\n"));
        assertThat(d.kept()).hasSize(3);
        assertThat(d.removed()).isEmpty();
    }
}
