package org.storyline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Entity;
import org.storyline.model.SourceText;
import org.storyline.testing.Corpus;

class ShortFormReferencesTest {

    private static Entity named(List<AnnotatedArticle> articles, String name) {
        return new EntityExtractor().extract(articles).entities().stream().filter(e -> e.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no entity " + name));
    }

    /** The words of every span of the entity {@code name} in an article made of {@code lines}. */
    private static List<String> spans(String name, String... lines) {
        return named(List.of(Corpus.text("a1", lines)), name).spans().stream().map(SourceText::text).toList();
    }

    @Test
    void acronymOfAnOrganisationTheStoryNamesInFullIsItsMention() {
        AnnotatedArticle a = Corpus.text("a1", "Title defended",
                "The International Boxing Federation confirmed the result on Sunday.",
                "Klitschko defended his IBF heavyweight crown in Mannheim.");
        Entity ibf = named(List.of(a), "International Boxing Federation");
        assertThat(ibf.spans()).extracting(SourceText::text).contains("IBF");
        assertThat(ibf.variants()).contains("IBF");
        assertThat(ibf.mentions()).isEqualTo(ibf.spans().size());
    }

    @Test
    void lastWordOfATeamTheStoryNamesInFullIsItsMention() {
        assertThat(spans("Washington Nationals", "Offer made",
                "The Washington Nationals made an offer to the first baseman on Monday.",
                "ESPN is reporting that the Nationals have offered him eight years.")).contains("Nationals");
    }

    @Test
    void wordOfAPersonsNameIsNoShortForm() {
        assertThat(spans("George Washington University", "Visit",
                "George Washington University hosted the talks. Officials of the university met Jim Washington.",
                "Washington said the talks went well.")).doesNotContain("Washington");
    }

    @Test
    void acronymKeepingTheAndFacilityWithoutItsGenericWordNameTheOrganisation() {
        assertThat(spans("Hollywood Reporter", "Sequel news",
                "The Hollywood Reporter said the director will not return.",
                "THR is saying that the studio wants a new director.")).contains("THR");
        assertThat(spans("Hazelden Treatment Center", "Actress in rehab",
                "The actress checked herself into the Hazelden Treatment Center in Minnesota on Monday.",
                "Staff at Hazelden said she left on Friday.")).contains("Hazelden");
    }
}
