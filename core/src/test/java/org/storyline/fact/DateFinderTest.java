package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    private List<String> values(String text) {
        return TestArticles.values(finder, text);
    }

    @Test
    void monthDayYear() {
        assertThat(values("on October 17, 2024, ministers met")).contains("2024-10-17");
    }

    @Test
    void dayMonthYearWithOrdinal() {
        assertThat(values("on 17 October 2024")).contains("2024-10-17");
        assertThat(values("on the 17th of Oct. 2024")).contains("2024-10-17");
    }

    @Test
    void isoDate() {
        assertThat(values("published 2024-10-17.")).containsExactly("2024-10-17");
    }

    @Test
    void impossibleDateIsSkipped() {
        assertThat(values("on 31 February 2024")).doesNotContain("2024-02-31").contains("2024-02");
    }

    @Test
    void monthAndYear() {
        assertThat(values("the summit in July 2024")).contains("2024-07");
    }

    @Test
    void bareYearAfterPrepositionCitesYearOnly() {
        String text = "it dates back to 1997, but since 2014 it has changed";
        List<Candidate> found = finder.find(text);
        assertThat(found).extracting(Candidate::value).containsExactly("1997", "2014");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("1997");
    }

    @Test
    void yearThatCountsThingsIsNoDate() {
        assertThat(values("up to 2000 troops; in 1990s")).isEmpty();
    }

    @Test
    void datesWithoutYearAreLeftForLater() {
        assertThat(values("on October 17 and on Thursday in July")).isEmpty();
    }
}
