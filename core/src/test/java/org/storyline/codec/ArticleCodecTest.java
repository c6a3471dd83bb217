package org.storyline.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;
import org.storyline.model.Removal;
import org.storyline.model.RemovalKind;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

class ArticleCodecTest {

    private static final String SOURCE = "<p>Ships met \uD83D\uDEA2 at dawn. Lone \uD800 surrogate.</p>";

    private static CleanArticle clean() {
        String text = SOURCE.substring(3, SOURCE.length() - 4);
        Article article = new Article("a-1", "in.jsonl#3", SOURCE, List.of(Paragraph.verbatim(SOURCE, 3,
                SOURCE.length() - 4)), "Ships", null, "example.org", "2024-10-01", "en");
        OffsetMap offsets = OffsetMap.of(new int[] {3, 9, 5, 6}, new int[] {4, 9, 8, 7});
        return new CleanArticle(article, "Ships", "AP", null, null, text.substring(0, 4), offsets,
                List.of(new Span(0, 4)), List.of(new Removal(RemovalKind.values()[0], "x", 0, 1)), "a-0");
    }

    @Test
    void annotatedArticleComesBackEqualFieldByField() {
        CleanArticle clean = clean();
        AnnotatedArticle annotated = new AnnotatedArticle(clean, List.of(new Sentence(0, 0, 0, 4,
                List.of(new Token("Ship", 0, 4, "NNP", null, "O"), new Token("s", 4, 4, "NNS", "s", "-")))));

        AnnotatedArticle back = ArticleCodec.annotated(ArticleCodec.encode(annotated));

        assertThat(back.sentences()).isEqualTo(annotated.sentences());
        assertSameClean(back.clean(), clean);
    }

    @Test
    void sentencesComeBackEqual() {
        List<Sentence> sentences = List.of(new Sentence(0, 0, 0, 11, List.of(new Token("Ships", 0, 5, "NNS", "ship",
                "O"), new Token("met", 6, 9, "VBD", "meet", "O"))), new Sentence(1, 1, 12, 12, List.of()));

        assertThat(ArticleCodec.sentences(ArticleCodec.encodeSentences(sentences))).isEqualTo(sentences);
    }

    @Test
    void textWithLoneSurrogateKeepsEveryCharacter() {
        Article article = clean().article();

        Article back = ArticleCodec.article(ArticleCodec.encode(article));

        assertThat(back.source()).isEqualTo(SOURCE);
        assertThat(back.paragraphs().get(0).text()).isEqualTo(article.paragraphs().get(0).text());
        assertThat(back.paragraphs().get(0).sourceSpan()).isEqualTo(article.paragraphs().get(0).sourceSpan());
        assertThat(back.published()).isEqualTo("2024-10-01");
        assertThat(back.url()).isNull();
    }

    private static void assertSameClean(CleanArticle back, CleanArticle clean) {
        assertThat(back.text()).isEqualTo(clean.text());
        assertThat(back.title()).isEqualTo(clean.title());
        assertThat(back.agency()).isEqualTo(clean.agency());
        assertThat(back.place()).isNull();
        assertThat(back.duplicateOf()).isEqualTo("a-0");
        assertThat(back.paragraphs()).isEqualTo(clean.paragraphs());
        assertThat(back.removed()).isEqualTo(clean.removed());
        for (int i = 0; i < clean.offsets().length(); i++) {
            assertThat(back.offsets().start(i)).isEqualTo(clean.offsets().start(i));
            assertThat(back.offsets().end(i)).isEqualTo(clean.offsets().end(i));
        }
        assertThat(back.article().source()).isEqualTo(clean.article().source());
        assertThat(back.article().path()).isEqualTo(clean.article().path());
    }
}
