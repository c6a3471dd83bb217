package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyFinderTest {

    private final MoneyFinder finder = new MoneyFinder();

    private List<String> values(String text) {
        return TestArticles.values(finder, text);
    }

    private Candidate only(String text) {
        List<Candidate> found = finder.find(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void symbolBeforeAmountWithScaleWord() {
        assertThat(values("NATO set a €40 billion goal.")).containsExactly("EUR 40000000000");
    }

    @Test
    void currencyWordAfterAmountGivesSameValueAsSymbol() {
        assertThat(values("a promise of 40 billion euros to Ukraine")).containsExactly("EUR 40000000000");
    }

    @Test
    void isoCodeWithAbbreviatedScale() {
        assertThat(values("EUR 40bn was pledged")).containsExactly("EUR 40000000000");
    }

    @Test
    void decimalAmountIsWrittenInFull() {
        assertThat(values("allies committed €20.9 billion")).containsExactly("EUR 20900000000");
    }

    @Test
    void dollarTrillionsSpelledOrAbbreviated() {
        assertThat(values("a $1.2 trillion budget and a $1.2tn deficit"))
                .containsExactly("USD 1200000000000", "USD 1200000000000");
    }

    @Test
    void poundsWithGluedMillionAbbreviation() {
        assertThat(values("a £300m contract")).containsExactly("GBP 300000000");
    }

    @Test
    void usDollarPrefixWinsOverBareDollarSign() {
        Candidate money = only("worth US$5 million");
        assertThat(money.value()).isEqualTo("USD 5000000");
        assertThat(money.start()).isEqualTo("worth ".length());
    }

    @Test
    void thousandsSeparatorsAreDropped() {
        assertThat(values("fined 5,000 dollars")).containsExactly("USD 5000");
    }

    @Test
    void poundsWithoutScaleAreNotMoney() {
        assertThat(values("the parcel weighed 10 pounds")).isEmpty();
        assertThat(values("a 300 million pounds deal")).containsExactly("GBP 300000000");
    }

    @Test
    void scaleAbbreviationNeedsWordEnd() {
        assertThat(values("$5 more")).containsExactly("USD 5");
    }

    @Test
    void subjectIsNounPhraseAfterIn() {
        assertThat(only("committed €20.9 billion in military assistance to Ukraine").subject())
                .isEqualTo("military assistance");
    }

    @Test
    void subjectDropsFrameNoun() {
        assertThat(only("a €40 billion military aid goal for Ukraine").subject()).isEqualTo("military aid");
    }

    @Test
    void noSubjectWhenNoNounPhraseFollows() {
        assertThat(only("its promise of 40 billion euros to Ukraine this year").subject()).isNull();
        assertThat(only("it costs $5 million.").subject()).isNull();
    }

    @Test
    void everyWrittenFormOfOneAmountGivesOneValue() {
        assertThat(values("€40 billion; 40 billion euros; EUR 40bn; EUR 40,000 million"))
                .containsOnly("EUR 40000000000").hasSize(4);
        assertThat(values("$1.2 trillion; 1.2 trillion dollars; US$1,200 billion; USD 1.2tn"))
                .containsOnly("USD 1200000000000").hasSize(4);
    }

    @Test
    void gluedMillionAfterUsDollarAndSpelledMillionPounds() {
        assertThat(values("US$5m and £3.5 million")).containsExactly("USD 5000000", "GBP 3500000");
    }
}
