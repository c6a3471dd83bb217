package org.storyline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact constructors of the model reject values that would break a citation, naming the field. */
class ModelValidationTest {

    private static Article article(String source) {
        return new Article("a1", "a1.txt", source, List.of(Paragraph.verbatim(source, 0, source.length())),
                null, null, null, null, null);
    }

    @Test
    void paragraphMustMapEveryCharacter() {
        assertThatThrownBy(() -> new Paragraph("abc", OffsetMap.verbatim(0, 2))).hasMessageContaining("offsets map 2");
        assertThat(Paragraph.verbatim("xx hello", 3, 8).text()).isEqualTo("hello");
    }

    @Test
    void articleNeedsAnId() {
        assertThatThrownBy(() -> new Article(" ", "p.txt", "x", List.of(), null, null, null, null, null))
                .hasMessageContaining("id").hasMessageContaining("p.txt");
    }

    @Test
    void cleanArticleCitesSourceOffsets() {
        String source = "Title\nBody text.";
        Article a = article(source);
        CleanArticle c = new CleanArticle(a, "Title", null, null, null, "Body text.", OffsetMap.verbatim(6, 10),
                List.of(new Span(0, 10)), List.of(new Removal(RemovalKind.TITLE, "Title", 0, 5)));
        Citation cite = c.cite(0, 4);
        assertThat(source.substring(cite.start(), cite.end())).isEqualTo("Body");
        assertThatThrownBy(() -> new CleanArticle(a, null, null, null, null, "Body", OffsetMap.verbatim(0, 3),
                List.of(), List.of())).hasMessageContaining("a1");
    }

    @Test
    void authorIsTheAgencyThenTheSyndicationSourceThenThePublisher() {
        String source = "x";
        Article a = new Article("a", "a.txt", source, List.of(), null, null, "Daily", null, null);
        OffsetMap none = OffsetMap.verbatim(0, 0);
        assertThat(new CleanArticle(a, null, "EFE", null, "The Post", "", none, List.of(), List.of()).author())
                .isEqualTo("EFE");
        assertThat(new CleanArticle(a, null, null, null, "The Post", "", none, List.of(), List.of()).author())
                .isEqualTo("The Post");
        assertThat(new CleanArticle(a, null, null, null, null, "", none, List.of(), List.of()).author())
                .isEqualTo("Daily");
    }

    @Test
    void anonymousQuoteHasNoSpeakerName() {
        assertThatThrownBy(() -> new Quote("We are ready", "Anna Berg", true, "a diplomat", List.of()))
                .hasMessageContaining("Anna Berg");
    }

    @Test
    void briefSentenceMustCiteASource() {
        assertThatThrownBy(() -> new BriefSentence("Something happened.", List.of()))
                .hasMessageContaining("Something happened.");
    }

    @Test
    void citationRejectsInvertedRangeNamingTheArticle() {
        assertThatThrownBy(() -> new Citation("a7", 9, 3)).hasMessageContaining("a7");
    }

    @Test
    void storyNeedsArticles() {
        assertThatThrownBy(() -> new Story("s1", List.of())).hasMessageContaining("s1");
    }

    @Test
    void removalKindsHaveLowerCaseLabels() {
        assertThat(RemovalKind.SITE_HEADER.label()).isEqualTo("site_header");
        assertThat(FactKind.MONEY.label()).isEqualTo("money");
    }
}
