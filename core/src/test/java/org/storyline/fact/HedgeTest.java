package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HedgeTest {

    private static String before(String text, String number) {
        return Hedge.before(text, text.indexOf(number));
    }

    @Test
    void readsOneAndTwoWordHedges() {
        assertThat(before("nearly €21 billion", "€")).isEqualTo("nearly");
        assertThat(before("more than 20 billion", "20")).isEqualTo("more than");
        assertThat(before("some 30 countries", "30")).isEqualTo("about");
        assertThat(before("up to 5,000 troops", "5,000")).isEqualTo("up to");
        assertThat(before("committed 20.9 billion", "20.9")).isNull();
    }

    @Test
    void rangesAdmitValuesInside() {
        BigDecimal v = new BigDecimal("21");
        assertThat(Hedge.admits("nearly", v, new BigDecimal("20.9"))).isTrue();
        assertThat(Hedge.admits("nearly", v, new BigDecimal("21.5"))).isFalse();
        assertThat(Hedge.admits("about", v, new BigDecimal("22"))).isTrue();
        assertThat(Hedge.admits("more than", new BigDecimal("20"), new BigDecimal("20.9"))).isTrue();
        assertThat(Hedge.admits("less than", new BigDecimal("20"), new BigDecimal("20.9"))).isFalse();
    }
}
