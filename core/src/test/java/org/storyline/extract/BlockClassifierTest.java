package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.extract.BlockClassifier.Kind;
import org.storyline.lang.StopWords;

class BlockClassifierTest {

    private static final StopWords ENGLISH = StopWords.of("en");
    private static final String PROSE = "The council said on Tuesday that the new bridge would open to traffic in the"
            + " spring, after the last of the safety checks had been carried out by the engineers who built it, and"
            + " that the old one would close for good.";

    @Test
    void longProseIsGoodAndLinkTextBad() {
        assertThat(BlockClassifier.kind(Blocks.text(PROSE, 0), ENGLISH)).isEqualTo(Kind.GOOD);
        assertThat(BlockClassifier.kind(Blocks.text(PROSE, 0.5), ENGLISH)).isEqualTo(Kind.BAD);
    }

    @Test
    void longTextWithoutFunctionWordsIsBad() {
        String names = "Berlin Hamburg Munich Cologne Frankfurt Stuttgart Dusseldorf Leipzig Dortmund Essen Bremen"
                + " Dresden Hanover Nuremberg Duisburg Bochum Wuppertal Bielefeld Bonn Munster Karlsruhe Mannheim";
        assertThat(BlockClassifier.kind(Blocks.text(names, 0), ENGLISH)).isEqualTo(Kind.BAD);
    }

    @Test
    void stopWordsOfThePageLanguageDecide() {
        String german = "Der Rat hat am Dienstag gesagt, dass die neue Brücke im Frühjahr für den Verkehr geöffnet"
                + " werden soll, wenn die letzten Prüfungen abgeschlossen sind und die alte Brücke nicht mehr"
                + " gebraucht wird, was noch eine Weile dauern kann.";
        assertThat(BlockClassifier.kind(Blocks.text(german, 0), StopWords.of("de"))).isEqualTo(Kind.GOOD);
        assertThat(BlockClassifier.kind(Blocks.text(german, 0), ENGLISH)).isEqualTo(Kind.BAD);
    }

    @Test
    void withoutAStopListLengthAndLinksDecide() {
        assertThat(BlockClassifier.kind(Blocks.text(PROSE, 0), StopWords.of(null))).isEqualTo(Kind.GOOD);
        assertThat(BlockClassifier.kind(Blocks.text("Share this", 0), StopWords.of(null))).isEqualTo(Kind.SHORT);
    }

    @Test
    void chineseJapaneseAndKoreanCharactersWeighMore() {
        assertThat(BlockClassifier.weightedLength("abc")).isEqualTo(3);
        assertThat(BlockClassifier.weightedLength("東京都")).isEqualTo(3 * BlockClassifier.CJK_WEIGHT);
    }

    @Test
    void shortBlockBetweenGoodBlocksIsGoodAndBetweenLinksBad() {
        List<Block> blocks = List.of(Blocks.text(PROSE, 0), Blocks.text("A short line.", 0), Blocks.text(PROSE, 0),
                Blocks.text("Related stories and more links here", 1), Blocks.text("Sport", 0),
                Blocks.text("Weather and other links to other pages", 1));
        assertThat(BlockClassifier.good(blocks, ENGLISH)).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void shortHeadingRightBeforeProseIsKept() {
        List<Block> blocks = List.of(Blocks.text("Menu links of the site and more", 1), Blocks.heading("The plan"),
                Blocks.text(PROSE, 0));
        assertThat(BlockClassifier.good(blocks, ENGLISH)).containsExactly(false, true, true);
    }
}
