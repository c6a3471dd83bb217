package org.storyline.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void sentenceEndsAtFullStopAndLineBreak() {
        String text = "First one. Second one here.\nThird one";
        assertThat(Sentences.textAround(text, text.indexOf("here"))).isEqualTo("Second one here.");
        assertThat(Sentences.textAround(text, text.indexOf("Third"))).isEqualTo("Third one");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        String text = "The U.S. envoy met Gen. Smith on Oct. 17. Next.";
        assertThat(Sentences.textAround(text, text.indexOf("envoy"))).isEqualTo("The U.S. envoy met Gen. Smith on Oct. 17.");
    }

    @Test
    void closingQuoteAfterStopEndsSentence() {
        String text = "He said “we will.” Then left.";
        assertThat(Sentences.textAround(text, 0)).isEqualTo("He said “we will.”");
    }
}
