package org.storyline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Token;
import org.storyline.nlp.CoreNlpAnnotator;

class TitlesTest {

    private static String marked(String text) {
        List<Token> tokens = AnnotatedText.of(text, new CoreNlpAnnotator()).tokens();
        boolean[] marks = Titles.of(tokens);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (marks[i]) {
                out.add(tokens.get(i).text());
            }
        }
        return String.join(" ", out);
    }

    @Test
    void wordsStraightBeforeAPersonsNameAreItsTitle() {
        assertThat(marked("The Saints placed running back Reggie Bush on injured reserve."))
                .isEqualTo("running back");
        assertThat(marked("The film is based on a book by author Stephenie Meyer.")).isEqualTo("author");
    }

    @Test
    void articleOrParticipleBeforeTheNameIsNoTitle() {
        assertThat(marked("The jury heard the witness, Mary Smith, on Monday.")).isEmpty();
        assertThat(marked("Eleven men were charged, including Warren Jeffs.")).isEmpty();
    }
}
