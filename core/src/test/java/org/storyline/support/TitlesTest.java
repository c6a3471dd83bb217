package org.storyline.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

    private static String marked(String text) {
        return AttributionTest.marked(text, Titles::of);
    }

    @Test
    void wordsStraightBeforeAPersonsNameAreItsTitle() {
        assertThat(marked("The Saints placed running back Reggie Bush on injured reserve."))
                .isEqualTo("running back");
        assertThat(marked("The film is based on a book by author Stephenie Meyer.")).isEqualTo("author");
    }

    @Test
    void articleOrParticipleBeforeTheNameIsNoTitle() {
        assertThat(marked("The jury heard the witness, Mary Smith, on Monday.")).isEmpty();
        assertThat(marked("Eleven men were charged, including Warren Jeffs.")).isEmpty();
    }
}
