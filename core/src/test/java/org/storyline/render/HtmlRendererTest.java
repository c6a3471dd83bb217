package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storyline.model.Brief;
import org.storyline.model.Problem;
import org.storyline.model.Report;

class HtmlRendererTest {

    private static final Report HOSTILE = new Report(List.of(HtmlFixtures.brief()),
            List.of(new Problem("in/" + HtmlFixtures.SCRIPT, "ingest", "bad " + HtmlFixtures.IMG)));

    private static String render(Report report) {
        return new HtmlRenderer().render(report);
    }

    @Test
    void everySectionOfAStoryIsPresent() {
        Document page = Jsoup.parse(render(HOSTILE));

        assertThat(page.select("article.story h1").text()).startsWith("Headline ");
        assertThat(page.select("section h2").eachText()).containsExactly("Summary", "Who said what", "Key facts",
                "Where the outlets disagree", "Timeline", "Coverage by outlet", "Entities", "Sources",
                "Cited passages", "Problems");
        assertThat(page.select("section.coverage svg.chart")).hasSize(1);
        assertThat(page.select("section.facts td.support").eachText()).containsExactly("1 of 2 outlets", "1 of 2 outlets");
    }

    @Test
    void quoteShowsTheWordsThatNameItsSpeaker() {
        Document page = Jsoup.parse(render(HOSTILE));

        assertThat(page.select("section li span.cue").eachText()).containsExactly("— Speaker " + HtmlFixtures.SCRIPT + " said");
    }

    @Test
    void untrustedTextIsEscapedInEveryField() {
        String html = render(HOSTILE);
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain(HtmlFixtures.SCRIPT).doesNotContain("<img").doesNotContain("<a href=\"java");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("img, iframe, object, embed, link, base, form")).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on") || a.getKey().equals("style") || a.getKey().equals("src")))
                .isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        String text = page.body().text();
        for (String shown : List.of("Headline " + HtmlFixtures.HOSTILE, "Quote " + HtmlFixtures.HOSTILE,
                "Speaker " + HtmlFixtures.SCRIPT, "Role " + HtmlFixtures.LINK, "an official " + HtmlFixtures.SCRIPT,
                "40 billion euros " + HtmlFixtures.SCRIPT, "EUR 40000000000 " + HtmlFixtures.IMG,
                "Subject " + HtmlFixtures.SCRIPT, "Event " + HtmlFixtures.SCRIPT, "Only " + HtmlFixtures.SCRIPT,
                "Missing " + HtmlFixtures.IMG, "Title " + HtmlFixtures.SCRIPT, "Outlet " + HtmlFixtures.IMG,
                "Alias " + HtmlFixtures.IMG, "javascript:window.__pwned=4", "in/" + HtmlFixtures.SCRIPT)) {
            assertThat(text).as("visible text").contains(shown);
        }
        assertThat(page.title()).isEqualTo("Headline " + HtmlFixtures.HOSTILE);
    }

    @Test
    void markersLinkToPassagesThatHighlightTheCitedWordsInTheirParagraph() {
        Document page = Jsoup.parse(render(HOSTILE));

        Element sentence = page.selectFirst("section.summary li");
        List<Element> markers = sentence.select("a.cite");
        assertThat(markers).extracting(Element::text).containsExactly("[1]", "[2]");
        Element first = page.getElementById(markers.get(0).attr("data-passage"));
        assertThat(markers.get(0).attr("href")).isEqualTo("#" + first.id());
        assertThat(first.select("mark").text()).isEqualTo(HtmlFixtures.HOSTILE);
        assertThat(first.select("p.excerpt").text()).isEqualTo("They agreed " + HtmlFixtures.HOSTILE
                + " on 40 billion euros of aid.");
        assertThat(first.select(".passage-source").text()).startsWith("[1] Title ");
        Element second = page.getElementById(markers.get(1).attr("data-passage"));
        assertThat(second.select("mark").text()).isEqualTo("41 billion euros");
    }

    @Test
    void equalCitationsShareOnePassage() {
        Document page = Jsoup.parse(render(HOSTILE));

        List<String> targets = page.select("a.cite").eachAttr("data-passage");
        assertThat(page.select(".passage")).hasSize((int) targets.stream().distinct().count());
    }

    @Test
    void contentSecurityPolicyAllowsOnlyTheOwnScriptWithAFreshNonce() {
        String html = render(HOSTILE);
        Document page = Jsoup.parse(html);

        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String nonce = page.selectFirst("script").attr("nonce");
        assertThat(policy).startsWith("default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-" + nonce
                + "'; img-src data:");
        assertThat(nonce).matches("[A-Za-z0-9_-]{24}");
        assertThat(Jsoup.parse(render(HOSTILE)).selectFirst("script").attr("nonce")).isNotEqualTo(nonce);
    }

    @Test
    void noAddressIsInThePageButArticleAddressesAsText() {
        String html = render(HOSTILE);

        Matcher http = Pattern.compile("(?i)https?:").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (http.find()) {
            found.add(html.substring(http.start(), html.indexOf('<', http.start())));
        }
        assertThat(found).containsExactly("https://example.org/news?a=1&amp;b=&lt;2&gt;");
        assertThat(Jsoup.parse(html).select("span.url").eachText())
                .containsExactly("javascript:window.__pwned=4", "https://example.org/news?a=1&b=<2>");
    }

    @Test
    void severalStoriesShareOnePageWithDistinctIds() {
        Brief one = Fixtures.brief();
        Brief two = HtmlFixtures.brief();
        Document page = Jsoup.parse(render(new Report(List.of(one, two), List.of())));

        assertThat(page.select("article.story")).extracting(Element::id).containsExactly("s1", "s2");
        assertThat(page.select("nav.contents a").eachAttr("href")).containsExactly("#s1", "#s2");
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        page.select("a.cite").forEach(a -> assertThat(page.getElementById(a.attr("data-passage"))).isNotNull());
        assertThat(page.title()).isEqualTo("2 story briefs");
    }

    @Test
    void relatedReportingIsShownApartFromTheSummarySentencesSources() {
        Document page = Jsoup.parse(render(new Report(List.of(Fixtures.brief()), List.of())));
        Element second = page.select("ol.summary-list li").get(1);
        assertThat(second.select("> span.cites a.cite").eachText()).containsExactly("[2]");
        assertThat(second.select("span.related").text()).isEqualTo("related reporting [1]");
        assertThat(page.getElementById(second.select("span.related a.cite").attr("data-passage"))).isNotNull();
    }

    @Test
    void entityLinksToWhereEachArticleFirstNamesIt() {
        Document page = Jsoup.parse(render(new Report(List.of(Fixtures.brief()), List.of())));
        Element rutte = page.select("section.entities li").stream().filter(li -> li.text().startsWith("Mark Rutte"))
                .findFirst().orElseThrow();
        List<String> passages = rutte.select("a.cite").eachAttr("data-passage");
        assertThat(passages).hasSize(2);
        for (String id : passages) {
            assertThat(page.getElementById(id).select("mark").eachText()).containsExactly("Rutte");
        }
    }

    @Test
    void emptyReportSaysSo() {
        Document page = Jsoup.parse(render(new Report(List.of(), List.of())));

        assertThat(page.select("h1").text()).isEqualTo("No stories");
        assertThat(page.select("script")).hasSize(1);
    }

    @Test
    void sectionsWithNothingToShowAreLeftOut() {
        Document page = Jsoup.parse(render(new Report(List.of(Fixtures.emptyBrief(
                Fixtures.article("x", "X", "T", "Text."))), List.of())));

        assertThat(page.select("section h2").eachText()).containsExactly("Sources");
    }
}
