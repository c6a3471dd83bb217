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
        AnnotatedArticle a = Corpus.text("a1", "Offer made",
                "The Washington Nationals made an offer to the first baseman on Monday.",
                "ESPN is reporting that the Nationals have offered him eight years.");
        assertThat(named(List.of(a), "Washington Nationals").spans()).extracting(SourceText::text).contains("Nationals");
    }

    @Test
    void wordOfAPersonsNameIsNoShortForm() {
        AnnotatedArticle a = Corpus.text("a1", "Visit",
                "George Washington University hosted the talks. Officials of the university met Jim Washington.",
                "Washington said the talks went well.");
        Entity university = named(List.of(a), "George Washington University");
        assertThat(university.spans()).extracting(SourceText::text).doesNotContain("Washington");
    }

    @Test
    void acronymKeepingTheAndFacilityWithoutItsGenericWordNameTheOrganisation() {
        AnnotatedArticle a = Corpus.text("a1", "Sequel news",
                "The Hollywood Reporter said the director will not return.",
                "THR is saying that the studio wants a new director.");
        assertThat(named(List.of(a), "Hollywood Reporter").spans()).extracting(SourceText::text).contains("THR");
        AnnotatedArticle b = Corpus.text("b1", "Actress in rehab",
                "The actress checked herself into the Hazelden Treatment Center in Minnesota on Monday.",
                "Staff at Hazelden said she left on Friday.");
        assertThat(named(List.of(b), "Hazelden Treatment Center").spans()).extracting(SourceText::text)
                .contains("Hazelden");
    }
}
