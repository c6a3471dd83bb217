package org.storyline.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

    private static final String TEXT = "“We will act,” Jane Roe said. “It is late,” an official said.";
    private static final Map<String, String> TEXTS = Map.of("001_abc", TEXT);

    private static FoundQuote found(String words, String speaker) {
        int start = TEXT.indexOf(words);
        return new FoundQuote("001_abc", start, start + words.length(), words, speaker);
    }

    @Test
    void quoteContainingTheGoldWordsMatches() {
        FoundQuote q = found("“We will act,”", "Jane Roe");
        assertThat(QuoteMatcher.match(new GoldQuote("001", "We will", "Jane Roe"), List.of(q), TEXTS)).contains(q);
    }

    @Test
    void quoteOverlappingTheGoldWordsMatchesThoughItsTextDiffers() {
        FoundQuote q = new FoundQuote("001_abc", TEXT.indexOf("It is"), TEXT.indexOf("late") + 4, "\"It is late\"", null);
        assertThat(QuoteMatcher.match(new GoldQuote("001", "It is late", "anon:an official"), List.of(q), TEXTS))
                .contains(q);
    }

    @Test
    void quoteOfAnotherArticleDoesNotMatch() {
        FoundQuote q = new FoundQuote("002_def", 1, 12, "We will act", "Jane Roe");
        assertThat(QuoteMatcher.match(new GoldQuote("001", "We will", "Jane Roe"), List.of(q), TEXTS)).isEmpty();
    }

    @Test
    void exactJudgeNeedsTheSameLabel() {
        GoldQuote gold = new GoldQuote("001", "It is late", "anon:an official");
        assertThat(QuoteMatcher.judgeExact(gold, Optional.of(found("It is late", "anon:an official"))))
                .isEqualTo(Verdict.RIGHT);
        assertThat(QuoteMatcher.judgeExact(gold, Optional.of(found("It is late", "Jane Roe")))).isEqualTo(Verdict.WRONG);
        assertThat(QuoteMatcher.judgeExact(gold, Optional.of(found("It is late", null)))).isEqualTo(Verdict.NO_SPEAKER);
        assertThat(QuoteMatcher.judgeExact(gold, Optional.empty())).isEqualTo(Verdict.MISSING);
    }

    @Test
    void lastWordJudgeAcceptsSurnameIgnoringCaseAccentsAndPossessive() {
        GoldQuote gold = new GoldQuote("001", "We will", "Jūratė Roe");
        assertThat(QuoteMatcher.judgeLastWord(gold, Optional.of(found("We will", "ROE's")))).isEqualTo(Verdict.RIGHT);
        assertThat(QuoteMatcher.judgeLastWord(gold, Optional.of(found("We will", "he")))).isEqualTo(Verdict.WRONG);
    }

    @Test
    void unknownGoldSpeakerIsRightOnlyWithoutASpeaker() {
        GoldQuote gold = new GoldQuote("001", "We will", GoldQuote.UNKNOWN);
        assertThat(QuoteMatcher.judgeLastWord(gold, Optional.of(found("We will", null)))).isEqualTo(Verdict.RIGHT);
        assertThat(QuoteMatcher.judgeLastWord(gold, Optional.of(found("We will", "Roe")))).isEqualTo(Verdict.WRONG);
    }
}
