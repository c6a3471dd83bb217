package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    /** A parsed page with its JSON-LD, as the metadata methods take it. */
    private record Page(Document document, JsonLd ld) {
    }

    private static Page page(String html) {
        Document document = Jsoup.parse(html);
        return new Page(document, JsonLd.of(document));
    }

    private static String title(Page p) {
        return HtmlMetadata.title(p.document(), p.ld());
    }

    private static String url(Page p) {
        return HtmlMetadata.url(p.document(), p.ld());
    }

    private static String outlet(Page p) {
        return HtmlMetadata.outlet(p.document(), p.ld());
    }

    private static String language(Page p) {
        return HtmlMetadata.language(p.document(), p.ld());
    }

    private static String published(Page p) {
        return PublishedDate.find(p.document(), p.ld(), null);
    }

    @Test
    void titlePrefersOpenGraphThenHeadingThenTitleElement() {
        assertThat(title(page("<title>T</title><meta property='og:title' content='OG'><h1>H</h1>")))
                .isEqualTo("OG");
        assertThat(title(page("<title>T</title><h1> H one </h1><h1>H two</h1>"))).isEqualTo("H one");
        assertThat(title(page("<title>T</title>"))).isEqualTo("T");
        assertThat(title(page("<p>x</p>"))).isNull();
    }

    @Test
    void urlPrefersCanonicalLinkThenOpenGraph() {
        assertThat(url(page("<meta property='og:url' content='o'><link rel='canonical' href='c'>")))
                .isEqualTo("c");
        assertThat(url(page("<meta property='og:url' content='o'>"))).isEqualTo("o");
    }

    @Test
    void outletIsOpenGraphSiteName() {
        assertThat(outlet(page("<meta property='og:site_name' content='Daily'>"))).isEqualTo("Daily");
        assertThat(outlet(page("<p>x</p>"))).isNull();
    }

    @Test
    void publishedComesFromMetaThenTimeThenMicrodataAsGiven() {
        assertThat(published(page(
                "<meta property='article:published_time' content='2024-10-17T09:30:00+02:00'><time datetime='x'>")))
                .isEqualTo("2024-10-17T09:30:00+02:00");
        assertThat(published(page("<time datetime='2024-10-17'>Thursday</time>")))
                .isEqualTo("2024-10-17");
        assertThat(published(page("<meta itemprop='datePublished' content='2024-10-16'>")))
                .isEqualTo("2024-10-16");
        assertThat(published(page("<span itemprop='datePublished'>2024-10-15</span>")))
                .isEqualTo("2024-10-15");
    }

    @Test
    void titleLosesTheSiteName() {
        assertThat(title(page("<meta property='og:site_name' content='Daily'><title>Bridge reopens | Daily</title>")))
                .isEqualTo("Bridge reopens");
    }

    @Test
    void jsonLdFillsWhatMetaTagsDoNotSay() {
        Page p = page("<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebSite\", \"name\": \"Site\"},"
                + " {\"@type\": \"NewsArticle\", \"headline\": \"Headline\", \"url\": \"https://e.org/a\","
                + " \"inLanguage\": \"fr-FR\", \"publisher\": {\"name\": \"Le Journal\"}}]}</script><h1>H</h1>");
        assertThat(title(p)).isEqualTo("Headline");
        assertThat(url(p)).isEqualTo("https://e.org/a");
        assertThat(outlet(p)).isEqualTo("Le Journal");
        assertThat(language(p)).isEqualTo("fr");
    }

    @Test
    void languageFallsBackToLocaleAndContentLanguage() {
        assertThat(language(page("<meta property='og:locale' content='de_DE'>"))).isEqualTo("de");
        assertThat(language(page("<meta http-equiv='content-language' content='es'>"))).isEqualTo("es");
    }

    @Test
    void languageIsTwoLetterPrimaryTag() {
        assertThat(language(page("<html lang='en-GB'><p>x</p></html>"))).isEqualTo("en");
        assertThat(language(page("<html lang='NB'><p>x</p></html>"))).isEqualTo("nb");
        assertThat(language(page("<html lang='fil'><p>x</p></html>"))).isNull();
        assertThat(language(page("<p>x</p>"))).isNull();
    }
}
