package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TailFilterTest {

    private static final String PROSE = "The council said on Tuesday that the new bridge would open to traffic in the"
            + " spring, after the last of the safety checks had been carried out.";
    private static final SiteNames SITE = SiteNames.of("https://www.riverside-herald.example/2024/bridge", null);

    private static List<String> kept(Block... blocks) {
        return TailFilter.keep(List.of(blocks), SITE).stream().map(Block::text).toList();
    }

    @Test
    void copyrightAndReprintNoticesAtTheEndArePeeled() {
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.text("This article is copyrighted. No reprint without"
                + " permission.", 0), Blocks.text("© 2024 All rights reserved", 0))).containsExactly(PROSE);
    }

    @Test
    void siteNamingItselfWithALinkOrAddressIsANotice() {
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.text("Get the Riverside Herald app for breaking news.", 0.4)))
                .containsExactly(PROSE);
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.text("Write to news@riversideherald.example with tips.", 0)))
                .containsExactly(PROSE);
    }

    @Test
    void siteNamedWithoutALinkOrInTheArticleIsNoNotice() {
        assertThat(kept(Blocks.text(PROSE, 0), Blocks.text("The Riverside Herald asked the council for comment.",
                0))).hasSize(2);
        Block named = Blocks.text("Riverside Herald readers voted the bridge the best of the year, see here.", 0.2);
        assertThat(kept(named, Blocks.text(PROSE, 0), Blocks.text(PROSE, 0), Blocks.text(PROSE, 0), named))
                .hasSize(5);
    }

    @Test
    void noticeInsideTheArticleStays() {
        assertThat(kept(Blocks.text("© 2024 Photo agency", 0), Blocks.text(PROSE, 0))).hasSize(2);
    }
}
