package org.storyline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void commentsAndBlankLinesAreSkipped() {
        assertThat(WordList.lines(WordListTest.class, "word-list-fixture.txt")).containsExactly("Alpha", "Beta", "GAMMA");
    }

    @Test
    void setIsLowerCased() {
        assertThat(WordList.lowerCaseSet(WordListTest.class, "word-list-fixture.txt"))
                .containsExactlyInAnyOrder("alpha", "beta", "gamma");
    }

    @Test
    void missingResourceNamesResourceAndOwner() {
        assertThatThrownBy(() -> WordList.lines(WordListTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list.txt")
                .hasMessageContaining(WordListTest.class.getName());
    }

    @Test
    void shippedListsLoad() {
        assertThat(WordList.lowerCaseSet(org.storyline.entity.EntityResolver.class, "role-words.txt")).contains("president", "minister");
        assertThat(WordList.lines(org.storyline.entity.EntityResolver.class, "aliases.tsv")).isNotEmpty()
                .allSatisfy(line -> assertThat(line.split("\t").length).isBetween(2, 3));
    }
}
