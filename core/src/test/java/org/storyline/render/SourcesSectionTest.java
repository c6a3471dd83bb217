package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
