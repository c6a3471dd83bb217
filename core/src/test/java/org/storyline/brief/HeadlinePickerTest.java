package org.storyline.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.BriefSentence;
import org.storyline.model.Citation;
import org.storyline.model.CleanArticle;
import org.storyline.model.OffsetMap;
import org.storyline.model.Span;

class HeadlinePickerTest {

    /** An unannotated article: the headline picker reads titles and text only. */
    private static AnnotatedArticle article(String id, String title, String text) {
        return article(id, title, text, null, null);
    }

    private static AnnotatedArticle article(String id, String title, String text, String url, String outlet) {
        Article raw = new Article(id, id + ".txt", text, List.of(), title, url, outlet, null, "en");
        CleanArticle clean = new CleanArticle(raw, title, null, null, null, text, OffsetMap.verbatim(0, text.length()),
                List.of(new Span(0, text.length())), List.of());
        return new AnnotatedArticle(clean, List.of());
    }

    private static final List<BriefSentence> SUMMARY = List.of(
            new BriefSentence("Dock workers in Rotterdam went on strike.", List.of(new Citation("a", 0, 10))));

    @Test
    void headlineWhoseWordsTheOtherArticlesShareMostWins() {
        List<AnnotatedArticle> articles = List.of(
                article("a", "Shock in the port city", "Dock workers in Rotterdam began a strike over pay."),
                article("b", "  Rotterdam dock workers strike over pay  ", "The strike in Rotterdam halted the port."),
                article("c", null, "Dock workers began their strike in Rotterdam, demanding more pay."));
        assertThat(HeadlinePicker.pick(articles, SUMMARY)).isEqualTo("Rotterdam dock workers strike over pay");
    }

    @Test
    void blankHeadlinesAreIgnored() {
        List<AnnotatedArticle> articles = List.of(article("a", "   ", "Dock workers in Rotterdam went on strike."),
                article("b", "Strike at the port", "The port of Rotterdam stood still."));
        assertThat(HeadlinePicker.pick(articles, SUMMARY)).isEqualTo("Strike at the port");
    }

    @Test
    void withoutHeadlinesTheSummaryLeadIsTheHeadline() {
        List<AnnotatedArticle> articles = List.of(article("a", null, "Something happened.\n\nMore text."));
        assertThat(HeadlinePicker.pick(articles, SUMMARY)).isEqualTo("Dock workers in Rotterdam went on strike");
    }

    @Test
    void siteNameIsNoHeadline() {
        List<AnnotatedArticle> articles = List.of(
                article("a", "The Harbour Times", "Dock workers in Rotterdam went on strike.", null, "The Harbour Times"),
                article("b", "Portnews | Home", "The port of Rotterdam stood still.", "https://www.portnews.nl/a/1", null),
                article("c", "Strike", "Rotterdam's port was shut."));
        assertThat(HeadlinePicker.pick(articles, SUMMARY)).isEqualTo("Dock workers in Rotterdam went on strike");
    }

    @Test
    void timeStampOrBodySentenceGivenAsTitleIsNoHeadline() {
        List<AnnotatedArticle> articles = List.of(
                article("a", "Updated: November 11, 2011 20: 09 IST", "Dock workers in Rotterdam went on strike."),
                article("b", "Friday, November 11, 2011", "Dock workers in Rotterdam went on strike."),
                article("c", "Dock workers in Rotterdam began a strike on Monday over pay and pensions, halting all "
                        + "container traffic at the port, which handles more cargo than any other port in Europe.",
                        "Dock workers in Rotterdam went on strike."));
        assertThat(HeadlinePicker.pick(articles, SUMMARY)).isEqualTo("Dock workers in Rotterdam went on strike");
        assertThat(HeadlinePicker.isHeadline("Mayor backs market deal", articles.get(0))).isTrue();
    }

    @Test
    void neutralHeadlineFromALongLeadKeepsItsMainClauseWithoutAttribution() {
        assertThat(HeadlinePicker.fromLead("Dock workers in Rotterdam began a three-day strike on Monday over pay and "
                + "pensions, halting container traffic at Europe's largest port, the union said."))
                .isEqualTo("Dock workers in Rotterdam began a three-day strike on Monday over pay and pensions");
        assertThat(HeadlinePicker.fromLead("The port of Rotterdam stood still on Monday, the union said."))
                .isEqualTo("The port of Rotterdam stood still on Monday");
    }

    @Test
    void withoutHeadlinesOrSummaryTheFirstLineOfTheFirstArticleIsTheHeadline() {
        List<AnnotatedArticle> articles = List.of(article("a", null, "Something happened.\n\nMore text."),
                article("b", null, "Other text."));
        assertThat(HeadlinePicker.pick(articles, List.of())).isEqualTo("Something happened.");
    }

    @Test
    void emptyArticleWithoutHeadlineOrSummaryGetsAPlaceholder() {
        assertThat(HeadlinePicker.pick(List.of(article("a", null, "")), List.of())).isEqualTo("(untitled story)");
    }
}
