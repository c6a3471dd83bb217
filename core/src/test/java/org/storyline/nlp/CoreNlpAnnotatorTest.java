package org.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;
import org.storyline.testing.Corpus;

class CoreNlpAnnotatorTest {

    private static final String[] PARAGRAPHS = {
        "Harbour workers strike in Rotterdam",
        "Anna Berg, the leader of the union, said on Monday: “We are ready to talk.” NATO was not involved",
        "The talks in Brussels resumed. Berg’s deputy left early 🎉 and e-mailed the city’s mayor."};
    private static String text;
    private static List<Span> paragraphs;
    private static List<Sentence> sentences;

    @BeforeAll
    static void annotate() {
        StringBuilder sb = new StringBuilder();
        paragraphs = new ArrayList<>();
        for (String p : PARAGRAPHS) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            paragraphs.add(new Span(sb.length(), sb.length() + p.length()));
            sb.append(p);
        }
        text = sb.toString();
        sentences = new CoreNlpAnnotator().annotate(text, paragraphs);
    }

    private static Token token(String word) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + word));
    }

    @Test
    void sentencesNeverCrossParagraphBoundaries() {
        assertThat(sentences).extracting(s -> s.text(text)).containsExactly(PARAGRAPHS[0],
                PARAGRAPHS[1].substring(0, PARAGRAPHS[1].indexOf(" NATO")), "NATO was not involved",
                "The talks in Brussels resumed.", PARAGRAPHS[2].substring(PARAGRAPHS[2].indexOf("Berg’s")));
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2, 2);
        for (Sentence s : sentences) {
            assertThat(paragraphs.get(s.paragraph()).contains(new Span(s.start(), s.end()))).isTrue();
        }
    }

    @Test
    void sentencesAreNumberedInOrderAndSpanTheirTokens() {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.start()).isEqualTo(s.tokens().get(0).start());
            assertThat(s.end()).isEqualTo(s.tokens().get(s.tokens().size() - 1).end());
        }
    }

    @Test
    void tokenOffsetsIndexTheText() {
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
        assertThat(token("🎉").end() - token("🎉").start()).isEqualTo(2);
    }

    @Test
    void curlyQuotesAndApostrophesKeepTheirOriginalCharacters() {
        assertThat(token("“").pos()).isEqualTo("``");
        assertThat(token("”").pos()).isEqualTo("''");
        assertThat(token("’s").pos()).isEqualTo("POS");
        assertThat(sentences.stream().flatMap(s -> s.tokens().stream()).map(Token::text))
                .doesNotContain("``", "''", "'s", "-LRB-");
    }

    @Test
    void hyphenatedWordsStayOneToken() {
        assertThat(token("e-mailed").pos()).startsWith("VB");
    }

    @Test
    void tokensCarryPartOfSpeechLemmaAndNamedEntityTags() {
        Token said = token("said");
        assertThat(said.pos()).isEqualTo("VBD");
        assertThat(said.lemma()).isEqualTo("say");
        assertThat(said.ner()).isEqualTo("O");
        assertThat(token("Berg").ner()).isEqualTo("PERSON");
        assertThat(token("NATO").ner()).isEqualTo("ORGANIZATION");
        assertThat(token("Brussels").ner()).isEqualTo("LOCATION");
        assertThat(token("talks").lemma()).isEqualTo("talk");
        for (Sentence s : sentences) {
            assertThat(s.tokens()).allSatisfy(t -> {
                assertThat(t.pos()).isNotBlank();
                assertThat(t.lemma()).isNotNull();
                assertThat(t.ner()).isNotBlank();
            });
        }
    }

    private static List<String> sentencesOf(String paragraph) {
        return Corpus.annotator().annotate(paragraph, List.of(new Span(0, paragraph.length()))).stream()
                .map(s -> s.text(paragraph)).toList();
    }

    @Test
    void figuresWrittenWithASpaceAfterTheirPointStayInOneSentence() {
        assertThat(sentencesOf("The new laptop has a 2. 7GHz processor. It ships today."))
                .containsExactly("The new laptop has a 2. 7GHz processor.", "It ships today.");
        assertThat(sentencesOf("Police said he had a . 38 caliber revolver in his car.")).hasSize(1);
        assertThat(sentencesOf("Police said he had a. 357 Magnum in his car.")).hasSize(1);
        assertThat(sentencesOf("A loaded. 38-caliber revolver was found at the scene.")).hasSize(1);
    }

    @Test
    void initialsWrittenWithSpacesStayInOneSentence() {
        assertThat(sentencesOf("He flew to the U. S. Geological Survey office. Then he left."))
                .containsExactly("He flew to the U. S. Geological Survey office.", "Then he left.");
        assertThat(sentencesOf("The story was first reported by TMZ. com on Monday.")).hasSize(1);
    }

    /** An initial before a capitalised word may end a sentence; CoreNLP's break there is kept. */
    @Test
    void initialsBeforeACapitalisedWordKeepTheSplittersBreak() {
        assertThat(sentencesOf("He moved to the U. S. He left in May."))
                .containsExactly("He moved to the U. S.", "He left in May.");
    }

    @Test
    void taggerSeesTheJoinedSentence() {
        String text = "“We got everyone out,” Const. Fielding said.";
        List<Sentence> out = Corpus.annotator().annotate(text, List.of(new Span(0, text.length())));
        assertThat(out).hasSize(1);
        Token name = out.get(0).tokens().stream().filter(t -> t.text().equals("Fielding")).findFirst().orElseThrow();
        assertThat(name.pos()).isEqualTo("NNP");
    }

    @Test
    void figureOpeningANewParagraphStaysASentence() {
        String text = "Prices rose by 2.\n\n7 dealers closed.";
        List<Span> paragraphs = List.of(new Span(0, 17), new Span(19, text.length()));
        assertThat(Corpus.annotator().annotate(text, paragraphs)).extracting(s -> s.text(text))
                .containsExactly("Prices rose by 2.", "7 dealers closed.");
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(Corpus.annotator().annotate("", List.of())).isEmpty();
    }
}
