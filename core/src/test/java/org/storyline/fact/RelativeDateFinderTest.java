package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeDateFinderTest {

    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.parse("2024-10-17");

    private final RelativeDateFinder finder = new RelativeDateFinder();

    private List<String> values(String text) {
        return finder.find(text, THURSDAY).stream()
                .sorted(java.util.Comparator.comparingInt(Candidate::start)).map(Candidate::value).toList();
    }

    @Test
    void pastTenseWeekdayIsTheLatestOnOrBeforePublication() {
        assertThat(values("Rutte said on Wednesday that aid was coming.")).containsExactly("2024-10-16");
        assertThat(values("Ministers met this Thursday.")).containsExactly("2024-10-17");
    }

    @Test
    void futureWeekdayIsTheFirstOnOrAfterPublication() {
        assertThat(values("Zelensky will present his plan on Monday.")).containsExactly("2024-10-21");
        assertThat(values("NATO is set to meet this Thursday.")).containsExactly("2024-10-17");
        assertThat(values("The decision is expected on Wednesday.")).containsExactly("2024-10-23");
    }

    @Test
    void lastAndNextPointStrictlyBeforeOrAfterWhateverTheTense() {
        assertThat(values("Allies agree to act next Thursday; they said so last Friday."))
                .containsExactly("2024-10-24", "2024-10-11");
    }

    @Test
    void nearestTenseMarkerInTheClauseDecides() {
        assertThat(values("Rutte said the hub will open on Monday.")).containsExactly("2024-10-21");
        assertThat(values("He said Wednesday he was confident.")).containsExactly("2024-10-16");
    }

    @Test
    void frontedWeekdayTakesTheTenseOfTheMainClause() {
        assertThat(values("On Wednesday, NATO leader Mark Rutte announced plans.")).containsExactly("2024-10-16");
    }

    @Test
    void unclearTenseIsSkipped() {
        assertThat(values("This is not what he had hoped for as he prepares for a trip on Thursday.")).isEmpty();
        assertThat(values("Ministers meet on Friday.")).isEmpty();
    }

    @Test
    void yesterdayTodayTomorrow() {
        assertThat(values("Yesterday ministers met; today they talk; tomorrow they leave."))
                .containsExactly("2024-10-16", "2024-10-17", "2024-10-18");
    }

    @Test
    void monthsAndYearsAroundPublication() {
        assertThat(values("elections next month, a plan last month, aid this year, talks next year"))
                .containsExactly("2024-11", "2024-09", "2024", "2025");
    }

    @Test
    void daysWithoutYearTakeTheNearestYear() {
        assertThat(values("on October 17 and on 17 Oct, then on January 3")).containsExactly(
                "2024-10-17", "2024-10-17", "2025-01-03");
    }

    @Test
    void monthAfterPrepositionTakesTheNearestYear() {
        assertThat(values("the summit in July; office in January")).containsExactly("2024-07", "2025-01");
    }

    @Test
    void datesWithYearAreLeftToTheDateFinder() {
        assertThat(values("on October 17, 2024 and 17 October 2024")).isEmpty();
    }

    @Test
    void withoutPublicationDateNothingIsGuessed() {
        assertThat(finder.find("Ministers met on Wednesday, yesterday, October 17.", null)).isEmpty();
    }
}
