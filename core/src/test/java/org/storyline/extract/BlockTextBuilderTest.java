package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.OffsetMap;
import org.storyline.model.Paragraph;
import org.storyline.model.Span;

class BlockTextBuilderTest {

    private static Paragraph verbatim(String source) {
        return Paragraph.verbatim(source, 0, source.length());
    }

    @Test
    void whitespaceRunCollapsesToOneSpaceMappedToItsFirstCharacter() {
        BlockTextBuilder builder = new BlockTextBuilder();
        builder.append(verbatim("  one \n\t two  "));

        Paragraph block = builder.build().orElseThrow();

        assertThat(block.text()).isEqualTo("one two");
        assertThat(block.toSource(3, 4)).isEqualTo(new Span(5, 6));
        assertThat(block.toSource(4, 7)).isEqualTo(new Span(9, 12));
    }

    @Test
    void lineBreakInsertsSpaceWithEmptySourceRange() {
        BlockTextBuilder builder = new BlockTextBuilder();
        builder.append(verbatim("ab"));
        builder.lineBreak();
        builder.lineBreak();
        builder.append(new Paragraph("c", OffsetMap.verbatim(10, 1)));

        Paragraph block = builder.build().orElseThrow();

        assertThat(block.text()).isEqualTo("ab c");
        assertThat(block.offsets().start(2)).isEqualTo(2);
        assertThat(block.offsets().end(2)).isEqualTo(2);
    }

    @Test
    void lineBreakAtStartOrEndLeavesNoSpace() {
        BlockTextBuilder builder = new BlockTextBuilder();
        builder.lineBreak();
        builder.append(verbatim("x"));
        builder.lineBreak();

        assertThat(builder.build().orElseThrow().text()).isEqualTo("x");
    }

    @Test
    void nonBreakingSpaceIsKeptAsText() {
        BlockTextBuilder builder = new BlockTextBuilder();
        builder.append(verbatim("40\u00A0billion"));

        assertThat(builder.build().orElseThrow().text()).isEqualTo("40\u00A0billion");
    }

    @Test
    void buildStartsOverAndBlankBlockIsEmpty() {
        BlockTextBuilder builder = new BlockTextBuilder();
        builder.append(verbatim("first"));
        builder.build();
        builder.append(verbatim(" \n "));

        assertThat(builder.build()).isEmpty();
    }
}
