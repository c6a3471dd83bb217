package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Paragraph;

class TextArticleReaderTest {

    private final TextArticleReader reader = new TextArticleReader();

    @Test
    void everyNonBlankLineIsAVerbatimParagraph() {
        String source = "Headline here\n\nBRUSSELS - Ministers met.  \n\"We are ready,\" she said.\n";

        Article article = reader.read("a1", "in/a1.txt", source);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Headline here", "BRUSSELS - Ministers met.", "\"We are ready,\" she said.");
        assertThat(article.paragraphs()).allSatisfy(p -> assertThat(p.sourceSpan().of(source)).isEqualTo(p.text()));
        assertThat(article.source()).isSameAs(source);
    }

    @Test
    void plainTextHasNoMetadata() {
        Article article = reader.read("a1", "in/a1.txt", "Some text.\n");

        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.path()).isEqualTo("in/a1.txt");
        assertThat(article.title()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.outlet()).isNull();
        assertThat(article.published()).isNull();
        assertThat(article.language()).isNull();
    }

    @Test
    void blankTextGivesNoParagraphs() {
        assertThat(reader.read("a1", "in/a1.txt", "\n  \n").paragraphs()).isEmpty();
    }
}
