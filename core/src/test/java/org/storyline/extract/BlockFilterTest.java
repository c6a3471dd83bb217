package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;

class BlockFilterTest {

    private static boolean kept(String text, double linkDensity) {
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        int[] ends = offsets.clone();
        for (int i = 0; i < ends.length; i++) {
            ends[i]++;
        }
        return BlockFilter.isArticleText(new Block(new Paragraph(text, OffsetMap.of(offsets, ends)), linkDensity));
    }

    @Test
    void mostlyLinkTextIsDropped() {
        assertThat(kept("Ten things to know about the market this week", 0.9)).isFalse();
        assertThat(kept("The minister said the plan would cost more than expected.", 0.2)).isTrue();
    }

    @Test
    void longBlockLedByALinkedHeadlineIsKept() {
        String summary = "Linked headline of the item. " + "A summary sentence that explains the item. ".repeat(5);
        assertThat(kept(summary, 0.6)).isTrue();
        assertThat(kept(summary, 0.8)).isFalse();
    }

    @Test
    void sentenceLinkingItsOwnWordsIsKept() {
        assertThat(kept("The suspect was convicted and sentenced to life in prison last Thursday.", 0.55)).isTrue();
        assertThat(kept("Ten things to know about the market this week", 0.55)).isFalse();
    }

    @Test
    void shortFurnitureWordingIsDropped() {
        assertThat(kept("Advertisement", 0)).isFalse();
        assertThat(kept("Sign up for our daily newsletter", 0)).isFalse();
        assertThat(kept("© 2024 Example Media. All rights reserved.", 0)).isFalse();
        assertThat(kept("Share this article", 0)).isFalse();
    }

    @Test
    void promptsCountsAndCopyrightAnywhereAreDropped() {
        assertThat(kept("Sharing is caring!", 0)).isFalse();
        assertThat(kept("0shares", 0)).isFalse();
        assertThat(kept("Tags:", 0)).isFalse();
        assertThat(kept("You may also like these posts", 0)).isFalse();
        assertThat(kept("The contents of this site are ©2019 Example Media Corp.", 0)).isFalse();
        assertThat(kept("Plenty more where that came from. Sign up today to get the free daily newsletter in your inbox.", 0))
                .isFalse();
    }

    @Test
    void photoCreditsShortcodesAndPostNavigationAreDropped() {
        assertThat(kept("Ann Lee | Bloomberg | Getty Images", 0)).isFalse();
        assertThat(kept("[button link=\"/submit\"] Send us your review[/button]", 0)).isFalse();
        assertThat(kept("Previous post", 0)).isFalse();
        assertThat(kept("Reuters reported the deal on Monday, citing two people familiar with it.", 0)).isTrue();
    }

    @Test
    void bylinesAndDateLinesAreDropped() {
        assertThat(kept("By Ann Lee - 11/18/19 11:04 PM EST", 0)).isFalse();
        assertThat(kept("written by Ann", 0)).isFalse();
        assertThat(kept("Updated at 1:23 p.m.", 0)).isFalse();
        assertThat(kept("Example News October 06, 2018", 0)).isFalse();
    }

    @Test
    void shortSentencesWithYearsAndTableNumbersAreKept() {
        assertThat(kept("In 2018, sales rose.", 0)).isTrue();
        assertThat(kept("By then it was too late.", 0)).isTrue();
        assertThat(kept("36", 0)).isTrue();
        assertThat(kept("— Ann Lee (@annlee) October 9, 2018", 0)).isTrue();
    }

    @Test
    void articleSentencesMentioningFurnitureWordsAreKept() {
        assertThat(kept("The company said it would subscribe to the new standard, and its newsletter "
                + "subscribers would be told first, before the board meets again next spring to vote on "
                + "the merger with its largest competitor in the region.", 0)).isTrue();
        assertThat(kept("Related stocks fell.", 0)).isTrue();
    }

    @Test
    void serverScriptErrorsAreDebrisWhateverTheirLength() {
        String error = "Warning: Creating default object from empty value in /www/htdocs/site/wp-content/themes/x/"
                + "functions.php on line 120";
        assertThat(kept(error + " " + "More words of the error message go on here. ".repeat(5), 0)).isFalse();
        assertThat(kept("Warning: the river may flood the town on Tuesday night, the police said.", 0)).isTrue();
    }
}
