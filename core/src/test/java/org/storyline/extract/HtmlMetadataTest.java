package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    @Test
    void titlePrefersOpenGraphThenHeadingThenTitleElement() {
        assertThat(HtmlMetadata.title(Jsoup.parse("<title>T</title><meta property='og:title' content='OG'><h1>H</h1>")))
                .isEqualTo("OG");
        assertThat(HtmlMetadata.title(Jsoup.parse("<title>T</title><h1> H one </h1><h1>H two</h1>"))).isEqualTo("H one");
        assertThat(HtmlMetadata.title(Jsoup.parse("<title>T</title>"))).isEqualTo("T");
        assertThat(HtmlMetadata.title(Jsoup.parse("<p>x</p>"))).isNull();
    }

    @Test
    void urlPrefersCanonicalLinkThenOpenGraph() {
        assertThat(HtmlMetadata.url(Jsoup.parse("<meta property='og:url' content='o'><link rel='canonical' href='c'>")))
                .isEqualTo("c");
        assertThat(HtmlMetadata.url(Jsoup.parse("<meta property='og:url' content='o'>"))).isEqualTo("o");
    }

    @Test
    void outletIsOpenGraphSiteName() {
        assertThat(HtmlMetadata.outlet(Jsoup.parse("<meta property='og:site_name' content='Daily'>"))).isEqualTo("Daily");
        assertThat(HtmlMetadata.outlet(Jsoup.parse("<p>x</p>"))).isNull();
    }

    @Test
    void publishedComesFromMetaThenTimeThenMicrodataAsGiven() {
        assertThat(HtmlMetadata.published(Jsoup.parse(
                "<meta property='article:published_time' content='2024-10-17T09:30:00+02:00'><time datetime='x'>")))
                .isEqualTo("2024-10-17T09:30:00+02:00");
        assertThat(HtmlMetadata.published(Jsoup.parse("<time datetime='2024-10-17'>Thursday</time>")))
                .isEqualTo("2024-10-17");
        assertThat(HtmlMetadata.published(Jsoup.parse("<meta itemprop='datePublished' content='2024-10-16'>")))
                .isEqualTo("2024-10-16");
        assertThat(HtmlMetadata.published(Jsoup.parse("<span itemprop='datePublished'>2024-10-15</span>")))
                .isEqualTo("2024-10-15");
    }

    @Test
    void languageIsTwoLetterPrimaryTag() {
        assertThat(HtmlMetadata.language(Jsoup.parse("<html lang='en-GB'><p>x</p></html>"))).isEqualTo("en");
        assertThat(HtmlMetadata.language(Jsoup.parse("<html lang='NB'><p>x</p></html>"))).isEqualTo("nb");
        assertThat(HtmlMetadata.language(Jsoup.parse("<html lang='fil'><p>x</p></html>"))).isNull();
        assertThat(HtmlMetadata.language(Jsoup.parse("<p>x</p>"))).isNull();
    }
}
