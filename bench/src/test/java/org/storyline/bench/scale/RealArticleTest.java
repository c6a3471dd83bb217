package org.storyline.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.bench.synthetic.Universe;
import org.storyline.cluster.StreamArticle;
import org.storyline.model.Token;

class RealArticleTest {

    private static final List<Token> SENTENCE = List.of(token("Reid", "NNP", "Reid"), token("checked", "VBD", "check"),
            token("into", "IN", "into"), token("Promises", "NNPS", "Promises"), token("clinic", "NN", "clinic"),
            token("&", "NNP", "&"), token("2013", "CD", "2013"));

    private static final RealArticle ARTICLE = new RealArticle("1_10ecb", LocalDate.of(2013, 5, 3), "1_9ecb",
            "1-ecb", List.of(SENTENCE));

    private static Token token(String text, String pos, String lemma) {
        return new Token(text, 0, text.length(), pos, lemma, "O");
    }

    @Test
    void realUniverseKeepsTheTermsAndTheDay() {
        StreamArticle copy = ARTICLE.in(new Universe(0));
        assertThat(copy.terms()).containsExactly("reid", "check", "promises", "clinic", "2013");
        assertThat(copy.id()).isEqualTo("1_10ecb~0");
        assertThat(copy.day()).isEqualTo(LocalDate.of(2013, 5, 3));
    }

    @Test
    void properNounsGetTheUniverseSuffixAndOtherTermsStay() {
        StreamArticle copy = ARTICLE.in(new Universe(1));
        assertThat(copy.terms()).containsExactly("reidko", "check", "promisesko", "clinic", "2013");
        assertThat(ARTICLE.in(new Universe(3)).terms()).containsExactly("reidmu", "check", "promisesmu", "clinic",
                "2013");
    }

    @Test
    void idsDuplicatesEventsAndDaysMoveIntoTheUniverse() {
        Universe two = new Universe(2);
        StreamArticle copy = ARTICLE.in(two);
        assertThat(copy.id()).isEqualTo("1_10ecb~2");
        assertThat(copy.duplicateOf()).isEqualTo("1_9ecb~2");
        assertThat(copy.day()).isEqualTo(LocalDate.of(2013, 7, 2));
        assertThat(ARTICLE.eventIn(two)).isEqualTo("1-ecb~2");
    }

    @Test
    void undatedArticleGetsTheUndatedDayOfItsUniverseAndNoDuplicateStaysNone() {
        RealArticle undated = new RealArticle("a", null, null, null, List.of(SENTENCE));
        StreamArticle copy = undated.in(new Universe(3));
        assertThat(copy.day()).isEqualTo(Universe.UNDATED_DAY.plusDays(90));
        assertThat(copy.duplicateOf()).isNull();
        assertThat(undated.eventIn(new Universe(3))).isNull();
    }

    @Test
    void renamingTouchesOnlyProperNounsWithLetters() {
        List<Token> renamed = RealArticle.renamed(SENTENCE, "ko");
        assertThat(renamed).extracting(Token::text)
                .containsExactly("Reidko", "checked", "into", "Promisesko", "clinic", "&", "2013");
        assertThat(renamed.get(0).lemma()).isEqualTo("Reidko");
        assertThat(renamed.get(1)).isSameAs(SENTENCE.get(1));
    }
}
