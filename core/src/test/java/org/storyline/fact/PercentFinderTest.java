package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PercentFinderTest {

    private final PercentFinder finder = new PercentFinder();

    private List<String> values(String text) {
        return TestArticles.values(finder, text);
    }

    @Test
    void signPercentAndPerCentAllNormaliseToSign() {
        assertThat(values("spend 2% of GDP, 2 percent of output, 2 per cent of income"))
                .containsExactly("2%", "2%", "2%");
    }

    @Test
    void decimalsAndNumberWords() {
        assertThat(values("up 2.50 percent, down two per cent")).containsExactly("2.5%", "2%");
    }

    @Test
    void percentageIsNotPercent() {
        assertThat(values("2 percentage points")).isEmpty();
    }

    @Test
    void citesNumberAndSign() {
        Candidate c = finder.find("rose 3.5 % in May").get(0);
        assertThat("rose 3.5 % in May".substring(c.start(), c.end())).isEqualTo("3.5 %");
    }

    @Test
    void everyWrittenFormOfTwelvePercentIsOneValue() {
        assertThat(values("12%, 12 percent, 12 per cent, 12.0%")).containsExactly("12%", "12%", "12%", "12%");
    }
}
