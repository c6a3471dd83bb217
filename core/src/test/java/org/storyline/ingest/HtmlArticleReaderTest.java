package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Paragraph;
import org.storyline.testing.SourceMapping;

class HtmlArticleReaderTest {

    private static String page;
    private final HtmlArticleReader reader = new HtmlArticleReader();

    @BeforeAll
    static void loadFixture() throws IOException {
        page = Files.readString(SourceMapping.resource("/ingest/article.html"), StandardCharsets.UTF_8);
    }

    @Test
    void bodyIsTheArticleBlocksWithoutFurnitureOrScripts() {
        Article article = reader.read("allies", "in/allies.html", page);

        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly(
                "BRUSSELS — Defence ministers met on Thursday to discuss air defence & ammunition.",
                "The alliance’s new chief said the pledge of €40\u00A0billion was \"on track\".",
                "Air defence",
                "We need more systems, now.",
                "Patriot batteries",
                "Ammunition <155mm>",
                "First line second line");
    }

    @Test
    void everyParagraphCharacterMapsToItsRawSource() {
        Article article = reader.read("allies", "in/allies.html", page);

        assertThat(article.source()).isSameAs(page);
        SourceMapping.assertMapsIntoSource(article);
    }

    @Test
    void characterReferencesMapToTheWholeReference() {
        Article article = reader.read("allies", "in/allies.html", page);
        Paragraph first = article.paragraphs().get(0);
        Paragraph second = article.paragraphs().get(1);

        int amp = first.text().indexOf('&');
        assertThat(first.toSource(amp, amp + 1).of(page)).isEqualTo("&amp;");
        assertThat(first.toSource(9, 10).of(page)).isEqualTo("&mdash;");
        int apostrophe = second.text().indexOf('’');
        assertThat(second.toSource(apostrophe, apostrophe + 1).of(page)).isEqualTo("&#8217;");
        assertThat(first.toSource(0, 8).of(page)).isEqualTo("BRUSSELS");
    }

    @Test
    void collapsedWhitespaceMapsToFirstWhitespaceCharacter() {
        Paragraph second = reader.read("allies", "in/allies.html", page).paragraphs().get(1);
        int space = second.text().indexOf(" new");

        int start = second.offsets().start(space);
        assertThat(page.charAt(start)).isEqualTo(' ');
        assertThat(page.substring(start, start + 4)).isEqualTo("    ");
        assertThat(second.offsets().end(space)).isEqualTo(start + 1);
    }

    @Test
    void metadataComesFromThePage() {
        Article article = reader.read("allies", "in/allies.html", page);

        assertThat(article.title()).isEqualTo("Allies meet in Brussels");
        assertThat(article.url()).isEqualTo("https://news.example.com/world/allies-meet");
        assertThat(article.outlet()).isEqualTo("Example News");
        assertThat(article.published()).isEqualTo("2024-10-17T09:30:00Z");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void byteOrderMarkStaysInSourceAndDoesNotDisturbParsing() {
        String source = "\uFEFF<!DOCTYPE html><html lang=fr><head><title>Titre</title></head>"
                + "<body><p>Un &amp; deux.</p></body></html>";

        Article article = reader.read("fr", "in/fr.html", source);

        assertThat(article.source()).startsWith("\uFEFF");
        assertThat(article.title()).isEqualTo("Titre");
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.paragraphs()).extracting(Paragraph::text).containsExactly("Un & deux.");
        SourceMapping.assertMapsIntoSource(article);
    }

    @Test
    void pageWithoutBodyTextHasNoParagraphs() {
        assertThat(reader.read("x", "x.html", "<html><body><nav><p>menu</p></nav></body></html>").paragraphs())
                .isEmpty();
    }
}
