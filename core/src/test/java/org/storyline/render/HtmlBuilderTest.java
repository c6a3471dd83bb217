package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlBuilderTest {

    @Test
    void attributeValuesAndTextAreEscaped() {
        String html = new HtmlBuilder().element("span", "<b>&", "title", "\"><script>", "data-x", null).toString();

        assertThat(html).isEqualTo("<span title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;</span>");
    }

    @Test
    void emptyElementsCloseThemselves() {
        assertThat(new HtmlBuilder().empty("rect", "viewBox", "0 0 1 1").toString()).isEqualTo("<rect viewBox=\"0 0 1 1\"/>");
    }

    @Test
    void eventHandlersStylesAndSourcesAreRefused() {
        assertThatThrownBy(() -> new HtmlBuilder().open("a", "onclick", "x")).hasMessageContaining("onclick");
        assertThatThrownBy(() -> new HtmlBuilder().open("p", "STYLE", "x")).hasMessageContaining("STYLE");
        assertThatThrownBy(() -> new HtmlBuilder().open("img", "src", "x")).hasMessageContaining("src");
    }

    @Test
    void linksPointOnlyInsideThePage() {
        assertThat(new HtmlBuilder().open("a", "href", "#s1-p2").toString()).isEqualTo("<a href=\"#s1-p2\">");
        assertThatThrownBy(() -> new HtmlBuilder().open("a", "href", "javascript:x"))
                .hasMessageContaining("javascript:x");
    }

    @Test
    void unsafeNamesAndOddAttributeListsAreRefused() {
        assertThatThrownBy(() -> new HtmlBuilder().open("p onclick=x")).hasMessageContaining("p onclick=x");
        assertThatThrownBy(() -> new HtmlBuilder().open("p", "class")).hasMessageContaining("pairs");
    }
}
