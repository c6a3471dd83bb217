package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void parseAcceptsNamesAndShortNameInAnyCase() {
        assertThat(Format.parse("markdown")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.parse("md")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.parse(" MD ")).isEqualTo(Format.MARKDOWN);
        assertThat(Format.parse("json")).isEqualTo(Format.JSON);
        assertThat(Format.parse("JSON")).isEqualTo(Format.JSON);
        assertThat(Format.parse(" Html")).isEqualTo(Format.HTML);
    }

    @Test
    void parseNamesTheBadValueAndTheAcceptedOnes() {
        assertThatThrownBy(() -> Format.parse("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xml'")
                .hasMessageContaining("markdown, md, json or html");
        assertThatThrownBy(() -> Format.parse(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("format");
    }

    @Test
    void eachFormatHasItsRenderer() {
        assertThat(Format.MARKDOWN.renderer()).isInstanceOf(MarkdownRenderer.class);
        assertThat(Format.JSON.renderer()).isInstanceOf(JsonRenderer.class);
        assertThat(Format.HTML.renderer()).isInstanceOf(HtmlRenderer.class);
    }
}
