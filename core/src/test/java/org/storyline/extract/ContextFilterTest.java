package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.lang.StopWords;

class ContextFilterTest {

    private static final StopWords ENGLISH = StopWords.of("en");
    private static final String PROSE = "The council said on Tuesday that the new bridge would open to traffic in the"
            + " spring, after the last of the safety checks had been carried out by the engineers who built it, and"
            + " that the old one would then close for good.";
    private static final Block LINKS = Blocks.text("Five other stories about bridges and roads", 1);

    private static List<String> kept(Block... blocks) {
        return ContextFilter.keep(List.of(blocks), ENGLISH).stream().map(Block::text).toList();
    }

    @Test
    void labelAfterTheLastProseIsDropped() {
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.text("More on this topic", 0), LINKS))
                .containsExactly(PROSE, LINKS.text());
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.text("Was this article useful?", 0)))
                .containsExactly(PROSE);
    }

    @Test
    void containerWithoutALongParagraphKeepsItsLastLines() {
        String shortProse = "Ministers met on Thursday to talk about the plan for the new bridge over the river.";
        assertThat(kept(Blocks.text(shortProse, 0), Blocks.text("Air defence", 0), Blocks.text("First line", 0)))
                .hasSize(3);
    }

    @Test
    void shortClosingSentenceIsKept() {
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.text("Good luck to all!", 0), LINKS))
                .containsExactly(PROSE, "Good luck to all!", LINKS.text());
    }

    @Test
    void labelBetweenLinkBlocksIsDroppedAndBetweenProseKept() {
        assertThat(kept(LINKS, Blocks.text("Print", 0), LINKS, Blocks.text(PROSE, 0)))
                .containsExactly(LINKS.text(), LINKS.text(), PROSE);
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.text("A subheading", 0), Blocks.text(PROSE, 0)))
                .hasSize(3);
    }

    @Test
    void tableCellsAndListItemsAreNotLabels() {
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.item("Regional champion 2007"), Blocks.item("Lea, 1993")))
                .hasSize(3);
    }

    @Test
    void longTextWithFewFunctionWordsCountsAsContentBesideALabel() {
        String names = "Berlin Hamburg Munich Cologne Frankfurt Stuttgart Dusseldorf Leipzig Dortmund Essen Bremen";
        assertThat(kept(Blocks.text(names, 0), Blocks.text("Results", 0), Blocks.text(PROSE, 0))).hasSize(3);
    }
}
