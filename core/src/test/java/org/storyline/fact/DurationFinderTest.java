package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DurationFinderTest {

    private final DurationFinder finder = new DurationFinder();

    private List<String> values(String text) {
        return TestArticles.values(finder, text);
    }

    @Test
    void yearsAndMonthsAsIsoPeriods() {
        assertThat(values("for two and a half years")).containsExactly("P2Y6M");
        assertThat(values("six months of talks")).containsExactly("P6M");
        assertThat(values("a year and a half")).isEmpty();
        assertThat(values("for a year and a half")).containsExactly("P1Y6M");
        assertThat(values("half a year")).containsExactly("P6M");
    }

    @Test
    void decadesAndCenturiesNeedNoLeadWord() {
        assertThat(values("a decade of war, two centuries")).containsExactly("P10Y", "P200Y");
    }

    @Test
    void daysWeeksHoursMinutes() {
        assertThat(values("for three days, two weeks, 48 hours, 90 minutes"))
                .containsExactly("P3D", "P14D", "PT48H", "PT1H30M");
    }

    @Test
    void hyphenatedDurationIsOne() {
        assertThat(values("a 10-year plan")).containsExactly("P10Y");
    }

    @Test
    void agesAreNotDurations() {
        assertThat(values("a 33-year-old soldier, 33 years old")).isEmpty();
    }

    @Test
    void pointsInTimeAreNotDurations() {
        assertThat(values("two and a half years ago; one day later; a week earlier")).isEmpty();
        assertThat(values("the rule takes effect nine days before the inauguration, three days after the vote")).isEmpty();
    }

    @Test
    void articleWithoutLeadWordIsNoDuration() {
        assertThat(values("twice a year, once a day, it would one day join")).isEmpty();
        assertThat(values("for one day")).containsExactly("P1D");
    }
}
