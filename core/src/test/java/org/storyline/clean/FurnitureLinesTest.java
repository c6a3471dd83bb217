package org.storyline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.CleanArticle;
import org.storyline.model.RemovalKind;

class FurnitureLinesTest {

    private static CleanArticle clean(String text) {
        return new TextCleaner().clean(TestArticles.plain(text));
    }

    @Test
    void bylineUnderTheHeadlineIsNeitherTitleNorBody() {
        CleanArticle c = clean("Storm closes port\nBy Jane Doe and Tom Roe, Reuters\nThe port closed on Monday.\n");
        assertThat(c.title()).isEqualTo("Storm closes port");
        assertThat(c.text()).isEqualTo("The port closed on Monday.");
        assertThat(c.removed()).extracting(r -> r.kind()).containsExactly(RemovalKind.TITLE, RemovalKind.BYLINE);
    }

    @Test
    void photoCreditsUpdateLinesAndPromosAreBoilerplate() {
        CleanArticle c = clean("Storm closes port\nPhoto: AFP\nUpdated 14:03 GMT\nThe port closed on Monday.\n"
                + "Read more: How the storm formed\nShips waited offshore.\nSign up for our free newsletter\n");
        assertThat(c.text()).isEqualTo("The port closed on Monday.\n\nShips waited offshore.");
        assertThat(c.removed()).filteredOn(r -> r.kind() == RemovalKind.BOILERPLATE).hasSize(4);
    }

    @Test
    void paywallTeasersAreBoilerplate() {
        CleanArticle c = clean("Storm closes port\nThe port closed on Monday.\nSubscribe to continue reading.\n"
                + "Already a subscriber? Log in\nYou have reached your free article limit\n");
        assertThat(c.text()).isEqualTo("The port closed on Monday.");
    }

    @Test
    void sentencesThatStartLikeFurnitureStay() {
        CleanArticle c = clean("Storm closes port\nBy the time the ships arrived, the port had closed.\n"
                + "Updated forecasts show the storm weakening by Friday, the weather service said in a statement.\n");
        assertThat(c.removed()).extracting(r -> r.kind()).containsExactly(RemovalKind.TITLE);
    }

    @Test
    void bylineIsRecognisedInCapitals() {
        assertThat(FurnitureLines.isByline("BY JANE DOE")).isTrue();
        assertThat(FurnitureLines.isByline("By the sea")).isFalse();
    }
}
