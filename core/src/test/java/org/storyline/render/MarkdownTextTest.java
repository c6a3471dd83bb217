package org.storyline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void pipeIsEscapedSoItCannotSplitATableCell() {
        assertThat(MarkdownText.escape("a | b")).isEqualTo("a \\| b");
    }

    @Test
    void leadingHashCannotStartAHeading() {
        assertThat(MarkdownText.escape("# NATO")).isEqualTo("\\# NATO");
        assertThat(MarkdownText.escape("NATO #1")).isEqualTo("NATO #1");
    }

    @Test
    void leadingListMarkersAreEscaped() {
        assertThat(MarkdownText.escape("- dash")).isEqualTo("\\- dash");
        assertThat(MarkdownText.escape("+ plus")).isEqualTo("\\+ plus");
        assertThat(MarkdownText.escape("2024. A year")).isEqualTo("2024\\. A year");
        assertThat(MarkdownText.escape("1) first")).isEqualTo("1\\) first");
        assertThat(MarkdownText.escape("In 2024. A year")).isEqualTo("In 2024. A year");
    }

    @Test
    void htmlLinksAndEmphasisAreEscaped() {
        assertThat(MarkdownText.escape("<script>x</script>")).isEqualTo("\\<script\\>x\\</script\\>");
        assertThat(MarkdownText.escape("[1](http://x) *a* _b_ `c` ~~d~~ \\"))
                .isEqualTo("\\[1\\](http://x) \\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\\\");
    }

    @Test
    void characterReferencesAreEscapedButAPlainAmpersandIsNot() {
        assertThat(MarkdownText.escape("AT&T &amp; &#169;")).isEqualTo("AT&T \\&amp; \\&#169;");
    }

    @Test
    void lineBreaksCollapseToOneSpaceAndTextIsTrimmed() {
        assertThat(MarkdownText.escape("  one\n\n# two\r\nthree\u2028four  ")).isEqualTo("one # two three four");
    }

    @Test
    void nullBecomesEmpty() {
        assertThat(MarkdownText.escape(null)).isEmpty();
    }

    @Test
    void codeSpanFenceIsLongerThanAnyBacktickRunInside() {
        assertThat(MarkdownText.code("000_abc.txt")).isEqualTo("`000_abc.txt`");
        assertThat(MarkdownText.code("a``b")).isEqualTo("``` a``b ```");
    }
}
