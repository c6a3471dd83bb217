package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.CleanArticle;
import org.storyline.model.RemovalKind;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private CleanArticle clean(Article article) {
        CleanArticle clean = cleaner.clean(article);
        TestArticles.assertMapsBack(clean);
        TestArticles.assertAccountsForEverything(clean);
        return clean;
    }

    @Test
    void everyKindOfFurnitureIsRemovedAndRecordedInSourceOrder() {
        CleanArticle c = clean(TestArticles.resource("/clean/wire-story.txt"));
        assertThat(c.title()).isEqualTo("Allies pledge more air defence before winter");
        assertThat(c.place()).isEqualTo("BRUSSELS");
        assertThat(c.agency()).isEqualTo("AP");
        assertThat(c.syndicatedFrom()).isEqualTo("The Atlantic");
        assertThat(c.author()).isEqualTo("AP");
        assertThat(c.text()).isEqualTo("Defence ministers of the alliance agreed on Thursday to send more air defence"
                + " systems, officials said.\n\n“We are ready,” the secretary general said. “We have been for weeks.”"
                + "\n\nThe ministers will meet again in December.");
        assertThat(c.removed()).extracting(r -> r.kind()).containsExactly(
                RemovalKind.SITE_HEADER, RemovalKind.TITLE, RemovalKind.DATELINE, RemovalKind.DUPLICATE,
                RemovalKind.HEADING, RemovalKind.DEBRIS, RemovalKind.SYNDICATION, RemovalKind.HASHTAGS);
        assertThat(TestArticles.removed(c, RemovalKind.DATELINE)).containsExactly("BRUSSELS (Associated Press) — ");
        assertThat(TestArticles.removed(c, RemovalKind.DEBRIS)).containsExactly(" Can.”");
    }

    @Test
    void normalArticleWithoutFurnitureComesOutUnchanged() {
        Article article = TestArticles.resource("/clean/no-furniture.txt");
        CleanArticle c = clean(article);
        assertThat(c.title()).isNull();
        assertThat(c.agency()).isNull();
        assertThat(c.place()).isNull();
        assertThat(c.syndicatedFrom()).isNull();
        assertThat(c.removed()).isEmpty();
        assertThat(c.text()).isEqualTo(String.join("\n\n", article.paragraphs().stream().map(p -> p.text()).toList()));
        assertThat(c.paragraphs()).hasSize(3);
    }

    @Test
    void givenTitleIsKeptAndItsRepetitionDropped() {
        CleanArticle c = clean(TestArticles.titled("Ministers meet", "Ministers meet\nThey met.\nThey left.\n"));
        assertThat(c.title()).isEqualTo("Ministers meet");
        assertThat(c.text()).isEqualTo("They met.\n\nThey left.");
        assertThat(TestArticles.removed(c, RemovalKind.TITLE)).containsExactly("Ministers meet");
    }

    @Test
    void reprintCreditsAtTheStartAndAtTheEndNameTheOutlet() {
        CleanArticle c = clean(TestArticles.resource("/clean/reprint.txt"));
        assertThat(c.title()).isEqualTo("Ministers meet as winter nears");
        assertThat(c.syndicatedFrom()).isEqualTo("The New York Times");
        assertThat(c.agency()).isNull();
        assertThat(c.text()).isEqualTo("Ministers met on Thursday in Brussels to agree on new support.\n\n"
                + "They will meet again in December.");
        assertThat(TestArticles.removed(c, RemovalKind.SYNDICATION))
                .containsExactly("nytimes – ", "(c) 2024 The New York Times");
    }

    @Test
    void emptyArticleGivesEmptyText() {
        CleanArticle c = clean(TestArticles.plain(""));
        assertThat(c.text()).isEmpty();
        assertThat(c.paragraphs()).isEmpty();
        assertThat(c.removed()).isEmpty();
    }

    @Test
    void oneCleanerServesManyThreads() {
        Article article = TestArticles.resource("/clean/wire-story.txt");
        CleanArticle expected = cleaner.clean(article);
        List<String> texts = IntStream.range(0, 64).parallel()
                .mapToObj(i -> cleaner.clean(article).text()).distinct().toList();
        assertThat(texts).containsExactly(expected.text());
    }

    @Test
    void nullArticleIsRefusedByName() {
        assertThatThrownBy(() -> cleaner.clean(null)).hasMessageContaining("article");
    }
}
