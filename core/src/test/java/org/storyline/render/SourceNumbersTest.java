package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNumbersTest {

    private final SourceNumbers numbers = new SourceNumbers(List.of(
            Fixtures.article("a", "A", "Ta", "x"), Fixtures.article("b", "B", "Tb", "y"),
            Fixtures.article("c", "C", "Tc", "z")));

    @Test
    void articlesAreNumberedFromOneInListOrder() {
        assertThat(numbers.number("a")).isEqualTo(1);
        assertThat(numbers.number("c")).isEqualTo(3);
        assertThat(numbers.number("zzz")).isZero();
    }

    @Test
    void markersAreDistinctAndAscendingWhateverTheCitationOrder() {
        assertThat(numbers.markers(List.of("c", "a", "c"))).isEqualTo("[1][3]");
        assertThat(numbers.trailingMarkers(List.of("b"))).isEqualTo(" [2]");
        assertThat(numbers.trailingMarkers(List.of())).isEmpty();
    }

    @Test
    void unknownArticleIsShownByItsIdAfterTheNumbers() {
        assertThat(numbers.markers(List.of("lost_one", "b"))).isEqualTo("[2][lost\\_one]");
    }

    @Test
    void supportCountsDistinctArticlesOfAllInTheStory() {
        assertThat(numbers.support(List.of("a", "a", "c"))).isEqualTo("2 of 3");
    }
}
