package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Removal;
import org.storyline.model.RemovalKind;
import org.storyline.model.Span;

class HtmlExcerptTest {

    private static final String SOURCE = "First paragraph here.\n\nSecond one, with the cited words inside it.";

    private static String html(HtmlExcerpt excerpt) {
        HtmlBuilder out = new HtmlBuilder();
        excerpt.write(out);
        return out.toString();
    }

    @Test
    void citedWordsAreMarkedInTheirParagraph() {
        CleanArticle article = HtmlFixtures.article("a", "T", "O", null, SOURCE);

        List<HtmlExcerpt> excerpts = HtmlExcerpt.of(article, List.of(HtmlFixtures.cite("a", SOURCE, "cited words")));

        assertThat(excerpts).hasSize(1);
        assertThat(html(excerpts.get(0)))
                .isEqualTo("<p class=\"excerpt\">Second one, with the <mark>cited words</mark> inside it.</p>");
    }

    @Test
    void citationsInOneParagraphShareItAndOverlapsMerge() {
        CleanArticle article = HtmlFixtures.article("a", "T", "O", null, SOURCE);

        List<HtmlExcerpt> excerpts = HtmlExcerpt.of(article, List.of(HtmlFixtures.cite("a", SOURCE, "inside"),
                HtmlFixtures.cite("a", SOURCE, "cited"), HtmlFixtures.cite("a", SOURCE, "cited words"),
                HtmlFixtures.cite("a", SOURCE, "First")));

        assertThat(excerpts).extracting(HtmlExcerpt::text).containsExactly("First paragraph here.",
                "Second one, with the cited words inside it.");
        assertThat(html(excerpts.get(1))).contains("<mark>cited words</mark> <mark>inside</mark>");
    }

    @Test
    void aSpanTheCleanerRemovedIsShownInItsSourceLine() {
        String source = "BRUSSELS (AP) —\nThe body text.";
        Article raw = new Article("a", "a.txt", source, List.of(), null, null, null, null, "en");
        String text = "The body text.";
        CleanArticle article = new CleanArticle(raw, null, "AP", "Brussels", null, text,
                OffsetMap.verbatim(16, text.length()), List.of(new Span(0, text.length())),
                List.of(new Removal(RemovalKind.DATELINE, "BRUSSELS (AP) —", 0, 15)));

        List<HtmlExcerpt> excerpts = HtmlExcerpt.of(article, List.of(new Citation("a", 0, 8)));

        assertThat(excerpts).singleElement().satisfies(e -> {
            assertThat(e.fromSource()).isTrue();
            assertThat(html(e)).isEqualTo("<p class=\"excerpt from-source\"><mark>BRUSSELS</mark> (AP) —</p>");
        });
    }

    @Test
    void aLongParagraphIsCutAroundTheMark() {
        String filler = "word ".repeat(400);
        String source = filler + "the needle " + filler;
        CleanArticle article = HtmlFixtures.article("a", "T", "O", null, source);

        HtmlExcerpt excerpt = HtmlExcerpt.of(article, List.of(HtmlFixtures.cite("a", source, "needle"))).get(0);

        assertThat(excerpt.text()).startsWith("… word").endsWith("word …").contains("the needle");
        assertThat(excerpt.text().length()).isLessThan(2 * HtmlExcerpt.CONTEXT + 20);
        assertThat(excerpt.marks()).singleElement().satisfies(m -> assertThat(m.of(excerpt.text())).isEqualTo("needle"));
    }

    @Test
    void aCitationOutsideTheArticleGivesNoPassage() {
        CleanArticle article = HtmlFixtures.article("a", "T", "O", null, SOURCE);

        assertThat(HtmlExcerpt.of(article, List.of(new Citation("a", 500, 510)))).isEmpty();
    }
}
