package org.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Sentence;
import org.storyline.model.Token;

class SentenceJoinerTest {

    private static List<String> joined(SplitterOutput split) {
        return split.texts(SentenceJoiner.join(split.text(), split.sentences()));
    }

    @Test
    void falseBreakJoinsTheSentencesAroundIt() {
        SplitterOutput split = SplitterOutput.of("The new laptop has a 2.| 7GHz processor.| It ships today.");
        assertThat(joined(split)).containsExactly("The new laptop has a 2. 7GHz processor.", "It ships today.");
    }

    @Test
    void runOfFalseBreaksBecomesOneSentence() {
        SplitterOutput split = SplitterOutput.of("He averaged 14.| 4 points, 6.| 9 assists and 3.| 4 rebounds.| He retired.");
        assertThat(joined(split)).containsExactly("He averaged 14. 4 points, 6. 9 assists and 3. 4 rebounds.",
                "He retired.");
    }

    @Test
    void fragmentsAroundAFigureNeverStandAlone() {
        SplitterOutput split = SplitterOutput.of("She had a.| 357 magnum.| A loaded.| 38 was found too.");
        assertThat(joined(split)).containsExactly("She had a. 357 magnum.", "A loaded. 38 was found too.");
    }

    @Test
    void realSentenceEndsAreKept() {
        SplitterOutput split = SplitterOutput.of("He scored 12.| He moved to the U. S.| Acme Co. agreed.| 2009 was worse.");
        assertThat(joined(split)).isEqualTo(split.texts());
    }

    @Test
    void sentencesOfDifferentParagraphsAreNeverJoined() {
        SplitterOutput split = SplitterOutput.of("The price rose by 2.|\n\n7 dealers closed.|\n\n“Stop!”|\n\nshe said.");
        assertThat(split.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 2, 3);
        assertThat(joined(split)).isEqualTo(split.texts());
    }

    @Test
    void sentencesOnDifferentLinesAreNeverJoined() {
        SplitterOutput split = SplitterOutput.of("Step 1.|\n2 cups of flour.|\nmix well.");
        assertThat(split.sentences()).extracting(Sentence::paragraph).containsOnly(0);
        assertThat(joined(split)).isEqualTo(split.texts());
    }

    @Test
    void joinedSentenceSpansBothPartsAndKeepsEveryToken() {
        SplitterOutput split = SplitterOutput.of("It hit.| A magnitude 6.| 1 quake followed.| Ten died.");
        List<Sentence> out = SentenceJoiner.join(split.text(), split.sentences());
        Sentence first = split.sentences().get(1);
        Sentence second = split.sentences().get(2);
        Sentence joined = out.get(1);
        assertThat(joined.start()).isEqualTo(first.start());
        assertThat(joined.end()).isEqualTo(second.end());
        assertThat(joined.paragraph()).isEqualTo(first.paragraph());
        assertThat(joined.tokens()).extracting(Token::text)
                .containsExactly("A", "magnitude", "6", ".", "1", "quake", "followed", ".");
        assertThat(joined.tokens()).containsSubsequence(first.tokens()).containsSubsequence(second.tokens());
    }

    @Test
    void sentencesAreNumberedAgainInOrder() {
        SplitterOutput split = SplitterOutput.of("It hit.| A magnitude 6.| 1 quake followed.| Ten died.| It was 2.| 5 km deep.");
        assertThat(SentenceJoiner.join(split.text(), split.sentences())).extracting(Sentence::index)
                .containsExactly(0, 1, 2, 3);
    }

    @Test
    void noSentencesGiveNoSentences() {
        assertThat(SentenceJoiner.join("", List.of())).isEmpty();
    }
}
