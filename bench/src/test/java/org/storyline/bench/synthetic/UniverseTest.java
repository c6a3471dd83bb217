package org.storyline.bench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniverseTest {

    private static final String TEXT = "Reid checked into a clinic in Malibu on Tuesday. Her agent Jack Doe said Reid is well.";

    @Test
    void realUniverseChangesNothing() {
        Universe real = new Universe(0);
        assertThat(real.rename(TEXT, TEXT)).isEqualTo(TEXT);
        assertThat(real.moveDate("2013-05-03")).isEqualTo("2013-05-03");
    }

    @Test
    void namesGetTheUniverseSuffixEverywhereButSentenceWordsAndWeekdaysStay() {
        Universe u = new Universe(1);
        assertThat(u.suffix()).isEqualTo("ko");
        assertThat(u.rename(TEXT, TEXT))
                .isEqualTo("Reidko checked into a clinic in Maliko on Tuesday. Her agent Jackko Doeko said Reidko is well."
                        .replace("Maliko", "Malibuko"));
    }

    @Test
    void universesDifferAndDatesMoveThirtyDaysEach() {
        assertThat(new Universe(21).suffix()).isNotEqualTo(new Universe(1).suffix());
        assertThat(new Universe(2).moveDate("2013-05-03T10:00Z")).isEqualTo("2013-07-02T10:00Z");
    }

    @Test
    void undatedArticlesGetADayOfTheirUniverse() {
        assertThat(new Universe(0).moveDate(null)).isEqualTo("2000-01-03");
        assertThat(new Universe(2).moveDate("not a date")).isEqualTo("2000-03-03");
    }

    @Test
    void daysMoveLikeDatesAndAMissingDayBecomesTheUndatedOne() {
        assertThat(new Universe(2).moveDay(java.time.LocalDate.of(2013, 5, 3)))
                .isEqualTo(java.time.LocalDate.of(2013, 7, 2));
        assertThat(new Universe(1).moveDay(null)).isEqualTo(Universe.UNDATED_DAY.plusDays(30));
    }
}
