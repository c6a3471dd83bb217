package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void countsTextLinksCommasAndInlineText() {
        Document page = Jsoup.parse("<div id=d>one, two <a href=x>link</a><p>para, graph</p></div>");
        TextStats stats = TextStats.measure(page.body(), true);
        TextStats.Stats d = stats.of(page.getElementById("d"));
        assertThat(d.text()).isEqualTo("one, two link".length() + "para, graph".length());
        assertThat(d.links()).isEqualTo(4);
        assertThat(d.commas()).isEqualTo(2);
        assertThat(d.inline()).isEqualTo("one, two link".length());
        assertThat(d.inlineCommas()).isEqualTo(1);
        assertThat(d.blockChildren()).isTrue();
    }

    @Test
    void elementHoldingHalfThePageIsNotFurnitureByItsNameAlone() {
        Document page = Jsoup.parse("<div id=wrap class=ad-margins><p>the whole article text</p>"
                + "<div id=cap class=caption>a caption</div></div><p>x</p>");
        TextStats stats = TextStats.measure(page.body(), true);
        assertThat(stats.measured(page.getElementById("wrap"))).isTrue();
        assertThat(stats.measured(page.getElementById("cap"))).isFalse();
    }

    @Test
    void headerOrAsideHoldingHalfThePageIsNotFurniture() {
        Document page = Jsoup.parse("<header id=h><p>the whole article text, in a header left unclosed</p>"
                + "<aside id=a>related</aside></header><p>x</p>");
        TextStats stats = TextStats.measure(page.body(), true);
        assertThat(stats.measured(page.getElementById("h"))).isTrue();
        assertThat(stats.measured(page.getElementById("a"))).isFalse();
    }

    @Test
    void textAroundAHeadlineIsMeasuredWithHeadersAndOnlyBetweenTwoPositions() {
        String html = "<header id=h><h1>T</h1><p id=lead>lead</p></header><p id=late>body</p>";
        Document page = org.jsoup.parser.Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        int bodyStart = html.indexOf("<p id=late>");
        TextStats stats = TextStats.measureWithHeaders(page.body(), html.indexOf("</h1>"), bodyStart);
        assertThat(stats.measured(page.getElementById("lead"))).isTrue();
        assertThat(stats.measured(page.getElementById("late"))).isFalse();
    }

    @Test
    void furnitureCountsAsEmpty() {
        Document page = Jsoup.parse("<div id=d><nav>menu items</nav>text</div>");
        TextStats stats = TextStats.measure(page.body(), true);
        assertThat(stats.of(page.getElementById("d")).text()).isEqualTo(4);
        assertThat(stats.measured(page.selectFirst("nav"))).isFalse();
    }
}
