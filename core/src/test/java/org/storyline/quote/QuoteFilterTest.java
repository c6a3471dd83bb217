package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;
import org.storyline.testing.Tagged;

class QuoteFilterTest {

    /** Whether the first quote of one-paragraph {@code text} is a statement, without any tokens around it. */
    private static boolean statement(String text) {
        return QuoteFilter.isStatement(firstQuote(text), List.of(), text);
    }

    /** Whether the first quote of one-sentence {@code text}, tagged as {@code spec}, is a statement. */
    private static boolean statement(String text, String spec) {
        List<QuoteSpan> spans = QuoteSpanFinder.find(text, List.of(new Span(0, text.length())));
        SentenceTokens st = SentenceTokens.of(Tagged.sentence(text, spec), spans);
        return QuoteFilter.isStatement(spans.get(0), List.of(st), text);
    }

    private static QuoteSpan firstQuote(String text) {
        return QuoteSpanFinder.find(text, List.of(new Span(0, text.length()))).get(0);
    }

    @Test
    void fourWordsOrMoreAreAStatementWithoutAnyAttribution() {
        assertThat(statement("The banner read “never again shall we” in red letters.")).isTrue();
        assertThat(statement("The banner read “never again, we” in red letters.")).isFalse();
    }

    @Test
    void marksAndDashesAreNotWords() {
        assertThat(statement("The banner read “never – again – ever” in red letters.")).isFalse();
    }

    @Test
    void shortQuoteFollowedAtOnceByItsAttributionIsAStatement() {
        assertThat(statement("“Add up,” a second official said.",
                "“/`` Add/VB up/RP ,/, ”/'' a/DT second/JJ official/NN said/VBD/say ./.")).isTrue();
    }

    @Test
    void commaAfterTheClosingMarkCountsLikeOneInside() {
        assertThat(statement("“Add up”, a second official said.",
                "“/`` Add/VB up/RP ”/'' ,/, a/DT second/JJ official/NN said/VBD/say ./.")).isTrue();
    }

    @Test
    void invertedAttributionRightAfterAShortQuoteCounts() {
        assertThat(statement("“Never again,” said Berg.",
                "“/`` Never/RB again/RB ,/, ”/'' said/VBD/say Berg/NNP ./.")).isTrue();
    }

    @Test
    void shortQuoteAfterAVerbOfNamingIsAPartialQuote() {
        assertThat(statement("He called it “a disgrace” and said nothing more.",
                "He/PRP called/VBD/call it/PRP “/`` a/DT disgrace/NN ”/'' and/CC said/VBD/say nothing/NN more/JJR ./."))
                .isTrue();
    }

    @Test
    void shortQuoteOfCapitalisedWordsAfterAVerbOfNamingIsANameNotAPartialQuote() {
        assertThat(statement("He called himself “Lone Ranger” and said nothing more.",
                "He/PRP called/VBD/call himself/PRP “/`` Lone/NNP Ranger/NNP ”/'' and/CC said/VBD/say nothing/NN "
                        + "more/JJR ./.")).isFalse();
        assertThat(statement("He called it “Mercy” and said nothing more.",
                "He/PRP called/VBD/call it/PRP “/`` Mercy/NNP ”/'' and/CC said/VBD/say nothing/NN more/JJR ./."))
                .isTrue();
    }

    @Test
    void shortQuoteWithoutAnyVerbOfSayingIsAScareQuote() {
        assertThat(statement("He left the “green corridor” meeting early.",
                "He/PRP left/VBD/leave the/DT “/`` green/JJ corridor/NN ”/'' meeting/NN early/RB ./."))
                .isFalse();
    }

    @Test
    void shortQuoteWithACommaButNoReportingVerbIsNotAStatement() {
        assertThat(statement("The “green corridor,” the plan's core, failed.",
                "The/DT “/`` green/JJ corridor/NN ,/, ”/'' the/DT plan/NN 's/POS core/NN ,/, failed/VBD/fail ./."))
                .isFalse();
    }

    @Test
    void reportingVerbBeyondAShortSubjectDoesNotMakeAShortQuoteAStatement() {
        assertThat(statement("“Never again,” the deputy mayor of the town said.",
                "“/`` Never/RB again/RB ,/, ”/'' the/DT deputy/NN mayor/NN of/IN the/DT town/NN said/VBD/say ./."))
                .isFalse();
    }

    @Test
    void colonIntroducesAShortQuote() {
        assertThat(statement("A sign on the fence read: \"Thank you, firefighters.\"")).isTrue();
        assertThat(statement("A sign on the fence read:  «Merci»")).isTrue();
    }

    @Test
    void shortDashLedParagraphIsNotAStatementButALongerOneIs() {
        assertThat(statement("– Thank you all.")).isFalse();
        assertThat(statement("– Thank you all, firefighters.")).isTrue();
    }
}
