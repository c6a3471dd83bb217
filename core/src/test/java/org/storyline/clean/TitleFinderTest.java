package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.RemovalKind;

class TitleFinderTest {

    private final TitleFinder finder = new TitleFinder();

    private TitleFinder.Headline find(Article article) {
        return finder.find(article, Draft.of(article));
    }

    @Test
    void firstLineWithoutFinalPunctuationIsTheHeadline() {
        TitleFinder.Headline h = find(TestArticles.plain("Allies pledge more air defence\nThe allies agreed on Friday.\n"));
        assertThat(h.title()).isEqualTo("Allies pledge more air defence");
        assertThat(h.draft().kept()).hasSize(1);
        assertThat(h.draft().removed()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RemovalKind.TITLE);
            assertThat(r.text()).isEqualTo("Allies pledge more air defence");
        });
    }

    @Test
    void bodySentenceFirstMeansNoTitle() {
        TitleFinder.Headline h = find(TestArticles.plain("The allies met on Friday.\nThey agreed.\n"));
        assertThat(h.title()).isNull();
        assertThat(h.draft().removed()).isEmpty();
    }

    @Test
    void dashLedOrLongFirstLineIsNoHeadline() {
        assertThat(find(TestArticles.plain("– We are ready, said the minister\nMore text.\n")).title()).isNull();
        String longLine = "word ".repeat(21).strip();
        assertThat(find(TestArticles.plain(longLine + "\nMore text.\n")).title()).isNull();
    }

    @Test
    void twoHeadlineLinesMeanASiteHeaderAboveTheHeadline() {
        TitleFinder.Headline h = find(TestArticles.plain(
                "Daily Planet Online\nAllies pledge more air defence\nThe allies agreed on Friday.\n"));
        assertThat(h.title()).isEqualTo("Allies pledge more air defence");
        assertThat(h.draft().removed()).extracting(r -> r.kind())
                .containsExactly(RemovalKind.SITE_HEADER, RemovalKind.TITLE);
    }

    @Test
    void shortQuestionIsAHeadline() {
        TitleFinder.Headline h = find(TestArticles.plain("Will the alliance invite Kyiv?\nThe allies met on Friday.\n"));
        assertThat(h.title()).isEqualTo("Will the alliance invite Kyiv?");
    }

    @Test
    void longUnbrokenSecondLineIsTheDeckNotTheHeadline() {
        TitleFinder.Headline h = find(TestArticles.plain("Allies pledge more air defence\n"
                + "Ministers meeting in Brussels promise systems for the winter but no timeline for delivery\n"
                + "The allies agreed on Friday.\n"));
        assertThat(h.title()).isEqualTo("Allies pledge more air defence");
        assertThat(h.draft().removed()).extracting(r -> r.kind()).containsExactly(RemovalKind.TITLE);
    }

    @Test
    void siteHeaderWithAcronymGoesEvenWithoutAHeadline() {
        TitleFinder.Headline h = find(TestArticles.plain("Baltic Defence News – BDN\nThe allies agreed on Friday.\nMore.\n"));
        assertThat(h.title()).isNull();
        assertThat(h.draft().removed()).extracting(r -> r.kind()).containsExactly(RemovalKind.SITE_HEADER);
    }

    @Test
    void givenTitleIsUsedAndARepeatedFirstParagraphDropped() {
        TitleFinder.Headline h = find(TestArticles.titled("Allies  pledge more",
                "Allies pledge more\nShort line\nThe allies agreed.\n"));
        assertThat(h.title()).isEqualTo("Allies  pledge more");
        assertThat(h.draft().kept()).extracting(p -> p.text()).containsExactly("Short line", "The allies agreed.");
        assertThat(h.draft().removed()).extracting(r -> r.kind()).containsExactly(RemovalKind.TITLE);
    }

    @Test
    void givenTitleMeansLinesAreNotSearched() {
        TitleFinder.Headline h = find(TestArticles.titled("Something else", "A headline-like line\nThe allies agreed.\n"));
        assertThat(h.title()).isEqualTo("Something else");
        assertThat(h.draft().removed()).isEmpty();
    }

    @Test
    void singleLineIsNoHeadline() {
        assertThat(find(TestArticles.plain("Only a line\n")).title()).isNull();
    }
}
