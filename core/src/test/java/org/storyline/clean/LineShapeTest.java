package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineShapeTest {

    @Test
    void countsOnlyTokensWithLettersOrDigits() {
        assertThat(LineShape.words("  Allies pledge – 40 billion  ")).isEqualTo(4);
    }

    @Test
    void sentencePunctuationBeforeClosingQuoteCounts() {
        assertThat(LineShape.endsWithPunctuation("He said “yes.”")).isTrue();
        assertThat(LineShape.endsWithPunctuation("Why?")).isTrue();
        assertThat(LineShape.endsWithPunctuation("What he said:")).isTrue();
        assertThat(LineShape.endsWithPunctuation("\"It is the charm. \"")).isTrue();
        assertThat(LineShape.endsWithPunctuation("“More committed than ever”")).isFalse();
        assertThat(LineShape.endsWithPunctuation("Not ready ")).isFalse();
    }

    @Test
    void recognisesDashLedSpeech() {
        assertThat(LineShape.dashLed("– We are ready, said the minister.")).isTrue();
        assertThat(LineShape.dashLed("— Yes")).isTrue();
        assertThat(LineShape.dashLed("Yes – no")).isFalse();
    }

    @Test
    void foldsWhitespace() {
        assertThat(LineShape.folded("  a \t b\u00a0 c  ")).isEqualTo("a b c");
    }
}
