package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Citation;
import org.storyline.model.FactKind;

class ValueAgreementTest {

    private static FactMention m(FactKind kind, String value, String text, String qualifier) {
        return new FactMention(kind, value, text, "aid", new Citation("a", 0, 1), 0, 1, qualifier);
    }

    private static boolean agree(FactKind kind, String v1, String t1, String h1, String v2, String t2, String h2) {
        return ValueAgreement.agree(m(kind, v1, t1, h1), m(kind, v2, t2, h2));
    }

    @Test
    void flatDifferentAmountsDisagreeHoweverClose() {
        assertThat(agree(FactKind.MONEY, "EUR 20900000000", "€20.9 billion", null,
                "EUR 21000000000", "€21 billion", null)).isFalse();
    }

    @Test
    void hedgedAmountAdmitsTheOtherValue() {
        assertThat(agree(FactKind.MONEY, "EUR 21000000000", "€21 billion", "nearly",
                "EUR 20900000000", "€20.9 billion", null)).isTrue();
        assertThat(agree(FactKind.MONEY, "EUR 20900000000", "€20.9 billion", null,
                "EUR 20000000000", "€20 billion", "more than")).isTrue();
        assertThat(agree(FactKind.MONEY, "EUR 25000000000", "€25 billion", null,
                "EUR 20000000000", "€20 billion", "nearly")).isFalse();
    }

    @Test
    void differentCurrenciesAreNeverCompared() {
        assertThat(agree(FactKind.MONEY, "EUR 21000000000", "€21 billion", null,
                "USD 23000000000", "$23 billion", null)).isTrue();
    }

    @Test
    void unitConversionWithinRoundingAgrees() {
        assertThat(agree(FactKind.QUANTITY, "500000 m", "500 km", null, "498896.64 m", "310 miles", null)).isTrue();
        assertThat(agree(FactKind.QUANTITY, "500000 m", "500 km", null, "643737.6 m", "400 miles", null)).isFalse();
        assertThat(agree(FactKind.DURATION, "PT48H", "48 hours", null, "P2D", "two days", null)).isTrue();
    }

    @Test
    void coarserDateContainingTheFinerAgrees() {
        assertThat(agree(FactKind.DATE, "2024-10", "October 2024", null, "2024-10-17", "October 17", null)).isTrue();
        assertThat(agree(FactKind.DATE, "2024-10-16", "Wednesday", null, "2024-10-17", "Thursday", null)).isFalse();
    }

    @Test
    void timeOfDayAgreesWithTheSameInstantAndIsNotComparedWithADay() {
        assertThat(agree(FactKind.DATE, "16:20Z", "1620 GMT", null, "2024-10-17T16:20Z", "6:20 PM (1620 GMT)", null))
                .isTrue();
        assertThat(agree(FactKind.DATE, "16:20Z", "1620 GMT", null, "2024-10-16", "Wednesday", null)).isTrue();
        assertThat(agree(FactKind.DATE, "16:20Z", "1620 GMT", null, "2024-10-17T17:20Z", "1720 GMT", null)).isFalse();
    }
}
