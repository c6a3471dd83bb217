package org.storyline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Token;
import org.storyline.testing.Tagged;

class NounPhraseTest {

    /** Tokens of a text with the tokens at indexes {@code quoted} marked as standing inside quotes. */
    private record Tokens(String text, List<Token> tokens, boolean[] quoted) {

        static Tokens of(String text, String spec, int... quoted) {
            List<Token> t = Tagged.tokens(text, spec);
            boolean[] mask = new boolean[t.size()];
            for (int i : quoted) {
                mask[i] = true;
            }
            return new Tokens(text, t, mask);
        }

        String left(int verb) {
            return words(NounPhrase.leftOf(tokens, verb, quoted));
        }

        String right(int verb) {
            return words(NounPhrase.rightOf(tokens, verb, quoted));
        }

        private String words(NounPhrase np) {
            return np.isEmpty() ? "" : text.substring(tokens.get(np.from()).start(), tokens.get(np.to() - 1).end());
        }
    }

    @Test
    void subjectIsTheNounPhraseRightBeforeTheVerb() {
        Tokens t = Tokens.of("The talks ended and a senior NATO diplomat said",
                "The/DT talks/NNS ended/VBD/end and/CC a/DT senior/JJ NATO/NNP diplomat/NN said/VBD/say");
        assertThat(t.left(8)).isEqualTo("a senior NATO diplomat");
    }

    @Test
    void subjectStartsAtItsDeterminer() {
        Tokens t = Tokens.of("On Monday a senior NATO diplomat said",
                "On/IN Monday/NNP a/DT senior/JJ NATO/NNP diplomat/NN said/VBD/say");
        assertThat(t.left(6)).isEqualTo("a senior NATO diplomat");
    }

    @Test
    void adverbsBetweenSubjectAndVerbAreSkipped() {
        Tokens t = Tokens.of("the minister also later said", "the/DT minister/NN also/RB later/RB said/VBD/say");
        assertThat(t.left(4)).isEqualTo("the minister");
    }

    @Test
    void pronounIsASubjectOfItsOwn() {
        Tokens t = Tokens.of("Then she said", "Then/RB she/PRP said/VBD/say");
        assertThat(t.left(2)).isEqualTo("she");
    }

    @Test
    void possessiveBelongsToThePhrase() {
        Tokens t = Tokens.of("Norway's prime minister said", "Norway/NNP 's/POS prime/JJ minister/NN said/VBD/say");
        assertThat(t.left(4)).isEqualTo("Norway's prime minister");
    }

    @Test
    void appositiveThatNamesAPersonIsTheSubject() {
        Tokens t = Tokens.of("The minister, Anna Berg, said",
                "The/DT minister/NN ,/, Anna/NNP/_/PERSON Berg/NNP/_/PERSON ,/, said/VBD/say");
        assertThat(t.left(6)).isEqualTo("Anna Berg");
    }

    @Test
    void appositiveWithoutAPersonGivesThePhraseBeforeIt() {
        Tokens t = Tokens.of("Anna Berg, the minister, said",
                "Anna/NNP/_/PERSON Berg/NNP/_/PERSON ,/, the/DT minister/NN ,/, said/VBD/say");
        assertThat(t.left(6)).isEqualTo("Anna Berg");
    }

    @Test
    void twoAppositivesInARowGiveThePersonBeforeThem() {
        Tokens t = Tokens.of("Omar Lamrani, an analyst at Stratfor, the intelligence firm, told",
                "Omar/NNP/_/PERSON Lamrani/NNP/_/PERSON ,/, an/DT analyst/NN at/IN Stratfor/NNP/_/ORGANIZATION ,/, "
                        + "the/DT intelligence/NN firm/NN ,/, told/VBD/tell");
        assertThat(t.left(12)).isEqualTo("Omar Lamrani");
    }

    @Test
    void partyLabelBeforeAnAppositiveIsSkipped() {
        Tokens t = Tokens.of("Rep. Rob Adler (R-AL), ranking member, pushed",
                "Rep./NNP Rob/NNP/_/PERSON Adler/NNP/_/PERSON (/-LRB- R-AL/NNP )/-RRB- ,/, ranking/JJ member/NN ,/, "
                        + "pushed/VBD/push");
        assertThat(t.left(10)).isEqualTo("Rep. Rob Adler");
    }

    @Test
    void auxiliaryBetweenSubjectAndVerbIsSkipped() {
        Tokens t = Tokens.of("Howard Gleckman has written",
                "Howard/NNP/_/PERSON Gleckman/NNP/_/PERSON has/VBZ/have written/VBN/write");
        assertThat(t.left(3)).isEqualTo("Howard Gleckman");
    }

    @Test
    void capitalisedAdverbRightBeforeTheVerbIsANameTheTaggerMissed() {
        Tokens t = Tokens.of("the platform, Early says", "the/DT platform/NN ,/, Early/RB says/VBZ/say");
        assertThat(t.left(4)).isEqualTo("Early");
        Tokens lower = Tokens.of("Berg also says", "Berg/NNP/_/PERSON also/RB says/VBZ/say");
        assertThat(lower.left(2)).isEqualTo("Berg");
    }

    @Test
    void capitalisedWordTaggedAsAVerbBeforeAFiniteVerbIsTheSubject() {
        Tokens t = Tokens.of("Felt wrote that", "Felt/VBD/feel wrote/VBD/write that/IN");
        assertThat(t.left(1)).isEqualTo("Felt");
    }

    @Test
    void commaWithoutAnAppositiveLeavesNoSubject() {
        Tokens t = Tokens.of("In the end, said", "In/IN the/DT end/NN ,/, said/VBD/say");
        assertThat(t.left(4)).isEmpty();
    }

    @Test
    void verbAtTheStartHasNoSubjectToTheLeft() {
        Tokens t = Tokens.of("said Berg", "said/VBD/say Berg/NNP");
        assertThat(t.left(0)).isEmpty();
        assertThat(NounPhrase.leftOf(t.tokens(), 0, t.quoted()).isEmpty()).isTrue();
    }

    @Test
    void quotedWordsNeverBelongToTheSubject() {
        Tokens t = Tokens.of("“Peace talks” Berg said", "“/`` Peace/NN talks/NNS ”/'' Berg/NNP said/VBD/say", 0, 1, 2, 3);
        assertThat(t.left(5)).isEqualTo("Berg");
        Tokens u = Tokens.of("“Peace talks” said Berg", "“/`` Peace/NN talks/NNS ”/'' said/VBD/say Berg/NNP", 0, 1, 2, 3);
        assertThat(u.left(4)).isEmpty();
        Tokens v = Tokens.of("said “Peace talks”", "said/VBD/say “/`` Peace/NN talks/NNS ”/''", 1, 2, 3, 4);
        assertThat(v.right(0)).isEmpty();
    }

    @Test
    void invertedSubjectStopsBeforeAPreposition() {
        Tokens t = Tokens.of("says Berg to NTB", "says/VBZ/say Berg/NNP to/TO NTB/NNP");
        assertThat(t.right(0)).isEqualTo("Berg");
    }

    @Test
    void invertedSubjectTakesTheWholeNounPhrase() {
        Tokens t = Tokens.of("said the chief negotiator Pedro Alvarez on Monday",
                "said/VBD/say the/DT chief/JJ negotiator/NN Pedro/NNP Alvarez/NNP on/IN Monday/NNP");
        assertThat(t.right(0)).isEqualTo("the chief negotiator Pedro Alvarez");
    }

    @Test
    void invertedPronounIsTheSubjectAfterAdverbs() {
        Tokens t = Tokens.of("said again he", "said/VBD/say again/RB he/PRP");
        assertThat(t.right(0)).isEqualTo("he");
    }

    @Test
    void tokensAreTheSliceOfThePhrase() {
        Tokens t = Tokens.of("said Anna Berg", "said/VBD/say Anna/NNP Berg/NNP");
        NounPhrase np = NounPhrase.rightOf(t.tokens(), 0, t.quoted());
        assertThat(np.tokens(t.tokens())).extracting(Token::text).containsExactly("Anna", "Berg");
    }
}
