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
    void shortFurnitureWordingIsDropped() {
        assertThat(kept("Advertisement", 0)).isFalse();
        assertThat(kept("Sign up for our daily newsletter", 0)).isFalse();
        assertThat(kept("© 2024 Example Media. All rights reserved.", 0)).isFalse();
        assertThat(kept("Share this article", 0)).isFalse();
    }

    @Test
    void articleSentencesMentioningFurnitureWordsAreKept() {
        assertThat(kept("The company said it would subscribe to the new standard, and its newsletter "
                + "subscribers would be told first, before the board meets again next spring to vote on "
                + "the merger with its largest competitor in the region.", 0)).isTrue();
        assertThat(kept("Related stocks fell.", 0)).isTrue();
    }
}
