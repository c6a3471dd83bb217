package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.CleanArticle;

class SourcesSectionTest {

    @Test
    void sourcesMapNumbersToTitleOutletAndId() {
        String sources = Fixtures.section(new SourcesSection(), Fixtures.brief());

        assertThat(sources).contains(
                "- [1] *Not ready* — NTB — `ntb`\n",
                "- [2] *NATO boosts support* — La Prensa / EFE / from washingtonpost — `efe`\n",
                "- [3] (untitled) — The Post — `post`\n");
    }

    @Test
    void articleWithoutOutletSaysSo() {
        String sources = Fixtures.section(new SourcesSection(), Fixtures.emptyBrief(Fixtures.bareArticle("x", "t")));

        assertThat(sources).contains("- [1] (untitled) — outlet unknown — `x`");
    }

    @Test
    void reprintPointsAtItsOriginalAndForeignArticleSaysItWasNotAnalysed() {
        CleanArticle original = Fixtures.bareArticle("a", "text");
        CleanArticle copy = Fixtures.bareArticle("b", "text").withDuplicateOf("a");
        org.storyline.model.Article german = new org.storyline.model.Article("c", "c.txt", "Text", java.util.List.of(),
                null, null, null, null, "de");
        CleanArticle foreign = new CleanArticle(german, null, null, null, null, "Text",
                org.storyline.model.OffsetMap.verbatim(0, 4), java.util.List.of(), java.util.List.of());

        String sources = Fixtures.section(new SourcesSection(), Fixtures.emptyBrief(original, copy, foreign));

        assertThat(sources).contains("`b` — copy of [1]\n", "`c` — in de, listed but not analysed\n");
    }
}
