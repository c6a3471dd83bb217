package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void digitsWordsAndScales() {
        assertThat(Numbers.plain(Numbers.value("20.9", "billion"))).isEqualTo("20900000000");
        assertThat(Numbers.plain(Numbers.value("5,000", null))).isEqualTo("5000");
        assertThat(Numbers.plain(Numbers.value("Twenty-five", "m"))).isEqualTo("25000000");
        assertThat(Numbers.plain(Numbers.value("1.2", "tn"))).isEqualTo("1200000000000");
    }

    @Test
    void plainHasNoExponentOrTrailingZeros() {
        assertThat(Numbers.plain(new BigDecimal("4E+10"))).isEqualTo("40000000000");
        assertThat(Numbers.plain(new BigDecimal("2.50"))).isEqualTo("2.5");
    }

    @Test
    void badScaleIsNamed() {
        assertThatThrownBy(() -> Numbers.multiplier("gazillion")).hasMessageContaining("gazillion");
    }

    @Test
    void fourDigitNumbersInRangeLookLikeYears() {
        assertThat(Numbers.looksLikeYear("1997")).isTrue();
        assertThat(Numbers.looksLikeYear("2,024")).isFalse();
        assertThat(Numbers.looksLikeYear("3000")).isFalse();
    }
}
