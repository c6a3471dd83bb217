package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private static boolean furniture(String html) {
        Element element = Jsoup.parse(html).body().child(0);
        return Boilerplate.isFurniture(element, true);
    }

    @Test
    void furnitureTagsAreFurniture() {
        assertThat(furniture("<nav>x</nav>")).isTrue();
        assertThat(furniture("<figure><figcaption>c</figcaption></figure>")).isTrue();
        assertThat(furniture("<p>x</p>")).isFalse();
    }

    @Test
    void hiddenElementsAreFurniture() {
        assertThat(furniture("<div hidden>x</div>")).isTrue();
        assertThat(furniture("<div aria-hidden=true>x</div>")).isTrue();
        assertThat(furniture("<div style='display: none'>x</div>")).isTrue();
        assertThat(furniture("<div style='color: red'>x</div>")).isFalse();
    }

    @Test
    void classesThatStyleSheetsHideWithAreHidden() {
        assertThat(furniture("<div class='meta hidden'>x</div>")).isTrue();
        assertThat(furniture("<div class=d-none>x</div>")).isTrue();
        assertThat(furniture("<div class=hidden-xs>x</div>")).isFalse();
    }

    @Test
    void namesOfNotesOnThePageAreFurnitureEvenBesideAContentWord() {
        assertThat(furniture("<div class='image-caption-text'>x</div>")).isTrue();
        assertThat(furniture("<div class='article-byline'>x</div>")).isTrue();
        assertThat(furniture("<div class='content-share-bar'>x</div>")).isTrue();
        assertThat(furniture("<div class='bio-box content'>x</div>")).isTrue();
        assertThat(furniture("<div class='biography-content'>x</div>")).isFalse();
    }

    @Test
    void codeMediaControlsAndRubyAnnotationsAreNeverText() {
        Element rt = Jsoup.parse("<ruby>漢<rt>かん</rt></ruby>").selectFirst("rt");
        assertThat(Boilerplate.isNeverText(rt)).isTrue();
        assertThat(Boilerplate.isNeverText(Jsoup.parse("<header>x</header>").selectFirst("header"))).isFalse();
    }

    @Test
    void rolesOfPageFurnitureAreFurniture() {
        assertThat(furniture("<div role=navigation>x</div>")).isTrue();
        assertThat(furniture("<div role=main>x</div>")).isFalse();
    }

    @Test
    void furnitureNamesAreFurnitureUnlessTheyAlsoNameContent() {
        assertThat(furniture("<div class='comments-list'>x</div>")).isTrue();
        assertThat(furniture("<div id=newsletter-signup>x</div>")).isTrue();
        assertThat(furniture("<div class='related-links'>x</div>")).isTrue();
        assertThat(furniture("<div class='author-bio'>x</div>")).isTrue();
        assertThat(furniture("<div class='article-header'>x</div>")).isFalse();
        assertThat(furniture("<div class='story-body'>x</div>")).isFalse();
        assertThat(furniture("<div class='social-media-embed'>x</div>")).isFalse();
        assertThat(furniture("<div class='social-icons'>x</div>")).isTrue();
    }

    @Test
    void adTokensAreFurnitureButNotWordsContainingAd() {
        assertThat(furniture("<div class='ad-slot top'>x</div>")).isTrue();
        assertThat(furniture("<div class='ads'>x</div>")).isTrue();
        assertThat(furniture("<div class='lead read'>x</div>")).isFalse();
    }

    @Test
    void formIsFurnitureOnlyWithNamesBecauseSomeSitesWrapWholePagesInOne() {
        Element form = Jsoup.parse("<form><p>x</p></form>").body().child(0);
        assertThat(Boilerplate.isFurniture(form, true)).isTrue();
        assertThat(Boilerplate.isFurniture(form, false)).isFalse();
    }

    @Test
    void paywalledTextIsNotFurniture() {
        assertThat(furniture("<div class=paywall>x</div>")).isFalse();
    }

    @Test
    void namesCountOnlyWhenAsked() {
        Element element = Jsoup.parse("<div class=comments>x</div>").body().child(0);
        assertThat(Boilerplate.isFurniture(element, false)).isFalse();
    }
}
