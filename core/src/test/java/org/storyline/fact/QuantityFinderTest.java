package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    private List<String> values(String text) {
        return TestArticles.values(finder, text);
    }

    @Test
    void abbreviatedAndSpelledUnitsShareCanonicalUnit() {
        assertThat(values("a range of 500 km, or 500 kilometres")).containsExactly("500 km", "500 km");
    }

    @Test
    void tonnesWithNumberWord() {
        assertThat(values("ten tonnes of grain and 10 tonnes of rice")).containsExactly("10 tonnes", "10 tonnes");
    }

    @Test
    void hyphenatedAndScaledQuantities() {
        assertThat(values("a 1,000-km missile carrying 1.5 million barrels"))
                .containsExactly("1000 km", "1500000 barrels");
    }

    @Test
    void unitMustBeAWholeWord() {
        assertThat(values("5 kmh? 5 kgs")).isEmpty();
    }
}
