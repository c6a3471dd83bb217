package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;
import org.storyline.store.StoredArticle;

class ArticleDocumentTest {

    @Test
    void everyFieldAndEveryParagraphOffsetSurvivesTheIndex() {
        String source = "<p>Fish &amp; chips</p>\nPlain line";
        Paragraph decoded = new Paragraph("Fish & chips", OffsetMap.of(
                new int[] {3, 4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18}, new int[] {4, 5, 6, 7, 8, 13, 14, 15, 16, 17, 18, 19}));
        Paragraph verbatim = Paragraph.verbatim(source, 24, 34);
        Article article = new Article("a1", "in/a1.html", source, List.of(decoded, verbatim), "Fish", "https://x.org/a1",
                "Herald", "2024-10-17T09:00:00Z", "en");
        ArticleEntry entry = new ArticleEntry(new StoredArticle(article, "story-1", "abc", "2024-10-18T00:00:00Z"),
                "Fish & chips\n\nPlain line", "fish chip plain line", "AP", "Fish");

        ArticleEntry back = ArticleDocument.read(IndexRoundTrip.stored(ArticleDocument.of(entry)));

        Article a = back.stored().article();
        assertThat(back).usingRecursiveComparison().ignoringFields("stored.article.paragraphs").isEqualTo(entry);
        assertThat(a.paragraphs()).hasSize(2);
        for (int p = 0; p < 2; p++) {
            Paragraph was = article.paragraphs().get(p);
            Paragraph is = a.paragraphs().get(p);
            assertThat(is.text()).isEqualTo(was.text());
            for (int i = 0; i < was.text().length(); i++) {
                assertThat(is.toSource(i, i + 1)).isEqualTo(was.toSource(i, i + 1));
            }
        }
    }

    @Test
    void articleWithoutOptionalFieldsSurvivesTheIndex() {
        Article article = StoreTesting.text("t1", "Headline", "Body line.");
        ArticleEntry entry = new ArticleEntry(new StoredArticle(article, "s", "h", null), "Body line.", "", null,
                article.title());

        ArticleEntry back = ArticleDocument.read(IndexRoundTrip.stored(ArticleDocument.of(entry)));

        assertThat(back).usingRecursiveComparison().ignoringFields("stored.article.paragraphs").isEqualTo(entry);
    }

    @Test
    void headlineCleaningFoundIsTheTitleWhenTheSourceHasNone() {
        Article article = new Article("t2", "t2.txt", "Storm hits coast\n\nBody line.", List.of(), null, null, null, null,
                "en");
        ArticleEntry entry = new ArticleEntry(new StoredArticle(article, "s", "h", null), "Body line.", "", null,
                "Storm hits coast");

        ArticleEntry back = ArticleDocument.read(IndexRoundTrip.stored(ArticleDocument.of(entry)));

        assertThat(back.title()).isEqualTo("Storm hits coast");
    }
}
