package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.entity.Gender;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.quote.AttributedQuote;
import org.storyline.quote.Speaker;
import org.storyline.testing.Corpus;

class SentenceFilterTest {

    private static final Speaker BERG = new Speaker("Anna Berg", false, "union leader", true, Gender.FEMALE, null);
    private static final Speaker SOURCE = new Speaker(null, true, "a union official", true, Gender.UNKNOWN, "official");

    /** The first sentence of {@code text}, annotated by CoreNLP. */
    private static Sentence sentence(String text) {
        return Corpus.annotator().annotate(text, List.of(new Span(0, text.length()))).get(0);
    }

    private static boolean eligible(String text) {
        return SentenceFilter.eligible(sentence(text), text, List.of());
    }

    /** Whether {@code text} is eligible with a quote of {@code words} (found in it) by {@code speaker}. */
    private static boolean eligibleWithQuote(String text, String words, Speaker speaker) {
        int start = text.indexOf(words);
        AttributedQuote q = new AttributedQuote("a", start, start + words.length(), words, speaker);
        return SentenceFilter.eligible(sentence(text), text, List.of(q));
    }

    @Test
    void fullSentenceWithAVerbStandsAlone() {
        assertThat(eligible("Dock workers in Rotterdam began a three-day strike on Monday.")).isTrue();
    }

    @Test
    void sentenceOfFewerThanEightWordsIsTooShort() {
        assertThat(eligible("Dock workers began a strike on Monday.")).isFalse();
    }

    @Test
    void sentenceOfMoreThanSixtyWordsIsTooLong() {
        String text = "The strike affected workers in " + "the north and the south and ".repeat(12) + "the east.";
        assertThat(eligible(text)).isFalse();
    }

    @Test
    void fragmentWithoutFinalPunctuationIsNotASentence() {
        assertThat(eligible("Dock workers in Rotterdam began a three-day strike on Monday")).isFalse();
    }

    @Test
    void sentencePointingBackToAnEarlierOneCannotStandAlone() {
        assertThat(eligible("The union president is expected at the port talks, which begin on the same day.")).isFalse();
        assertThat(eligible("The latter had warned the harbour authority about the strike in March.")).isFalse();
    }

    @Test
    void sentenceWithoutAVerbIsNotASentence() {
        assertThat(eligible("A new record for the port of Rotterdam in the first quarter of the year.")).isFalse();
    }

    @Test
    void personNamedOnlyByPronounBeforeAnyNameLacksItsReferent() {
        assertThat(eligible("There he will present his plan to the heads of state and government.")).isFalse();
        assertThat(eligible("On Monday, she told the union that the talks would resume.")).isFalse();
        assertThat(eligible("On Monday, Anna Berg told the union that she expects the talks to resume.")).isTrue();
    }

    @Test
    void sentenceOpeningWithAPronounLacksItsReferent() {
        assertThat(eligible("He said the talks would resume in The Hague on Thursday.")).isFalse();
        assertThat(eligible("They said the talks would resume in The Hague on Thursday.")).isFalse();
    }

    @Test
    void demonstrativePronounBeforeAVerbLacksItsReferentButADeterminerDoesNot() {
        assertThat(eligible("This is the first strike at the port since the summer of 2002.")).isFalse();
        assertThat(eligible("This strike is the first at the port since the summer of 2002.")).isTrue();
    }

    @Test
    void dashLedDirectSpeechIsNotASummarySentence() {
        assertThat(eligible("– We will stay out until the employers listen to us, said Berg.")).isFalse();
    }

    @Test
    void quoteOfANamedSpeakerNamedInTheSentenceMayStand() {
        String text = "Union leader Anna Berg said the workers would “stay out until the employers listen.”";
        assertThat(eligibleWithQuote(text, "stay out until the employers listen.", BERG)).isTrue();
    }

    @Test
    void quoteWithoutAKnownSpeakerMayNotStand() {
        String text = "The banner on the gate read “we stay out until the employers listen” in red.";
        assertThat(eligibleWithQuote(text, "we stay out until the employers listen", Speaker.UNKNOWN)).isFalse();
    }

    @Test
    void quoteOfAnUnnamedSourceMayNotStand() {
        String text = "A union official said the workers would “stay out until the employers listen.”";
        assertThat(eligibleWithQuote(text, "stay out until the employers listen.", SOURCE)).isFalse();
    }

    @Test
    void quoteWhoseSpeakerIsNamedOnlyInsideTheQuoteOrByAPronounMayNotStand() {
        String text = "“Berg will never give in to the employers,” she told the crowd at the gate.";
        assertThat(eligibleWithQuote(text, "Berg will never give in to the employers,", BERG)).isFalse();
    }

    @Test
    void quoteRunningBeyondTheSentenceMayNotStand() {
        String text = "Union leader Anna Berg said the workers would “stay out until the employers listen. We mean it.”";
        assertThat(sentence(text).text(text)).endsWith("listen.");
        assertThat(eligibleWithQuote(text, "stay out until the employers listen. We mean it.", BERG)).isFalse();
    }

    @Test
    void quoteOfAnotherSentenceDoesNotMatter() {
        String text = "Dock workers in Rotterdam began a three-day strike on Monday. “We stay out,” someone said.";
        int start = text.indexOf("We stay");
        AttributedQuote q = new AttributedQuote("a", start, start + 11, "We stay out", Speaker.UNKNOWN);
        assertThat(SentenceFilter.eligible(sentence(text), text, List.of(q))).isTrue();
    }
}
