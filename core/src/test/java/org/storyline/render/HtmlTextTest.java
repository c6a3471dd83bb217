package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void markupCharactersBecomeReferences() {
        assertThat(HtmlText.escape("<a href=\"x\" title='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    }

    @Test
    void nullIsEmpty() {
        assertThat(HtmlText.escape(null)).isEmpty();
    }

    @Test
    void charactersNotAllowedInXmlAreReplaced() {
        assertThat(HtmlText.escape("a\u0000b\u0007c\td\ne\uFFFEf\uD800g")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\uFFFDf\uFFFDg");
    }

    @Test
    void surrogatePairsAndOtherScriptsAreKept() {
        assertThat(HtmlText.escape("Київ 😀 €")).isEqualTo("Київ 😀 €");
    }

    @Test
    void shortenCutsAtAWordWithAnEllipsis() {
        assertThat(HtmlText.shorten("The ministers agreed on aid", 16)).isEqualTo("The ministers…");
        assertThat(HtmlText.shorten("  short \n text ", 16)).isEqualTo("short text");
        assertThat(HtmlText.shorten("Supercalifragilistic", 10)).isEqualTo("Supercali…");
    }
}
