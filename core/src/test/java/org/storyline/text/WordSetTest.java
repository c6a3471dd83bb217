package org.storyline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

    @Test
    void twoWordingsOfOneStatementMostlyContainEachOther() {
        WordSet a = WordSet.of("We are not at a point where the alliance is talking about sending an invitation");
        WordSet b = WordSet.of("We are not at the point right now where the alliance is talking about issuing an "
                + "invitation in the short term");
        assertThat(a.containment(b)).isGreaterThanOrEqualTo(0.6);
        assertThat(b.containment(a)).isEqualTo(a.containment(b));
    }

    @Test
    void differentStatementsShareNothing() {
        WordSet a = WordSet.of("We are not at a point where the alliance is talking about sending an invitation");
        WordSet b = WordSet.of("Russia launched missiles at Kyiv overnight");
        assertThat(a.containment(b)).isZero();
        assertThat(a.jaccard(b)).isZero();
    }

    @Test
    void wordingInsideALongerOneIsFullyContained() {
        WordSet shorter = WordSet.of("the alliance will send an invitation");
        WordSet longer = WordSet.of("the alliance will send an invitation to Ukraine next year");
        assertThat(shorter.containment(longer)).isEqualTo(1.0);
        assertThat(shorter.jaccard(longer)).isLessThan(1.0);
    }

    @Test
    void jaccardIsSharedOverAll() {
        assertThat(WordSet.of("alliance summit").jaccard(WordSet.of("summit invitation"))).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(WordSet.of("alliance summit").jaccard(WordSet.of("Summit, alliance!"))).isEqualTo(1.0);
    }

    @Test
    void stopWordsAndSingleLettersAreDropped() {
        assertThat(WordSet.of("We are not at the point where it is").words()).containsExactly("point");
        assertThat(WordSet.of("a b c").words()).isEmpty();
    }

    @Test
    void caseAndPunctuationAreIgnored() {
        assertThat(WordSet.of("NATO, Ukraine!").words()).isEqualTo(WordSet.of("nato ukraine").words());
    }

    @Test
    void inflectionsAreLightlyStemmed() {
        assertThat(WordSet.of("talking talked talks").words()).containsExactly("talk");
        assertThat(WordSet.of("countries").words()).isEqualTo(WordSet.of("country").words());
        assertThat(WordSet.of("invitations invitation").words()).containsExactly("invitation");
    }

    @Test
    void shortWordsAndDoubleSAreNotStemmed() {
        assertThat(WordSet.of("press").words()).containsExactly("press");
        assertThat(WordSet.of("bus").words()).containsExactly("bus");
        assertThat(WordSet.of("sing").words()).containsExactly("sing");
    }

    @Test
    void emptyTextsContainNothing() {
        WordSet empty = WordSet.of("the and of");
        assertThat(empty.words()).isEmpty();
        assertThat(empty.containment(WordSet.of("alliance"))).isZero();
        assertThat(WordSet.of("alliance").containment(empty)).isZero();
        assertThat(empty.jaccard(empty)).isZero();
    }

    @Test
    void wordsAreImmutable() {
        WordSet s = new WordSet(new HashSet<>(Set.of("nato")));
        assertThat(s.words()).isUnmodifiable();
    }
}
