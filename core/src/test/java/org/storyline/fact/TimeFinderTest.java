package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeFinderTest {

    private final TimeFinder finder = new TimeFinder();

    private List<String> values(String text) {
        return TestArticles.values(finder, text);
    }

    @Test
    void localTimeWithGmtInBracketsGivesUtcAndCitesBoth() {
        String text = "a press conference at 6:20 PM (1620 GMT), marking";
        List<Candidate> found = finder.find(text);
        assertThat(found).extracting(Candidate::value).contains("16:20Z");
        Candidate longest = found.stream().max(java.util.Comparator.comparingInt(Candidate::length)).orElseThrow();
        assertThat(text.substring(longest.start(), longest.end())).isEqualTo("6:20 PM (1620 GMT)");
    }

    @Test
    void utcTimesWithColonOrMeridiem() {
        assertThat(values("at 16:20 UTC")).containsExactly("16:20Z");
        assertThat(values("at 4:20 p.m. GMT")).containsExactly("16:20Z");
        assertThat(values("at 12:05 a.m. GMT")).containsExactly("00:05Z");
    }

    @Test
    void localTimeAloneIsSkipped() {
        assertThat(values("at 6:20 PM local time, 18:20 CET")).isEmpty();
    }
}
