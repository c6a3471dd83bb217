package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShinglerTest {

    @Test
    void wordsAreLowerCasedWithoutPunctuation() {
        assertThat(Shingler.words("“Dock workers,” he said — at 9:30 in Århus!"))
                .containsExactly("dock", "workers", "he", "said", "at", "9", "30", "in", "århus");
    }

    @Test
    void quoteStylesAndLineBreaksDoNotChangeShingles() {
        long[] a = Shingler.shingles(Shingler.words("\"The port is closed,\" the union said on Monday."));
        long[] b = Shingler.shingles(Shingler.words("«The port is closed» —\nthe Union said on monday"));

        assertThat(a).isEqualTo(b);
    }

    @Test
    void everyRunOfFiveWordsIsOneShingle() {
        assertThat(Shingler.shingles(List.of("a", "b", "c", "d", "e", "f", "g"))).hasSize(3);
    }

    @Test
    void repeatedShinglesCountOnce() {
        assertThat(Shingler.shingles(Shingler.words("one two three four five one two three four five"))).hasSize(5);
    }

    @Test
    void shortTextIsOneShingleAndEmptyTextNone() {
        assertThat(Shingler.shingles(List.of("strike", "ends"))).hasSize(1);
        assertThat(Shingler.shingles(List.of())).isEmpty();
    }
}
