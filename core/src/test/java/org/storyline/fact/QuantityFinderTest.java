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
    void abbreviatedAndSpelledUnitsGiveTheSameBaseValue() {
        assertThat(values("a range of 500 km, or 500 kilometres")).containsExactly("500000 m", "500000 m");
    }

    @Test
    void tonnesWithNumberWord() {
        assertThat(values("ten tonnes of grain and 10 tonnes of rice")).containsExactly("10000 kg", "10000 kg");
    }

    @Test
    void hyphenatedAndScaledQuantities() {
        assertThat(values("a 1,000-km missile carrying 1.5 million barrels"))
                .containsExactly("1000000 m", "238480.9424 m3");
    }

    @Test
    void milesAreConvertedToMetres() {
        assertThat(values("310 miles")).containsExactly("498896.64 m");
    }

    @Test
    void phraseAfterQuantityIsItsSubject() {
        assertThat(finder.find("a 500 km range")).extracting(Candidate::subject).containsExactly("range");
    }

    @Test
    void unitMustBeAWholeWord() {
        assertThat(values("5 kmh? 5 kgs")).isEmpty();
    }
}
