package org.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FalseBreakTest {

    /** Why the one break in {@code split} is not a sentence end, if it is not. */
    private static Optional<FalseBreak> reason(SplitterOutput split) {
        assertThat(split.sentences()).hasSize(2);
        return SentenceJoiner.falseBreak(split.text(), split.sentences().get(0), split.sentences().get(1));
    }

    private static Optional<FalseBreak> reason(String marked) {
        return reason(SplitterOutput.of(marked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The laptop has a 2.| 7GHz processor.", "A magnitude 6.| 1 quake hit the coast.",
        "Shares fell 4.| 5 percent.", "The suit sold for $1.| 2 million.", "The 6.| 1-magnitude quake hit.",
        "It hit at 9.| 25 am."})
    void figureSplitAtItsDecimalPointIsOneSentence(String marked) {
        assertThat(reason(marked)).contains(FalseBreak.DECIMAL_POINT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police said he had a.| 357 Magnum in the car.", "Police said he had a .| 38 caliber gun.",
        "A loaded.| 38-caliber revolver was found.", "The hearing is set for Jan.| 5 in Atlanta.",
        "He had a record of 56-26 (.| 683) that year.", "Her blood alcohol content was.| 09 percent.",
        "The officers lost to then-No.| 1 Duke."})
    void figureAfterAFullStopIsOneSentence(String marked) {
        assertThat(reason(marked)).contains(FalseBreak.FIGURE_OPENING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The plant closed in May.| 2009 was worse.", "It opened in 1998.| 2009 was worse.",
        "Times changed.| 1990s music is back.", "Sales fell.| 3M said it would cut jobs.",
        "He scored 12.| He then left.", "He asked for 20?| 30 came."})
    void yearOrNameMayOpenASentence(String marked) {
        assertThat(reason(marked)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"He works for the U.| S. Geological Survey.", "She told an L.| A. Superior Court judge."})
    void initialFollowedByAnotherInitialIsOneSentence(String marked) {
        assertThat(reason(marked)).contains(FalseBreak.INITIALS);
        assertThat(reason(SplitterOutput.withAttachedStops(marked))).contains(FalseBreak.INITIALS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He moved to the U. S.| He left in May.", "They live in Bountiful, B. C.| Police said so."})
    void initialBeforeACapitalisedWordMayEndASentence(String marked) {
        assertThat(reason(marked)).isEmpty();
        assertThat(reason(SplitterOutput.withAttachedStops(marked))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Police Const.| Ann Fielding said the man fled.", "said county Dist.| Atty. Jane Roe.",
        "The report went to Sgt.| Ann Lee."})
    void titleBeforeANameIsOneSentence(String marked) {
        assertThat(reason(marked)).contains(FalseBreak.TITLE_BEFORE_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He works for Acme Inc.| He joined in May.", "She lives on Main St.| Her house burned.",
        "He is Tom Smith Jr.| His father is Tom.",
        "She works as a sales rep.| Her boss left."})
    void abbreviationThatMayEndASentenceKeepsTheBreak(String marked) {
        assertThat(reason(marked)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"It was first reported by TMZ.| com, the site said.", "He left at 9 a.| m. on Monday.",
        "“Stop!”| she shouted.", "“Why not?”| asked the mayor."})
    void lowerCaseOpeningIsOneSentence(String marked) {
        assertThat(reason(marked)).contains(FalseBreak.LOWER_CASE_OPENING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Apple cut prices.| iPhone sales rose.", "The site was sold.| eBay bought it."})
    void nameWithACapitalInsideMayOpenASentence(String marked) {
        assertThat(reason(marked)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"“Nothing bad will happen.| ”", "It was over.| .", "”| The police came."})
    void sentenceOfPunctuationAloneIsNotASentence(String marked) {
        assertThat(reason(marked)).contains(FalseBreak.PUNCTUATION_ONLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rep. Nick Rahall (D-W.| Va.) called it a disgrace.", "Acme (Nasdaq: ACME Inc.| A) fell."})
    void breakInsideAShortParenthesisIsOneSentence(String marked) {
        assertThat(reason(marked)).contains(FalseBreak.UNCLOSED_PARENTHESIS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He left (for good.| He never came back to town after that) on Monday.",
        "It rose (see below.| The table (left) shows it.)"})
    void parenthesisThatDoesNotCloseSoonStaysABreak(String marked) {
        assertThat(reason(marked)).isEmpty();
    }
}
